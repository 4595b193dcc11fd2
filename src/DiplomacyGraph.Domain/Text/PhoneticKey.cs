namespace DiplomacyGraph.Domain.Text;

/// <summary>
/// A coarse consonant skeleton shared by Arabic and Latin spellings of one name, so that
/// ساجينتاييف and Sagintayev, or نزارباييف and Nazarbayev, give the same key. Vowels, semivowels,
/// h and the glottal letters are dropped; consonants fall into classes both scripts can write.
/// </summary>
public static class PhoneticKey
{
    public static string Of(string? name) => Of(name, keepH: false);

    /// <summary>
    /// As <see cref="Of(string?)"/>; with <paramref name="keepH"/>, h and ح are a class of their own (H), and so is ه
    /// inside a word (at a word's end it is mostly the feminine ending or an unwritten h: Abdullah, Abdulla): محمد and
    /// حمد then differ, as Mohammed and Hamad do.
    /// </summary>
    public static string Of(string? name, bool keepH)
    {
        if (string.IsNullOrWhiteSpace(name)) return string.Empty;
        var folded = NameKey.Of(name);
        // A key is never longer than its folded name: built in a stack buffer, not a StringBuilder (and its array)
        // per name, as the extractor makes one for every person it reads.
        var key = folded.Length <= 256 ? stackalloc char[folded.Length] : new char[folded.Length];
        var n = 0;
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            var next = i + 1 < folded.Length ? folded[i + 1] : '\0';
            char cls;
            // Latin digraphs first: one sound, one class.
            if (next == 'h' && c is 's' or 'z' or 'k' or 'c' or 'g' or 't' or 'd')
            {
                cls = c switch { 's' => 'S', 'z' => 'G', 'k' => 'K', 'c' => 'G', 'g' => 'G', 't' => 'S', _ => 'Z' };
                i++;
            }
            else cls = keepH && (c is 'ح' || c is 'h' or 'ه' && next is not ('\0' or ' ')) ? 'H' : Class(c);
            if (cls == '\0') continue;
            if (cls == ' ') { continue; }
            if (n > 0 && key[n - 1] == cls) continue;
            key[n++] = cls;
        }
        return new string(key[..n]);
    }

    private static char Class(char c) => c switch
    {
        'b' or 'p' or 'ب' or 'پ' => 'B',
        't' or 'ت' or 'ط' => 'T',
        'd' or 'د' or 'ض' => 'D',
        's' or 'c' or 'x' or 'س' or 'ص' or 'ش' or 'ث' => 'S',
        'z' or 'ز' or 'ظ' or 'ذ' => 'Z',
        'j' or 'g' or 'ج' or 'غ' or 'چ' or 'ژ' or 'گ' => 'G',
        'k' or 'q' or 'ق' or 'ك' or 'خ' => 'K',
        'f' or 'v' or 'ف' or 'ڤ' => 'F',
        'l' or 'ل' => 'L',
        'm' or 'م' => 'M',
        'n' or 'ن' => 'N',
        'r' or 'ر' => 'R',
        _ => '\0',
    };
}
