using System.Text;

namespace DiplomacyGraph.Extraction.Evaluation;

/// <summary>
/// The reference scorer's <c>norm</c>, character for character: drop Arabic diacritics and tatweel, fold
/// أ إ آ ٱ to ا, ى to ي, ة to ه, case-fold, collapse whitespace. Deliberately separate from NameKey (which
/// also folds digits and bidi marks) so that scores equal the Python scorer's.
/// </summary>
internal static class ScoreText
{
    public static string Norm(string? s)
    {
        if (s is null) return string.Empty;
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c is (>= '\u0610' and <= '\u061A') or (>= '\u064B' and <= '\u065F') or '\u0670' or (>= '\u06D6' and <= '\u06ED') or '\u0640')
                continue;
            var f = c switch
            {
                '\u0623' or '\u0625' or '\u0622' or '\u0671' => '\u0627',
                '\u0649' => '\u064A',
                '\u0629' => '\u0647',
                _ => c,
            };
            // Python's str.casefold: lower case plus the few full foldings that matter for names.
            switch (f)
            {
                case 'ß' or 'ẞ': sb.Append("ss"); break;
                case 'ς': sb.Append('σ'); break;
                case 'ſ': sb.Append('s'); break;
                default: sb.Append(char.ToLowerInvariant(f)); break;
            }
        }
        var parts = sb.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        // Python's split() also splits on the information separators U+001C..U+001F.
        return string.Join(' ', parts.SelectMany(p => p.Split(['\u001C', '\u001D', '\u001E', '\u001F'], StringSplitOptions.RemoveEmptyEntries)));
    }
}
