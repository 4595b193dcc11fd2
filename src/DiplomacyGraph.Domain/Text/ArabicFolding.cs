namespace DiplomacyGraph.Domain.Text;

/// <summary>
/// Character-level folding used for match keys: the same rules as the reference scorer
/// (diacritics and tatweel dropped, alef forms to bare alef, alef maqsura to ya, ta marbuta to ha),
/// plus Arabic-Indic digits to ASCII. A pure function: callers keep the original text untouched.
/// </summary>
public static class ArabicFolding
{
    public const char Tatweel = '\u0640';
    public const char Alef = '\u0627';
    public const char AlefMadda = '\u0622';
    public const char AlefHamzaAbove = '\u0623';
    public const char AlefHamzaBelow = '\u0625';
    public const char AlefWasla = '\u0671';
    public const char AlefMaqsura = '\u0649';
    public const char Ya = '\u064A';
    public const char FarsiYa = '\u06CC';
    public const char TaMarbuta = '\u0629';
    public const char Ha = '\u0647';
    public const char Kaf = '\u0643';
    public const char Keheh = '\u06A9';

    /// <summary>The character a match key holds for <paramref name="c"/>, or '\0' when it is dropped.</summary>
    public static char Fold(char c)
    {
        // Most characters of a text are ASCII: no rule below touches them but the lower-casing.
        if (c < '\u0080') return char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        switch (c)
        {
            case AlefMadda or AlefHamzaAbove or AlefHamzaBelow or AlefWasla: return Alef;
            case AlefMaqsura or FarsiYa: return Ya;
            case TaMarbuta: return Ha;
            case Keheh: return Kaf;
            case Tatweel: return '\0';
        }
        if (IsDiacritic(c)) return '\0';
        if (c is >= '\u0660' and <= '\u0669') return (char)('0' + (c - '\u0660'));
        if (c is >= '\u06F0' and <= '\u06F9') return (char)('0' + (c - '\u06F0'));
        // Bidi and zero-width marks carry no letters.
        if (c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u061C' or '\uFEFF') return '\0';
        if (c is >= '\u202A' and <= '\u202E') return '\0';
        // Arabic letters have no case.
        if (c is >= '\u0600' and <= '\u06FF') return c;
        return char.ToLowerInvariant(c);
    }

    /// <summary>Arabic harakat, Quranic marks and the superscript alef.</summary>
    public static bool IsDiacritic(char c) =>
        c is (>= '\u0610' and <= '\u061A') or (>= '\u064B' and <= '\u065F') or '\u0670' or (>= '\u06D6' and <= '\u06ED');

    public static bool IsArabicLetter(char c) => c is (>= '\u0621' and <= '\u064A') or (>= '\u0671' and <= '\u06D3');
}
