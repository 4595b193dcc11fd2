using System.Text;
using DiplomacyGraph.Domain.Text;

namespace DiplomacyGraph.Extraction.Text;

/// <summary>
/// A best-effort Arabic → Latin transliteration for names the gazetteer does not know (marked machine-made
/// in the graph). Consonants map one to one; و and ي read as vowels between consonants; ال becomes "al-".
/// </summary>
internal static class Transliterator
{
    public static string ToLatin(string arabic)
    {
        var words = NameKey.Of(arabic).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var parts = new List<string>(words.Length);
        foreach (var w in words)
        {
            if (Connectors.TryGetValue(w, out var connector))
            {
                parts.Add(connector);
                continue;
            }
            var sb = new StringBuilder();
            var word = w;
            if (word.Length > 3 && word.StartsWith("ال", StringComparison.Ordinal))
            {
                sb.Append("al-");
                word = word[2..];
            }
            for (var i = 0; i < word.Length; i++)
            {
                var c = word[i];
                var vowelContext = i > 0;
                sb.Append(c switch
                {
                    'ا' => "a",
                    'ب' => "b",
                    'ت' => "t",
                    'ث' => "th",
                    'ج' => "j",
                    'ح' => "h",
                    'خ' => "kh",
                    'د' => "d",
                    'ذ' => "dh",
                    'ر' => "r",
                    'ز' => "z",
                    'س' => "s",
                    'ش' => "sh",
                    'ص' => "s",
                    'ض' => "d",
                    'ط' => "t",
                    'ظ' => "z",
                    'ع' => "a",
                    'غ' => "gh",
                    'ف' => "f",
                    'ق' => "q",
                    'ك' => "k",
                    'ل' => "l",
                    'م' => "m",
                    'ن' => "n",
                    'ه' => i == word.Length - 1 ? "a" : "h",
                    'و' => vowelContext ? "o" : "w",
                    'ي' => vowelContext ? (i == word.Length - 1 ? "i" : "y") : "y",
                    'ء' or 'ئ' or 'ؤ' => "'",
                    _ => c < 128 ? c.ToString() : string.Empty,
                });
            }
            var s = sb.ToString();
            if (s.Length == 0) continue;
            var head = s.StartsWith("al-", StringComparison.Ordinal) ? 3 : 0;
            parts.Add(s.Length > head ? s[..head] + char.ToUpperInvariant(s[head]) + s[(head + 1)..] : s);
        }
        return parts.Count == 0 ? arabic : string.Join(' ', parts);
    }

    // Lineage words keep the lower-case form English wire copy gives them (Hamad bin Ali, Al Thani).
    private static readonly Dictionary<string, string> Connectors = new(StringComparer.Ordinal)
    {
        ["بن"] = "bin",
        ["بنت"] = "bint",
        ["ابن"] = "ibn",
        ["ال"] = "Al",
        ["ابو"] = "Abu",
    };
}
