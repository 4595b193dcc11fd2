using System.Globalization;
using System.Runtime.InteropServices;
using DiplomacyGraph.Extraction.Pipeline;

namespace DiplomacyGraph.Extraction.Components;

/// <summary>On which day a reported meeting happened: the dates of its sentence, its clause, the story before it.</summary>
internal sealed partial class MeetingFinder
{
    // A date in the sentence, else a relative day (dated: the sentence states one), else the story's date, else the
    // header's (event) date, else the document date. Dates in a relative clause the cue is not in, and the bounds of a
    // stay ("who arrived on Wednesday", "on an official visit from Sept. 14 to 16"), tell of the visit: the clause
    // outside is read first, the one set aside only when it states none ("who arrived here on Saturday, met … on the
    // first day of his visit").
    // A meeting told in a relative clause of its own ("…, following Saudi Arabia, where he held talks with … on Sunday")
    // takes that clause's date before the sentence's.
    private string? DateOf(ExtractionDocument doc, int first, int last, (int From, int To)? aside, (int From, int To)? own, string? lastStated, out bool dated)
    {
        first = Math.Max(first, doc.DatelineEnd + 1);
        var outside = Outside(first, last, aside).ToList();
        var d = (own is { } o && o.From >= first ? DateIn(doc, [o]) : null) ?? DateIn(doc, CollectionsMarshal.AsSpan(outside));
        if (d is null && SameDay(doc, first, last))
        {
            // "Lavrov arrived in Baku on February 27 … On the same day, he was received by …": the day the sentence
            // before states when it tells no meeting (arrival, a ceremony), else the last stated meeting's.
            var before = doc.SentenceOf(first) - 1;
            var previous = before >= 0 && doc.Sentences[before].LastToken > doc.DatelineEnd && !AnyCueBetween(doc, doc.Sentences[before].FirstToken, doc.Sentences[before].LastToken + 1)
                ? DateIn(doc, [(Math.Max(doc.Sentences[before].FirstToken, doc.DatelineEnd + 1), doc.Sentences[before].LastToken)])?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : null;
            if ((previous ?? lastStated) is { } day)
            {
                dated = true;
                return day;
            }
        }
        if (d is null && aside is { } a && a.From >= first) d = DateIn(doc, [a]);
        d ??= ArrivalDate(doc, first, last);
        dated = d is not null;
        d ??= StoryDate(doc, first);
        d ??= doc.Article.PublishedDate ?? doc.Date;
        return d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    // "On the same day, Son also paid a courtesy call on …", "Earlier in the day", "that day", "في اليوم نفسه": the day of the
    // last meeting whose day the story stated.
    private static bool SameDay(ExtractionDocument doc, int first, int last)
    {
        var t = doc.Tokens.Tokens;
        for (var i = first; i + 1 <= last; i++)
        {
            var (k, next) = (t[i].Key, t[i + 1].Key);
            if (k is "same" && next is "day" || k is "in" && next is "the" && i + 2 <= last && t[i + 2].Key == "day" && i > first && t[i - 1].Key is "earlier" or "later"
                || k is "اليوم" && next is "نفسه" or "ذاته" || k is "نفس" && next is "اليوم"
                // "Earlier that day, the king held talks …", "في وقت سابق من ذلك اليوم".
                || k is "that" && next is "day" || k is "ذلك" && next is "اليوم") return true;
        }
        return false;
    }

    // The first explicit date that is no stay's bound, else the first relative day, in the token ranges in order.
    // (A span: the one or two ranges of a call are passed on the stack, not in a list made per call.)
    private DateOnly? DateIn(ExtractionDocument doc, ReadOnlySpan<(int From, int To)> ranges)
    {
        var t = doc.Tokens.Tokens;
        foreach (var (from, to) in ranges)
            for (var at = from; at <= to && dates.FindExplicit(t, at, to, doc.Date, out _, out var start, out var end) is { } found; at = end + 1)
                // "…، ويترأس وفد بلاده إلى القمة المقرر عقدها يوم الأحد 31 مارس": a day after the story's is a plan's.
                if (!StaySpan(t, start) && !EventDate(t, start, end) && !(doc.Date is { } story && found > story)) return found;
        if (doc.Date is not { } reference) return null;
        foreach (var (from, to) in ranges)
            if (dates.FindRelative(t, from, to, reference) is { } relative) return relative;
        return null;
    }

    private static IEnumerable<(int From, int To)> Outside(int first, int last, (int From, int To)? aside)
    {
        if (aside is not { } a || a.To < first || a.From > last)
        {
            yield return (first, last);
            yield break;
        }
        if (a.From > first) yield return (first, a.From - 1);
        if (a.To < last) yield return (a.To + 1, last);
    }

    // "from Sept. 14 to 16", "في الفترة من 14 إلى 16 سبتمبر", "until": the bounds of a stay.
    private static bool StaySpan(List<Text.Token> t, int start) =>
        start > 0 && t[start - 1].Key is "from" or "until" or "till" or "to" or "من" or "الى" or "حتى";

    // "since the Hamas attack of October 7", "the October 7 terror attacks", "هجمات 7 أكتوبر": a date that names an event
    // or opens a period is not the day of a meeting.
    private static bool EventDate(List<Text.Token> t, int start, int end)
    {
        for (var i = start - 1; i >= 0 && i >= start - 5 && t[i].IsWord; i--)
            if (t[i].Key is "since" or "منذ") return true;
        if (start > 0 && t[start - 1].Key == "the" && end + 1 < t.Count && DatedEventNouns.Contains(t[end + 1].Key)) return true;
        if (start > 1 && t[start - 1].Key == "of" && DatedEventNouns.Contains(t[start - 2].Key)) return true;
        return start > 0 && DatedEventNouns.Contains(t[start - 1].Key.Length > 3 && t[start - 1].Key[0] == 'و' ? t[start - 1].Key[1..] : t[start - 1].Key);
    }

    // Nouns an event's date names (folded Arabic keys).
    private static readonly HashSet<string> DatedEventNouns = new(StringComparer.Ordinal)
    {
        "attack", "attacks", "terror", "terrorist", "revolution", "war", "uprising", "massacre", "bombing", "bombings", "blast", "earthquake",
        "elections", "election", "events", "coup", "هجوم", "هجمات", "احداث", "ثوره", "حرب", "تفجير", "تفجيرات", "زلزال", "مجزره", "انتخابات", "انقلاب",
    };

    // "Modi, who arrived in Singapore on Wednesday …, called on …", "Hun Manet, who is on an official visit …": a
    // relative clause opened after a comma runs to the next comma or the sentence's end; the first such clause that
    // does not hold the cue is set aside when the meeting's date is read.
    private static (int From, int To)? AsideClause(ExtractionDocument doc, int first, int last, Mention cue)
    {
        var t = doc.Tokens.Tokens;
        for (var i = first + 1; i <= last; i++)
        {
            if (t[i - 1].Key is not ("," or "\u060C") || t[i].Key is not ("who" or "which" or "whom" or "الذي" or "التي" or "الذين")) continue;
            var end = ClauseEnd(t, i + 1, last);
            if (cue.FirstToken >= i && cue.FirstToken <= end) { i = end + 1; continue; }
            return (i, end);
        }
        return null;
    }

    // The last token of a clause that runs from i to the next comma or semicolon; the comma of a date ("on Nov. 26, 2018")
    // does not end it.
    private static int ClauseEnd(List<Text.Token> t, int i, int last)
    {
        while (i <= last && (t[i].Key is not ("," or "\u060C" or ";" or "\u061B") || i + 1 <= last && t[i + 1].Key.Length == 4 && char.IsAsciiDigit(t[i + 1].Key[0]))) i++;
        return i - 1;
    }

    // "…, which he co-chaired with …": the cue follows a relative word with no comma between.
    private static bool InRelativeClause(ExtractionDocument doc, int first, Mention cue) => RelativeWordBefore(doc, first, cue) >= 0;

    // The relative clause (", where …", ", when …", "، حيث …") that holds the cue, to the next comma; or the clause a
    // contrast opens ("أقام … عشاء … مساء الأحد، فيما التقى سموه أمس الاثنين …", ", while he met … on Monday").
    private static (int From, int To)? OwnClause(ExtractionDocument doc, int first, int last, Mention cue)
    {
        var t = doc.Tokens.Tokens;
        var at = RelativeWordBefore(doc, first, cue);
        if (at < 0) at = ContrastWordBefore(doc, first, cue);
        return at > first && t[at - 1].Key is "," or "\u060C" ? (at, ClauseEnd(t, cue.LastToken + 1, last)) : null;
    }

    // The relative word nearest before the cue in its clause (no comma between), or -1.
    private static int RelativeWordBefore(ExtractionDocument doc, int first, Mention cue) => ClauseWordBefore(doc, first, cue, RelativeWords);

    // "فيما", "بينما", "while", "whereas" right before the cue's clause (no comma between), or -1.
    private static int ContrastWordBefore(ExtractionDocument doc, int first, Mention cue) => ClauseWordBefore(doc, first, cue, ContrastWords);

    private static readonly HashSet<string> RelativeWords = new(StringComparer.Ordinal) { "which", "who", "where", "when", "الذي", "التي", "حيث" };
    private static readonly HashSet<string> ContrastWords = new(StringComparer.Ordinal) { "while", "whereas", "فيما", "بينما" };

    // The word of the set nearest before the cue in its clause (no comma between), or -1.
    private static int ClauseWordBefore(ExtractionDocument doc, int first, Mention cue, HashSet<string> words)
    {
        var t = doc.Tokens.Tokens;
        for (var i = cue.FirstToken - 1; i >= first && t[i].Key is not ("," or "\u060C"); i--)
            if (words.Contains(t[i].Key)) return i;
        return -1;
    }

    // "Modi reached Doha late on Wednesday. … he met … soon after arriving in Doha", "… arrived on Tuesday evening. At
    // the airport he was met by …": a meeting on arrival took place on the day the arrival was reported, within the
    // two sentences before.
    private DateOnly? ArrivalDate(ExtractionDocument doc, int first, int last)
    {
        var t = doc.Tokens.Tokens;
        var onArrival = false;
        for (var i = first; i <= last && !onArrival; i++)
            onArrival = t[i].Key is "arriving" or "arrival" or "airport" || t[i].Key.EndsWith("وصوله", StringComparison.Ordinal);
        var sentence = doc.SentenceOf(first);
        if (!onArrival || sentence <= 0 || doc.Date is not { } reference) return null;
        for (var s = sentence - 1; s >= Math.Max(0, sentence - 2); s--)
        {
            var (from, to) = doc.Sentences[s];
            var arrived = false;
            for (var i = from; i <= to && !arrived; i++) arrived = t[i].Key is "arrived" or "reached" or "وصل" or "ووصل" or "حل";
            if (!arrived) continue;
            from = Math.Max(from, doc.DatelineEnd + 1);
            return dates.FindExplicit(t, from, to, reference, out _) ?? dates.FindRelative(t, from, to, reference);
        }
        return null;
    }

    // A sentence without a date continues the story time of the sentences just before it ("held talks … on the
    // morning of Nov 24. … In talks with …"): the last day-and-month date there, when close to the document date.
    private DateOnly? StoryDate(ExtractionDocument doc, int first)
    {
        var sentence = doc.SentenceOf(first);
        if (sentence <= 0 || (doc.Date ?? doc.Article.PublishedDate) is not { } reference) return null;
        var t = doc.Tokens.Tokens;
        for (var s = sentence - 1; s >= Math.Max(0, sentence - StoryDateReach); s--)
        {
            var (from, to) = doc.Sentences[s];
            from = Math.Max(from, doc.DatelineEnd + 1);
            DateOnly? lastFound = null;
            while (from <= to && dates.FindExplicit(t, from, to, reference, out _, out var end) is { } d)
            {
                lastFound = d;
                from = end + 1;
            }
            // "التقى … أمس الاثنين … مع عدد من وزراء الخارجية. فقد التقى سموه …": a relative day (yesterday, on Monday)
            // sets the story time as well.
            // Only one whose sentence tells a meeting with its verb, and names no one it read as met: an arrival's day
            // ("arrived on Tuesday evening") is not the talks', and a meeting read there was dated by its own clause.
            if (lastFound is null && from <= to && FirstCueBefore(doc, from, to + 1) is not null && !MeetingReadIn(doc, s)) lastFound = DateIn(doc, [(from, to)]);
            if (lastFound is { } found && Math.Abs(found.DayNumber - reference.DayNumber) <= StoryDateDays) return found;
        }
        return null;
    }

    private static bool MeetingReadIn(ExtractionDocument doc, int sentence)
    {
        var (first, last) = doc.Sentences[sentence];
        var span = doc.SpanOf(first, last);
        foreach (var m in doc.Meetings)
            if (m.Evidence is { } e && e.Start == span.Start) return true;
        return false;
    }

    // "In a statement today, a day after he met his Singaporean counterpart here, …": the meeting was the day before
    // the day the sentence states ("two days after": two days before it), unless its own clause names its day ("came a
    // day after A and B held talks … on Wednesday").
    private (string? Date, bool Dated) DayBefore(ExtractionDocument doc, Mention cue, int first, int last, (string? Date, bool Dated) read)
    {
        var t = doc.Tokens.Tokens;
        var days = 0;
        for (var i = cue.FirstToken - 1; i >= first + 2 && i >= cue.FirstToken - 4 && days == 0; i--)
            if (t[i].Key == "after" && t[i - 1].Key is "day" or "days")
                days = t[i - 2].Key switch { "a" or "one" => 1, "two" => 2, "three" => 3, _ => -1 };
        if (days <= 0 || read.Date is null || !DateOnly.TryParseExact(read.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return read;
        var clauseEnd = ClauseEnd(t, cue.LastToken + 1, last);
        if (doc.Date is { } reference && (dates.FindRelative(t, cue.FirstToken, clauseEnd, reference) is not null || dates.FindExplicit(t, cue.FirstToken, clauseEnd, reference, out _) is not null))
            return read;
        return (day.AddDays(-days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), true);
    }
}
