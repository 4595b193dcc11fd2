using System.Globalization;
using DiplomacyGraph.Extraction.Text;

namespace DiplomacyGraph.Extraction.Dates;

/// <summary>
/// Reads dates from tokens: full dates (22 نوفمبر 2018, 11 تشرين الثاني 2018, April 18, 2017, Oct 20,2018,
/// 2018-09-03, 28-01-2021), day-month without a year (year from <c>reference</c>), and relative days
/// (اليوم، أمس، أول من أمس، اليوم السابق، today, yesterday, a day earlier, weekday names) resolved against the reference date.
/// </summary>
internal sealed class DateExpressions(DateVocabulary vocabulary)
{
    /// <summary>Whether token i opens a month's name (سبتمبر, أيلول, September); <paramref name="used"/> its tokens.</summary>
    public bool IsMonth(List<Token> t, int i, out int used) => vocabulary.TryMonth(t, i, out _, out used);

    /// <summary>The first explicit date in tokens [from, to]; <paramref name="complete"/> false when the year was borrowed.</summary>
    public DateOnly? FindExplicit(List<Token> t, int from, int to, DateOnly? reference, out bool complete) =>
        FindExplicit(t, from, to, reference, out complete, out _);

    /// <summary>As above; <paramref name="end"/> is the last token of the date found.</summary>
    public DateOnly? FindExplicit(List<Token> t, int from, int to, DateOnly? reference, out bool complete, out int end) =>
        FindExplicit(t, from, to, reference, out complete, out _, out end);

    /// <summary>As above; <paramref name="start"/> and <paramref name="end"/> are the first and last tokens of the date found.</summary>
    public DateOnly? FindExplicit(List<Token> t, int from, int to, DateOnly? reference, out bool complete, out int start, out int end)
    {
        complete = false;
        end = -1;
        start = -1;
        to = Math.Min(to, t.Count - 1);
        for (var i = Math.Max(0, from); i <= to; i++)
        {
            if (!t[i].IsWord) continue;
            // Every date starts with a number or a month name: any other word is passed over at once.
            var head = t[i].Key[0];
            if (char.IsAsciiDigit(head))
            {
                // yyyy-MM-dd and dd-MM-yyyy
                if (i + 4 <= to && t[i + 1].Key == "-" && t[i + 3].Key == "-" && Num(t[i]) is { } a && Num(t[i + 2]) is { } b && Num(t[i + 4]) is { } c)
                {
                    if (a > 1900 && Make(a, b, c) is { } d1) { complete = true; (start, end) = (i, i + 4); return d1; }
                    if (c > 1900 && Make(c, b, a) is { } d2) { complete = true; (start, end) = (i, i + 4); return d2; }
                }
                // day month [year]
                if (Day(t[i]) is { } day && vocabulary.TryMonth(t, i + 1, out var month, out var used))
                {
                    var j = Skip(t, i + 1 + used, to);
                    if (j <= to && Year(t[j]) is { } y && Make(y, month, day) is { } d) { complete = true; (start, end) = (i, j); return d; }
                    if (reference is { } r && Make(r.Year, month, day) is { } dr) { (start, end) = (i, i + used); return dr; }
                }
            }
            // month day[,] [year]
            else if (t[i].Key.Length >= 3 && vocabulary.TryMonth(t, i, out var m2, out var used2))
            {
                var j = Skip(t, i + used2, to);
                if (j <= to && Day(t[j]) is { } d2)
                {
                    var k = Skip(t, j + 1, to);
                    if (k <= to && Year(t[k]) is { } y2 && Make(y2, m2, d2) is { } full) { complete = true; (start, end) = (i, k); return full; }
                    if (reference is { } r && Make(r.Year, m2, d2) is { } dr) { (start, end) = (i, j); return dr; }
                }
            }
        }
        return null;
    }

    /// <summary>A relative day in tokens [from, to], resolved against <paramref name="reference"/>.</summary>
    public DateOnly? FindRelative(List<Token> t, int from, int to, DateOnly reference)
    {
        to = Math.Min(to, t.Count - 1);
        for (var i = Math.Max(0, from); i <= to; i++)
        {
            if (!t[i].IsWord) continue;
            var k = t[i].Key;
            if (vocabulary.TryWeekday(k, out var wd))
            {
                var back = ((int)reference.DayOfWeek - (int)wd + 7) % 7;
                return reference.AddDays(-back);
            }
            if (k is "امس" or "وامس")
                return i >= 2 && t[i - 1].Key == "من" && t[i - 2].Key is "اول" or "واول" ? reference.AddDays(-2) : reference.AddDays(-1);
            if (k == "yesterday") return reference.AddDays(-1);
            // "a day earlier", "the day before", "the previous day", "في اليوم السابق"
            if (k == "day" && i > 0 && (t[i - 1].Key == "previous" || t[i - 1].Key is "a" or "the" && i + 1 <= to && t[i + 1].Key is "earlier" or "before"))
                return reference.AddDays(-1);
            if (k is "اليوم" && i + 1 <= to && t[i + 1].Key is "السابق") return reference.AddDays(-1);
            if (k is "اليوم" or "today" or "tonight") return reference;
            // "on the 14th"
            if (k == "the" && i + 1 <= to && i > 0 && t[i - 1].Key == "on" && Ordinal(t[i + 1]) is { } dom && Make(reference.Year, reference.Month, dom) is { } dd)
                return dd;
        }
        return null;
    }

    private static int Skip(List<Token> t, int j, int to)
    {
        while (j <= to && (!t[j].IsWord && t[j].Key is "." or "," || t[j].Key is "عام" or "سنة" or "of")) j++;
        return j;
    }

    private static int? Num(Token t)
    {
        if (!t.IsWord || t.Key.Length is 0 or > 4) return null;
        var n = 0;
        foreach (var c in t.Key)
        {
            if (!char.IsAsciiDigit(c)) return null;
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static int? Day(Token t) => Num(t) is { } n && n is >= 1 and <= 31 && t.Key.Length <= 2 ? n : Ordinal(t);

    private static int? Ordinal(Token t)
    {
        if (!t.IsWord || t.Key.Length is < 3 or > 4 || !char.IsAsciiDigit(t.Key[0])) return null;
        var digits = new string(t.Key.TakeWhile(char.IsAsciiDigit).ToArray());
        var rest = t.Key[digits.Length..];
        return digits.Length is 1 or 2 && rest is "st" or "nd" or "rd" or "th" && int.Parse(digits, CultureInfo.InvariantCulture) is var n && n is >= 1 and <= 31 ? n : null;
    }

    private static int? Year(Token t) => Num(t) is { } n && n is >= 1900 and <= 2100 ? n : null;

    private static DateOnly? Make(int y, int m, int d) =>
        y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;
}
