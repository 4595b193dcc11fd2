using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Extraction.Gazetteer;

namespace DiplomacyGraph.Extraction.Pipeline;

/// <summary>An entity as the pipeline builds it: known (from the gazetteer) or found in the text.</summary>
internal sealed class DocEntity(NodeKind kind, string id)
{
    public NodeKind Kind { get; } = kind;
    public string Id { get; } = id;
    public GazetteerEntry? Entry { get; init; }
    public string? NameEn { get; set; }
    public string? NameAr { get; set; }
    public string? Iso { get; init; }
    public string? Country { get; set; }
    public bool MachineTransliterated { get; init; }
    public List<string> Surfaces { get; } = [];
    public List<(int Start, int End)> Spans { get; } = [];

    /// <summary>How meetings, offices and relations name it (DocumentEntity.Reference).</summary>
    public string Reference => NameEn ?? NameAr ?? Iso ?? Id;
}
