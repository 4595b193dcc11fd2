using DiplomacyGraph.Domain.Text;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Extraction.Dates;
using DiplomacyGraph.Extraction.Gazetteer;
using DiplomacyGraph.Extraction.Matching;
using DiplomacyGraph.Extraction.Pipeline;
using DiplomacyGraph.Extraction.Text;

namespace DiplomacyGraph.Extraction.Components;

/// <summary>
/// Reads the dateline from the first lines of the body (بكين 22 نوفمبر 2018 /, عدن 26 شوال 1436 هـ الموافق
/// 11 اغسطس 2015, BEIJING, Oct. 17 (Xinhua) --, NUR-SULTAN. KAZINFORM -): the document date (the header's date
/// when the body states none, and the header's year when the dateline has none) and the dateline place.
/// </summary>
internal sealed class DatelineReader(DateExpressions dates, IReadOnlyDictionary<string, GazetteerEntry> cities, PlaceSkeletonIndex places) : IPipelineComponent
{
    private const int Lines = 3;
    private const int DatelineReach = 12;
    private const int UnheadedReach = 40;

    public string Name => "dateline";
    public DocumentLayer Needs => DocumentLayer.Mentions | DocumentLayer.Sentences;
    public DocumentLayer Adds => DocumentLayer.Dateline;

    public void Process(ExtractionDocument doc, CancellationToken ct)
    {
        var tokens = doc.Tokens.Tokens;
        var header = doc.Article.PublishedDate;
        DateOnly? partial = null;
        var bodyBegun = false;
        foreach (var (first, last) in FirstLines(doc))
        {
            if (doc.Date is null)
            {
                // A dateline's date opens its line; deeper in the first sentence a date is the story's ("… re-elected
                // on November 20"), so with a header date to fall back on only the line's first words are read.
                var d = dates.FindExplicit(tokens, first, Math.Min(last, first + (header is null ? UnheadedReach : DatelineReach)), header, out var complete, out var start, out var end);
                // "ALGIERS: Sisi met Tebboune on Wednesday …, the presidency said.\n\nSisi congratulated Tebboune on the
                // anniversary of the Nov. 1, 1954 revolution": once a line has told a whole sentence the story has begun,
                // and a later line's date is the story's, unless it stands first on its line (a page's release time).
                if (bodyBegun && start != first) d = null;
                if (d is not null && complete) { doc.Date = d; doc.DatelineEnd = end; }
                else if (partial is null && d is not null) { partial = d; doc.DatelineEnd = end; }
                bodyBegun |= last - first > DatelineReach && tokens[last].Key is "." or "\u06D4";
            }
            if (doc.DatelinePlace is null && PlaceAt(doc, first, last) is { } at)
            {
                if (at.Entity!.Kind == NodeKind.Country) at = AsCity(doc, at);
                doc.DatelinePlace = at.Entity!.NameEn;
                doc.DatelinePlaceToken = at.FirstToken;
            }
        }
        doc.Date ??= partial ?? header;
        if (doc.DatelinePlace is null) UnknownPlace(doc);
    }

    // A dateline city the gazetteer lacks: the line opens with it (capitals in English: "TUNXI, Anhui, March 30
    // (Xinhua) --"; one or two plain words in Arabic: "ووشي (الصين) - 11 - 1 (كونا) --") and the line then gives a
    // date or an agency in brackets.
    private void UnknownPlace(ExtractionDocument doc)
    {
        var tokens = doc.Tokens.Tokens;
        foreach (var (first, last) in FirstLines(doc))
        {
            var end = first;
            // "Bogor, West Java (ANTARA) -": a town in title case too, when a comma ends it.
            var titleCase = tokens[first].IsWord && TitleCaseBeforeComma(doc, first);
            var english = tokens[first].IsWord && (IsCapitals(doc, tokens[first]) || titleCase);
            while (end <= last && end - first < 2 && tokens[end].IsWord && doc.TokenMention[end] is null
                   && (english ? IsCapitals(doc, tokens[end]) || titleCase && char.IsUpper(doc.Text[tokens[end].Start]) : tokens[end].Key.All(ArabicFolding.IsArabicLetter)))
                end++;
            if (end == first || end > last || tokens[end].IsWord || tokens[end].Key == ":") continue;
            var reach = Math.Min(last, first + DatelineReach);
            var bracket = false;
            for (var i = end; i <= reach && !bracket; i++) bracket = tokens[i].Key == "(";
            if (!bracket && dates.FindExplicit(tokens, end, reach, doc.Article.PublishedDate, out _) is null) continue;
            var surface = doc.Text[tokens[first].Start..tokens[end - 1].End];
            // "ميونيخ، ألمانيا": a spelling the gazetteer lacks of a city it knows (ميونخ).
            var known = places.Find(surface);
            var place = known is not null ? EntityRegistry.ForEntry(doc, known) : EntityRegistry.ForUnknownPlace(doc, surface);
            if (known is not null) place.AddSurface(doc.Text, tokens[first].Start, tokens[end - 1].End);
            place.Spans.Add((tokens[first].Start, tokens[end - 1].End));
            doc.AddMention(new Mention { FirstToken = first, LastToken = end - 1, Start = tokens[first].Start, End = tokens[end - 1].End, Kind = PatternKind.Entity, Entity = place });
            doc.DatelinePlace = place.NameEn;
            doc.DatelinePlaceToken = first;
            return;
        }
    }

    // One or two capitalised words at `first`, then a comma.
    private static bool TitleCaseBeforeComma(ExtractionDocument doc, int first)
    {
        var tokens = doc.Tokens.Tokens;
        for (var k = first; k < tokens.Count && k < first + 3; k++)
        {
            if (!tokens[k].IsWord) return k > first && tokens[k].Key == ",";
            if (!char.IsUpper(doc.Text[tokens[k].Start]) || doc.TokenMention[k] is not null) return false;
        }
        return false;
    }

    private static bool IsCapitals(ExtractionDocument doc, Token t)
    {
        var span = doc.Text.AsSpan(t.Start, t.End - t.Start);
        return span.Length >= 3 && !span.ContainsAnyInRange('a', 'z') && span.ContainsAnyInRange('A', 'Z');
    }

    // The token ranges of the first lines. A line ends at the last token before a line break: the breaks are found
    // with one search of the text each, and the tokens by a binary search, not by reading every gap between tokens.
    private static List<(int First, int Last)> FirstLines(ExtractionDocument doc)
    {
        var tokens = doc.Tokens.Span;
        var lines = new List<(int First, int Last)>(Lines);
        var start = 0;
        var from = 0;
        while (start < tokens.Length && lines.Count < Lines)
        {
            var br = doc.Text.IndexOf('\n', Math.Max(from, tokens[start].End));
            if (br < 0)
            {
                lines.Add((start, tokens.Length - 1));
                break;
            }
            // The last token that starts before the break.
            int lo = start, hi = tokens.Length - 1;
            while (lo < hi)
            {
                var mid = (lo + hi + 1) / 2;
                if (tokens[mid].Start < br) lo = mid;
                else hi = mid - 1;
            }
            lines.Add((start, lo));
            start = lo + 1;
            from = br + 1;
        }
        return lines;
    }

    // A place that opens a line (within its first words) and is followed by punctuation, a number, a month or في and a day.
    private Mention? PlaceAt(ExtractionDocument doc, int first, int last)
    {
        var tokens = doc.Tokens.Tokens;
        var words = 0;
        for (var i = first; i <= last && words < 4; i++)
        {
            if (tokens[i].IsWord) words++;
            var m = doc.TokenMention[i];
            // (جيبوتي is the country, the city and the demonym: a dateline's word is read as the city whichever matched.)
            if (m is null || CityOf(doc, m) is null && (m.Entity is not { Kind: NodeKind.Place } || m.Kind != PatternKind.Entity)) continue;
            var next = m.LastToken + 1;
            if (next > last) return null;
            var nt = tokens[next];
            if (!nt.IsWord || char.IsAsciiDigit(nt.Key[0]) || doc.IsKind(next, PatternKind.Entity) is false && IsMonthLike(nt.Key))
                return m;
            // "القاهرة في 25 يونيو /أ ش أ/"
            if (nt.Key is "في" or "فى" && next + 1 <= last && char.IsAsciiDigit(tokens[next + 1].Key[0])) return m;
            return null;
        }
        return null;
    }

    // The city a country's form also names (عمان، الكويت، الجزائر), which a dateline reads as the city; else null.
    private GazetteerEntry? CityOf(ExtractionDocument doc, Mention? m) =>
        m?.Entity is { Kind: NodeKind.Country } && cities.TryGetValue(NameKey.Of(doc.Text[m.Start..m.End]), out var city) ? city : null;

    private Mention AsCity(ExtractionDocument doc, Mention country) => doc.Reassign(country, EntityRegistry.ForEntry(doc, CityOf(doc, country)!));

    private static bool IsMonthLike(string key) => key.Length >= 3 && char.IsLetter(key[0]) && key.Length <= 9 &&
        key is "january" or "february" or "march" or "april" or "may" or "june" or "july" or "august" or "september"
            or "october" or "november" or "december" or "jan" or "feb" or "mar" or "apr" or "jun" or "jul" or "aug"
            or "sep" or "sept" or "oct" or "nov" or "dec";
}
