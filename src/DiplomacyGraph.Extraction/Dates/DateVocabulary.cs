using System.Globalization;
using DiplomacyGraph.Extraction.Text;

namespace DiplomacyGraph.Extraction.Dates;

/// <summary>Month and weekday names of both languages (both Arabic month series), keyed like the text.</summary>
internal sealed class DateVocabulary
{
    private readonly Dictionary<string, int> _months = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DayOfWeek> _weekdays = new(StringComparer.Ordinal);
    private readonly HashSet<string> _twoWordFirsts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DayOfWeek>.AlternateLookup<ReadOnlySpan<char>> _weekdaysBySpan;
    private static readonly string[] WeekdayPrefixes = ["ال", "وال", "بال"];

    public DateVocabulary(Gazetteer.Gazetteer g)
    {
        _weekdaysBySpan = _weekdays.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var m in g.Months)
            if (int.TryParse(m.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 12)
            {
                var key = Tokenizer.Tokenize(m.Form).Key;
                _months.TryAdd(key, n);
                _monthStarts |= FirstLetterBit(key);
                if (key.Contains(' ', StringComparison.Ordinal)) _twoWordFirsts.Add(key[..key.IndexOf(' ', StringComparison.Ordinal)]);
                else _monthEnds |= LastLetterBit(key);
            }
        foreach (var d in g.Weekdays)
            if (int.TryParse(d.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 7)
                _weekdays.TryAdd(Tokenizer.Tokenize(d.Form).Key, (DayOfWeek)(n % 7));
        foreach (var first in _twoWordFirsts) _twoWordFirstEnds |= LastLetterBit(first);
        foreach (var day in _weekdays.Keys) _weekdayEnds |= LastLetterBit(day);
        // A weekday is also read after an article or clitic (الخميس from خميس, والخميس): those open it too.
        foreach (var day in _weekdays.Keys) _weekdayStarts |= FirstLetterBit(day);
        foreach (var prefix in WeekdayPrefixes) _weekdayStarts |= FirstLetterBit(prefix);
    }

    // The last letters of the names, as bits: a word read for a date is first tested by its last letter, which the
    // clitics before a name leave as it is; most words are passed over without a hash.
    private readonly ulong _monthEnds;
    private readonly ulong _twoWordFirstEnds;
    private readonly ulong _weekdayEnds;

    // The first letters as well: words read for a date are mostly no month or weekday, and the first and last letters
    // together pass far fewer of them on to a hash than the last alone. (A month is matched as written, with no clitic.)
    private readonly ulong _monthStarts;
    private readonly ulong _weekdayStarts;

    private static ulong LastLetterBit(string key) => key.Length == 0 ? 0 : 1UL << (key[^1] & 63);

    private static ulong FirstLetterBit(string key) => key.Length == 0 ? 0 : 1UL << (key[0] & 63);

    /// <summary>The month a one- or two-word key names (تشرين الثاني), with how many tokens it used.</summary>
    public bool TryMonth(List<Token> tokens, int i, out int month, out int used)
    {
        used = 0;
        month = 0;
        if (i >= tokens.Count || !tokens[i].IsWord) return false;
        if (!char.IsLetter(tokens[i].Key[0])) return false;
        var end = LastLetterBit(tokens[i].Key);
        if ((end & (_monthEnds | _twoWordFirstEnds)) == 0 || (FirstLetterBit(tokens[i].Key) & _monthStarts) == 0) return false;
        if ((end & _twoWordFirstEnds) != 0 && _twoWordFirsts.Contains(tokens[i].Key) && i + 1 < tokens.Count && tokens[i + 1].IsWord && _months.TryGetValue(tokens[i].Key + " " + tokens[i + 1].Key, out month))
        {
            used = 2;
            return true;
        }
        if (_months.TryGetValue(tokens[i].Key, out month))
        {
            used = 1;
            return true;
        }
        return false;
    }

    /// <summary>A weekday name, also with an Arabic article or clitic (الخميس، يوم الخميس).</summary>
    public bool TryWeekday(string key, out DayOfWeek day)
    {
        day = default;
        if ((LastLetterBit(key) & _weekdayEnds) == 0 || (FirstLetterBit(key) & _weekdayStarts) == 0) return false;
        if (_weekdays.TryGetValue(key, out day)) return true;
        // "ال" + the rest, without a string per word read.
        Span<char> buffer = stackalloc char[64];
        foreach (var p in WeekdayPrefixes)
        {
            if (!key.StartsWith(p, StringComparison.Ordinal)) continue;
            var length = key.Length - p.Length + 2;
            if (length > buffer.Length) { if (_weekdays.TryGetValue("ال" + key[p.Length..], out day)) return true; continue; }
            "ال".CopyTo(buffer);
            key.AsSpan(p.Length).CopyTo(buffer[2..]);
            if (_weekdaysBySpan.TryGetValue(buffer[..length], out day)) return true;
        }
        return false;
    }
}
