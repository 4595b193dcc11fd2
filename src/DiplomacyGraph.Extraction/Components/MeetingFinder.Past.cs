using System.Globalization;
using DiplomacyGraph.Extraction.Pipeline;

namespace DiplomacyGraph.Extraction.Components;

/// <summary>
/// Earlier occasions a story recalls: "Recalling their informal meeting in Wuhan in April last year", "لقاءهما الأخير
/// كان في موسكو", "خلال لقائهما في موسكو في أبريل من العام الماضي". Such a meeting happened, but not on the story's day.
/// </summary>
internal sealed partial class MeetingFinder
{
    private const int PastReach = 8;

    // The date of a recalled meeting (its own full date, else unknown), or null when the cue tells of the story's own
    // occasion. The cue's clause must say "recalling", "last"/"previous", "الأخير"/"السابق", or place it in an earlier
    // year, and name no day of its own (a clause that says "today" or "on Monday" is about now).
    private (string? Date, bool Dated)? PastOccasion(ExtractionDocument doc, Mention cue, int first, int last)
    {
        var t = doc.Tokens.Tokens;
        if (doc.Date is not { } reference) return null;
        var from = cue.FirstToken;
        while (from > first && t[from - 1].Key is not ("," or "\u060C" or ";" or "\u061B")) from--;
        var to = Math.Min(last, cue.LastToken + PastReach);
        for (var i = cue.LastToken + 1; i <= to; i++)
            if (t[i].Key is "," or "\u060C" or ";" or "\u061B") to = i - 1;
        if (!(PastMarker(doc, cue, from, to, reference.Year) || MonthGoneBy(t, cue.LastToken + 1, last)) || dates.FindRelative(t, from, to, reference) is not null) return null;
        var own = dates.FindExplicit(t, cue.LastToken + 1, to, reference, out var complete);
        return (own is { } d && complete && d < reference ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null, true);
    }

    // "في سبتمبر الماضي", "last September", "in September last": a month gone by, anywhere in the cue's clause (after the
    // city and the occasion: "التقيا في الدوحة على هامش افتتاح بطولة كأس العالم في نوفمبر الماضي").
    private bool MonthGoneBy(List<Text.Token> t, int from, int to)
    {
        // (Only where "الماضي" or "last" stands is a month looked for: most clauses have neither.)
        for (var i = from; i <= to; i++)
        {
            var key = t[i].Key;
            if (key is "," or "\u060C" or ";" or "\u061B") return false;
            if (key == "last" && i + 1 <= to && dates.IsMonth(t, i + 1, out _)) return true;
            if (key is not ("الماضي" or "last")) continue;
            // The month's name ends right before: one word (سبتمبر) or two (تشرين الثاني، أيلول/سبتمبر).
            for (var back = 1; back <= 3 && i - back >= from; back++)
                if (dates.IsMonth(t, i - back, out var used) && i - back + used == i) return true;
        }
        return false;
    }

    private static bool PastMarker(ExtractionDocument doc, Mention cue, int from, int to, int year)
    {
        var t = doc.Tokens.Tokens;
        for (var i = from; i < cue.FirstToken; i++)
            if (t[i].Key is "recalling" or "recalled" or "recalls" || RecallWord(t[i].Key) || t[i].Key.Length > 4 && t[i].Key[0] == 'و' && RecallWord(t[i].Key.AsSpan(1))) return true;
        // "their last meeting", "their previous talks"; "لقاؤهما الأخير", "لقائهما السابق".
        if (cue.FirstToken > 0 && t[cue.FirstToken - 1].Key is "last" or "previous" or "earlier" or "former") return true;
        if (cue.LastToken + 1 < t.Count && t[cue.LastToken + 1].Key is "الاخير" or "السابق" or "الماضي") return true;
        for (var i = cue.LastToken + 1; i <= to; i++)
        {
            var k = t[i].Key;
            // "in April last year", "في أبريل من العام الماضي", "in 2018".
            if (k is "last" && i + 1 <= to && t[i + 1].Key is "year" or "month"
                || k is "العام" or "عام" or "السنه" or "الشهر" && i + 1 <= to && t[i + 1].Key is "الماضي" or "الماضيه"
                || YearIn(k) is { } y && y < year)
                return true;
        }
        return false;
    }

    // "مستذكرا", "واستذكر" (the conjunction glued on).
    private static bool RecallWord(ReadOnlySpan<char> key) => key is "مستذكرا" or "استذكر" or "مستعيدا" or "مذكرا";

    // "had met several times", "التقيا مرات عدة في السنوات الأخيرة": many meetings over the years, not one the story
    // could date or place; none of them is a meeting node.
    private static bool RepeatedOccasions(ExtractionDocument doc, Mention cue, int last)
    {
        var t = doc.Tokens.Tokens;
        for (var i = cue.LastToken + 1; i <= Math.Min(last, cue.LastToken + 4); i++)
        {
            var k = t[i].Key;
            if (k is "," or "\u060C" or ";" or "\u061B") return false;
            if (k is "times" or "occasions" && t[i - 1].Key is "several" or "many" or "numerous" or "multiple"
                || k is "مرات" && (t[i - 1].Key is "عده" || i + 1 < t.Count && t[i + 1].Key is "عده" or "عديده")
                || k is "مرارا")
                return true;
        }
        return false;
    }

    // A year written in a sentence ("in 2018", "في سبتمبر 2021"), or null.
    private static int? YearIn(string key) =>
        key.Length == 4 && int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 1900 and < 2100 ? year : null;
}
