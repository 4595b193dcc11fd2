using DiplomacyGraph.Domain.Documents;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Text;

namespace DiplomacyGraph.Extraction.Pipeline;

/// <summary>Writes the pipeline's document as the spec's document graph.</summary>
internal static class GraphAssembler
{
    public static DocumentGraph Assemble(ExtractionDocument doc)
    {
        var info = new DocumentInfo(doc.Article.File, doc.Lang,
            doc.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), doc.DatelinePlace)
        {
            Url = doc.Article.Url,
            Title = doc.Article.Title,
        };
        // By first mention; entities first mentioned at the same offset keep their order (a stable sort).
        var order = new List<(int First, int Index, DocEntity Entity)>(doc.Entities.Count);
        foreach (var e in doc.Entities.Values)
        {
            if (e.Spans.Count == 0) continue;
            var first = int.MaxValue;
            foreach (var (start, _) in e.Spans) first = Math.Min(first, start);
            order.Add((first, order.Count, e));
        }
        order.Sort(static (a, b) => a.First != b.First ? a.First.CompareTo(b.First) : a.Index.CompareTo(b.Index));
        var entities = new List<DocumentEntity>(order.Count);
        foreach (var (_, _, e) in order) entities.Add(ToDocument(e));
        return new DocumentGraph(info)
        {
            Entities = entities,
            Meetings = doc.Meetings.ToList(),
            Offices = doc.Offices.ToList(),
            Relations = doc.Relations.ToList(),
        };
    }

    private static DocumentEntity ToDocument(DocEntity e)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { NameKey.Of(e.NameEn), NameKey.Of(e.NameAr) };
        var aliases = new List<string>();
        // A surface written again has the same key as before: no need to fold it twice.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in e.Surfaces)
            if (seen.Add(s) && names.Add(NameKey.Of(s))) aliases.Add(s);
        return new DocumentEntity(e.Kind.ToString(), new DocumentName(e.NameEn, e.NameAr))
        {
            Id = e.Id,
            Iso = e.Kind == NodeKind.Country ? e.Iso : null,
            Country = e.Kind == NodeKind.Place ? e.Country : null,
            MachineTransliterated = e.MachineTransliterated,
            Aliases = aliases,
            Mentions = Mentions(e.Spans),
        };
    }

    // Each span once, by start; spans with the same start keep the order they were found in (a stable sort).
    private static List<Span> Mentions(List<(int Start, int End)> spans)
    {
        var seen = new HashSet<(int, int)>(spans.Count);
        var distinct = new List<(int Start, int Index, int End)>(spans.Count);
        foreach (var s in spans)
            if (seen.Add(s)) distinct.Add((s.Start, distinct.Count, s.End));
        distinct.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Index.CompareTo(b.Index));
        var result = new List<Span>(distinct.Count);
        foreach (var (start, _, end) in distinct) result.Add(new Span(start, end));
        return result;
    }
}
