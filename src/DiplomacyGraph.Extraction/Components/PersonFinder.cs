using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Extraction.Matching;
using DiplomacyGraph.Extraction.Pipeline;
using DiplomacyGraph.Extraction.Text;

namespace DiplomacyGraph.Extraction.Components;

/// <summary>
/// Finds persons the gazetteer does not know, by the title or honorific in front of them (وزير الخارجية المصري
/// سامح شكري، صاحب السمو الشيخ …، Ambassador … Zhang Xiao). Arabic names run until punctuation, a known
/// mention or a stop word; English names are runs of capitalised words.
/// </summary>
internal sealed class PersonFinder(HashSet<string> arabicStopwords) : IPipelineComponent
{
    private const int MaxNameWords = 5;
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "bin", "bint", "ibn", "al", "el", "de", "van", "von", "der", "da", "le", "la", "ould" };
    private static readonly HashSet<string> EnglishNonNames = new(StringComparer.Ordinal)
    {
        "the", "on", "in", "during", "his", "her", "at", "and", "of", "to", "for", "with", "said", "who", "that", "this", "a", "an",
        "he", "she", "it", "they", "we", "i", "has", "had", "have", "was", "is", "will", "would", "also", "met", "held", "received",
    };

    public string Name => "persons";
    public DocumentLayer Needs => DocumentLayer.Mentions | DocumentLayer.Sentences;
    public DocumentLayer Adds => DocumentLayer.Persons;

    public void Process(ExtractionDocument doc, CancellationToken ct)
    {
        var tokens = doc.Tokens.Tokens;
        foreach (var m in doc.Mentions.Where(m => m.Kind is PatternKind.Title or PatternKind.Honorific).ToList())
        {
            ct.ThrowIfCancellationRequested();
            var pos = ChainEnd(doc, m) + 1;
            if (pos < tokens.Count && !tokens[pos].IsWord && tokens[pos].Key is "," or "\u060C") pos++;
            if (pos >= tokens.Count || doc.TokenMention[pos] is not null) continue;
            var end = ReadName(doc, pos);
            if (end < pos) continue;
            var surface = doc.Text[tokens[pos].Start..tokens[end].End];
            var person = EntityRegistry.ForUnknownPerson(doc, surface);
            person.Spans.Add((tokens[pos].Start, tokens[end].End));
            person.Surfaces.Add(surface);
            doc.AddMention(new Mention
            {
                FirstToken = pos, LastToken = end, Start = tokens[pos].Start, End = tokens[end].End,
                Kind = PatternKind.Entity, Entity = person,
            });
        }
    }

    /// <summary>The last token of a title phrase: titles, honorifics, countries, demonyms and their connectors.</summary>
    internal static int ChainEnd(ExtractionDocument doc, Mention m)
    {
        var tokens = doc.Tokens.Tokens;
        var end = m.LastToken;
        var portfolio = 0;
        while (end + 1 < tokens.Count)
        {
            var next = end + 1;
            var nm = doc.TokenMention[next];
            if (nm is not null && (nm.Kind is PatternKind.Title or PatternKind.Honorific or PatternKind.Demonym
                || nm.Kind == PatternKind.Entity && nm.Entity?.Kind is NodeKind.Country or NodeKind.Place))
            {
                end = nm.LastToken;
                continue;
            }
            var t = tokens[next];
            // "of the People's Republic of China", "to Kazakhstan", "– Minister of …"
            if (t.Key is "of" or "the" or "to" or "\u2013" or "-" && next + 1 < tokens.Count && doc.TokenMention[next + 1] is { } after
                && after.Kind is PatternKind.Title or PatternKind.Demonym or PatternKind.Entity && after.Entity?.Kind is null or NodeKind.Country or NodeKind.Place)
            {
                end = next;
                continue;
            }
            // Arabic portfolio and complements after a title: وزير الإعلام، وزير الدولة للشؤون الخارجية.
            if (nm is null && t.IsWord && portfolio < 3 && (t.Key.StartsWith("ال", StringComparison.Ordinal) || t.Key.StartsWith("لل", StringComparison.Ordinal))
                && m.Kind == PatternKind.Title && t.Key.Any(c => c is >= '\u0600' and <= '\u06FF'))
            {
                portfolio++;
                end = next;
                continue;
            }
            break;
        }
        return end;
    }

    private int ReadName(ExtractionDocument doc, int pos)
    {
        var tokens = doc.Tokens.Tokens;
        var arabic = tokens[pos].Key.Any(c => c is >= '\u0600' and <= '\u06FF');
        var end = pos - 1;
        var words = 0;
        for (var i = pos; i < tokens.Count && words < MaxNameWords; i++)
        {
            var t = tokens[i];
            if (doc.TokenMention[i] is not null) break;
            if (!t.IsWord)
            {
                // Hyphenated and apostrophised names stay one name (Jean-Yves, Abd-Rabbu).
                if (t.Key is "-" or "'" && i + 1 < tokens.Count && tokens[i + 1].IsWord && tokens[i + 1].Start == t.End && t.Start == tokens[i - 1].End) continue;
                break;
            }
            if (char.IsAsciiDigit(t.Key[0])) break;
            if (arabic)
            {
                if (!t.Key.Any(c => c is >= '\u0600' and <= '\u06FF') || arabicStopwords.Contains(t.Key)) break;
                if (i == pos && (t.Key.StartsWith("ال", StringComparison.Ordinal) || t.Key.StartsWith("لل", StringComparison.Ordinal))) break;
            }
            else
            {
                var c = doc.Text[t.Start];
                var connector = Connectors.Contains(t.Key) && i > pos;
                if (!connector && (!char.IsUpper(c) || EnglishNonNames.Contains(t.Key))) break;
            }
            words++;
            end = i;
        }
        // A name does not end on a connector (بن، آل، bin, al).
        while (end >= pos && tokens[end].IsWord && tokens[end].Key is "بن" or "ال" or "ابو" or "عبد" or "bin" or "al" or "ibn" or "el" or "ولد")
            end--;
        while (end >= pos && !tokens[end].IsWord) end--;
        if (end < pos) return -1;
        var nameWords = 0;
        for (var i = pos; i <= end; i++) if (tokens[i].IsWord) nameWords++;
        if (!arabic && nameWords < 2) return -1;
        if (arabic && nameWords == 1 && tokens[pos].Key.Length < 3) return -1;
        return end;
    }
}
