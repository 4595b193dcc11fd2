using DiplomacyGraph.Domain.Text;

namespace DiplomacyGraph.Extraction.Text;

/// <summary>
/// The tokenizer's per-character questions (is it white space, a word character, transparent; what does it fold
/// to), answered once for every UTF-16 code unit by the very functions that define them, then read from one table:
/// the hot loop does one array read where it did a Unicode category lookup and a chain of range tests.
/// </summary>
internal static class CharClass
{
    public const byte WhiteSpace = 1;
    public const byte Word = 1 << 1;

    /// <summary>Folds to nothing and is not white space (tatweel, diacritics, bidi and zero-width marks): vanishes from keys without splitting a word.</summary>
    public const byte Transparent = 1 << 2;

    // Per code unit, its flags (above bit 16) and what it folds to (the low 16 bits): a word's letter is tested and
    // folded with one read.
    private static readonly uint[] Info = new uint[char.MaxValue + 1];

    static CharClass()
    {
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            var f = ArabicFolding.Fold(c);
            var ws = char.IsWhiteSpace(c);
            var flags = (ws ? WhiteSpace : 0) | (Tokenizer.IsWordChar(c) ? Word : 0) | (f == '\0' && !ws ? Transparent : 0);
            Info[i] = ((uint)flags << 16) | f;
        }
    }

    public static byte Of(char c) => FlagsOf(InfoOf(c));

    /// <summary>Both answers for <paramref name="c"/> at once (see <see cref="FlagsOf"/> and <see cref="FoldOf"/>).</summary>
    public static uint InfoOf(char c) => Info[c];

    public static byte FlagsOf(uint info) => (byte)(info >> 16);

    /// <summary><see cref="ArabicFolding.Fold"/>.</summary>
    public static char FoldOf(uint info) => (char)info;
}
