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

    /// <summary>
    /// Adds text[start..end) to <see cref="Surfaces"/>, as the string already there when it was written before: a
    /// name mentioned again and again costs no new string each time (nor, through <see cref="SurfacePool"/>, a name
    /// the thread's earlier stories wrote).
    /// </summary>
    public void AddSurface(string text, int start, int end)
    {
        var surface = text.AsSpan(start, end - start);
        // From the end: the same form is usually the one added last.
        for (var i = Surfaces.Count - 1; i >= 0; i--)
        {
            if (!surface.SequenceEqual(Surfaces[i])) continue;
            Surfaces.Add(Surfaces[i]);
            return;
        }
        Surfaces.Add(SurfacePool.Of(text, start, end));
    }
    public List<(int Start, int End)> Spans { get; } = [];

    /// <summary>How meetings, offices and relations name it (DocumentEntity.Reference).</summary>
    public string Reference => NameEn ?? NameAr ?? Iso ?? Id;
}
