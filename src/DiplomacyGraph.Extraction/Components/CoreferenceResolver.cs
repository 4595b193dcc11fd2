using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Extraction.Gazetteer;
using DiplomacyGraph.Extraction.Matching;
using DiplomacyGraph.Extraction.Pipeline;

namespace DiplomacyGraph.Extraction.Components;

/// <summary>
/// Links short and indirect references inside one document: the family name of a person found in the text
/// (ساجينتاييف after باكيتجان ساجينتاييف), and a bare title with a country ("the Kazakh PM", أمير دولة قطر)
/// to the gazetteer person who held that office on the document's date, when that person is in the document.
/// Then lists every person reference in text order for the meeting and relation readers.
/// </summary>
internal sealed class CoreferenceResolver(Gazetteer.Gazetteer gazetteer, HashSet<string> arabicStopwords) : IPipelineComponent
{
    private readonly List<GazetteerEntry> _officeHolders = gazetteer.Entries.Where(e => e.Offices.Count > 0).ToList();

    public string Name => "coreference";
    public DocumentLayer Needs => DocumentLayer.Titles | DocumentLayer.Dateline;
    public DocumentLayer Adds => DocumentLayer.Coreference;

    public void Process(ExtractionDocument doc, CancellationToken ct)
    {
        ShortNames(doc);
        var refs = doc.Mentions.Where(m => m.Kind == PatternKind.Entity && m.Entity?.Kind == NodeKind.Person)
            .Select(m => (m.FirstToken, m.Entity!)).ToList();
        foreach (var (title, person, country) in doc.TitleReadings)
        {
            if (person is not null || country is null) continue;
            var holder = Holder(title.Pattern!.Cue!.Value, country, doc.Date);
            if (holder is null || !doc.Entities.TryGetValue(holder.NodeId, out var e)) continue;
            refs.Add((title.FirstToken, e));
            if (!doc.Offices.Any(o => o.Person == e.Reference && o.Title == title.Pattern.Cue.Value && o.Country == country))
                doc.Offices.Add(new Domain.Documents.DocumentOffice(e.Reference, title.Pattern.Cue.Value, country));
        }
        refs.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        doc.PersonRefs.AddRange(refs);
        foreach (var (tok, p) in refs) doc.PersonAt.TryAdd(tok, p);
    }

    private GazetteerEntry? Holder(string title, string country, DateOnly? date)
    {
        GazetteerEntry? found = null;
        foreach (var e in _officeHolders)
        {
            foreach (var o in e.Offices)
            {
                if (o.Title != title || o.Country != country || (date is { } d && !o.HeldOn(d)) || (date is null && o.To is not null)) continue;
                if (found is not null && found != e) return null; // ambiguous
                found = e;
            }
        }
        return found;
    }

    // Single words of a person's full name (Li, Xi, Kerry, ساجينتاييف) name that person where no other person
    // of the document shares the word; name particles and very short Arabic words never do.
    private void ShortNames(ExtractionDocument doc)
    {
        var tokens = doc.Tokens.Tokens;
        var shortNames = new Dictionary<string, DocEntity?>(StringComparer.Ordinal);
        foreach (var m in doc.Mentions)
        {
            if (m.Kind != PatternKind.Entity || m.Entity is not { Kind: NodeKind.Person } e || m.LastToken == m.FirstToken) continue;
            for (var i = m.FirstToken; i <= m.LastToken; i++)
            {
                var k = tokens[i].Key;
                if (!tokens[i].IsWord || Particles.Contains(k) || arabicStopwords.Contains(k)) continue;
                var arabic = k.Any(c => c is >= '\u0600' and <= '\u06FF');
                if (arabic ? k.Length < 3 : k.Length < 2 || !char.IsUpper(doc.Text[tokens[i].Start])) continue;
                if (shortNames.TryGetValue(k, out var other)) { if (other != e) shortNames[k] = null; }
                else shortNames[k] = e;
            }
        }
        if (shortNames.Count == 0) return;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || doc.TokenMention[i] is not null) continue;
            var key = tokens[i].Key;
            DocEntity? e = null;
            if (!shortNames.TryGetValue(key, out e) && key.Length > 3)
            {
                foreach (var p in ArabicClitics.Bare)
                    if (p.Length > 0 && key.StartsWith(p, StringComparison.Ordinal) && shortNames.TryGetValue(key[p.Length..], out e)) break;
            }
            if (e is null) continue;
            if (char.IsAsciiLetter(doc.Text[tokens[i].Start]) && !char.IsUpper(doc.Text[tokens[i].Start])) continue;
            e.Spans.Add((tokens[i].Start, tokens[i].End));
            e.Surfaces.Add(doc.Text[tokens[i].Start..tokens[i].End]);
            doc.AddMention(new Mention { FirstToken = i, LastToken = i, Start = tokens[i].Start, End = tokens[i].End, Kind = PatternKind.Entity, Entity = e });
        }
    }

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "bin", "bint", "ibn", "al", "el", "de", "van", "von", "der", "da", "le", "la", "ould", "abu", "abdul", "abdel", "mohammed", "mohamed", "muhammad", "ahmed", "ali", "abdullah",
        "بن", "بنت", "ال", "ابو", "عبد", "محمد", "احمد", "علي", "عبدالله", "عبدالعزيز", "سلمان", "ولد", "الشيخ",
    };
}
