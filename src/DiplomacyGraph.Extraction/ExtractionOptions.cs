namespace DiplomacyGraph.Extraction;

/// <summary>Settings of the extraction pipeline (configuration section "Extraction").</summary>
public sealed class ExtractionOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Extraction";

    /// <summary>Folder with the gazetteer TSV files (and rules/); defaults to the copy beside the binaries.</summary>
    public string GazetteerDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "gazetteer");
}
