using DiplomacyGraph.Domain.Text;

namespace DiplomacyGraph.Extraction.Text;

/// <summary>
/// The tokenizer's per-character questions (is it white space, a word character, transparent; what does it fold
/// to), answered once for every UTF-16 code unit by the very functions that define them, then read from two tables:
/// the hot loop does one array read where it did a Unicode category lookup and a chain of range tests.
/// </summary>
internal static class CharClass
{
    public const byte WhiteSpace = 1;
    public const byte Word = 1 << 1;

    /// <summary>Folds to nothing and is not white space (tatweel, diacritics, bidi and zero-width marks): vanishes from keys without splitting a word.</summary>
    public const byte Transparent = 1 << 2;

    private static readonly byte[] Flags = new byte[char.MaxValue + 1];
    private static readonly char[] Folded = new char[char.MaxValue + 1];

    static CharClass()
    {
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            var f = ArabicFolding.Fold(c);
            var ws = char.IsWhiteSpace(c);
            Folded[i] = f;
            Flags[i] = (byte)((ws ? WhiteSpace : 0) | (Tokenizer.IsWordChar(c) ? Word : 0) | (f == '\0' && !ws ? Transparent : 0));
        }
    }

    public static byte Of(char c) => Flags[c];

    /// <summary><see cref="ArabicFolding.Fold"/>.</summary>
    public static char Fold(char c) => Folded[c];
}
