namespace DiplomacyGraph.Extraction.Gazetteer;

/// <summary>A gazetteer file that does not follow seeds/gazetteer's format; the message names the file and line.</summary>
public sealed class GazetteerFormatException(string file, int line, string message)
    : Exception($"{Path.GetFileName(file)}:{line}: {message}")
{
    public string File { get; } = file;

    public int Line { get; } = line;
}
