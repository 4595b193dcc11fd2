using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Extraction.Dates;
using DiplomacyGraph.Extraction.Matching;
using DiplomacyGraph.Extraction.Pipeline;

namespace DiplomacyGraph.Extraction.Components;

/// <summary>
/// Reads the dateline from the first lines of the body (بكين 22 نوفمبر 2018 /, عدن 26 شوال 1436 هـ الموافق
/// 11 اغسطس 2015, BEIJING, Oct. 17 (Xinhua) --, NUR-SULTAN. KAZINFORM -): the document date (the header's date
/// when the body states none, and the header's year when the dateline has none) and the dateline place.
/// </summary>
internal sealed class DatelineReader(DateExpressions dates) : IPipelineComponent
{
    private const int Lines = 3;

    public string Name => "dateline";
    public DocumentLayer Needs => DocumentLayer.Mentions | DocumentLayer.Sentences;
    public DocumentLayer Adds => DocumentLayer.Dateline;

    public void Process(ExtractionDocument doc, CancellationToken ct)
    {
        var tokens = doc.Tokens.Tokens;
        var header = doc.Article.PublishedDate;
        DateOnly? partial = null;
        foreach (var (first, last) in FirstLines(doc))
        {
            if (doc.Date is null)
            {
                var d = dates.FindExplicit(tokens, first, Math.Min(last, first + 40), header, out var complete, out var end);
                if (d is not null && complete) { doc.Date = d; doc.DatelineEnd = end; }
                else if (partial is null && d is not null) { partial = d; doc.DatelineEnd = end; }
            }
            if (doc.DatelinePlace is null && PlaceAt(doc, first, last) is { } at)
            {
                doc.DatelinePlace = at.Entity!.NameEn;
                doc.DatelinePlaceToken = at.FirstToken;
            }
        }
        doc.Date ??= partial ?? header;
    }

    private static IEnumerable<(int First, int Last)> FirstLines(ExtractionDocument doc)
    {
        var tokens = doc.Tokens.Tokens;
        var text = doc.Text;
        var start = 0;
        var count = 0;
        for (var i = 0; i < tokens.Count && count < Lines; i++)
        {
            var lineEnd = i == tokens.Count - 1 || text.AsSpan(tokens[i].End, tokens[i + 1].Start - tokens[i].End).Contains('\n');
            if (!lineEnd) continue;
            yield return (start, i);
            count++;
            start = i + 1;
        }
    }

    // A place that opens a line (within its first words) and is followed by punctuation, a number or a month.
    private static Mention? PlaceAt(ExtractionDocument doc, int first, int last)
    {
        var tokens = doc.Tokens.Tokens;
        var words = 0;
        for (var i = first; i <= last && words < 4; i++)
        {
            if (tokens[i].IsWord) words++;
            var m = doc.TokenMention[i];
            if (m?.Entity is not { Kind: NodeKind.Place } || m.Kind != PatternKind.Entity) continue;
            var next = m.LastToken + 1;
            if (next > last) return null;
            var nt = tokens[next];
            if (!nt.IsWord || char.IsAsciiDigit(nt.Key[0]) || doc.IsKind(next, PatternKind.Entity) is false && IsMonthLike(nt.Key))
                return m;
            return null;
        }
        return null;
    }

    private static bool IsMonthLike(string key) => key.Length >= 3 && char.IsLetter(key[0]) && key.Length <= 9 &&
        key is "january" or "february" or "march" or "april" or "may" or "june" or "july" or "august" or "september"
            or "october" or "november" or "december" or "jan" or "feb" or "mar" or "apr" or "jun" or "jul" or "aug"
            or "sep" or "sept" or "oct" or "nov" or "dec";
}
