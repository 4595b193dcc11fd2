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
        var entities = doc.Entities.Values
            .Where(e => e.Spans.Count > 0)
            .OrderBy(e => e.Spans.Min(s => s.Start))
            .Select(ToDocument)
            .ToList();
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
            Mentions = e.Spans.Distinct().OrderBy(s => s.Start).Select(s => new Span(s.Start, s.End)).ToList(),
        };
    }
}
