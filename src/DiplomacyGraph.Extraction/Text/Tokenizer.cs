using System.Buffers;
using System.Globalization;

namespace DiplomacyGraph.Extraction.Text;

/// <summary>Splits text into word and punctuation tokens and builds the folded key string (see <see cref="TokenizedText"/>).</summary>
internal static class Tokenizer
{
    public static TokenizedText Tokenize(string text) => Tokenize(text, new List<Token>(text.Length / 5 + 1));

    /// <summary>As <see cref="Tokenize(string)"/>, into <paramref name="tokens"/> (emptied first).</summary>
    public static TokenizedText Tokenize(string text, List<Token> tokens)
    {
        tokens.Clear();
        tokens.EnsureCapacity(text.Length / 5 + 1);
        var word = ArrayPool<char>.Shared.Rent(64);
        var pool = KeyPool.ForThisThread();
        try
        {
            // Where the next key character would go in the key string (see TokenizedText.Key, built on demand).
            var keyLength = 0;
            var barrier = false;
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                var cls = CharClass.Of(c);
                if ((cls & CharClass.WhiteSpace) != 0)
                {
                    if (c is '\n' or '\r' or '\u2029') barrier = true;
                    i++;
                    continue;
                }
                if ((cls & CharClass.Word) != 0)
                {
                    var start = i;
                    var length = 0;
                    // The key's hash, built as its letters are folded: the pool need not read them again.
                    var hash = KeyPool.Seed;
                    while (i < text.Length)
                    {
                        var ch = text[i];
                        var info = CharClass.InfoOf(ch);
                        if ((CharClass.FlagsOf(info) & (CharClass.Word | CharClass.Transparent)) == 0) break;
                        var f = CharClass.FoldOf(info);
                        if (f != '\0')
                        {
                            if (length == word.Length) Grow(ref word);
                            word[length++] = f;
                            hash = KeyPool.Step(hash, f);
                        }
                        i++;
                    }
                    // A run of marks alone (a stray harakah) has no letters to match.
                    if (length == 0) continue;
                    // "OPEC+", "أوبك+": a plus glued to a word names something else than the word alone.
                    while (i < text.Length && text[i] == '+')
                    {
                        if (length == word.Length) Grow(ref word);
                        word[length++] = '+';
                        hash = KeyPool.Step(hash, '+');
                        i++;
                    }
                    if (keyLength > 0) keyLength += barrier ? 3 : 1;
                    barrier = false;
                    var key = pool.Get(word.AsSpan(0, length), hash, out var keyId);
                    tokens.Add(new Token(start, i, key, true, keyLength, keyId));
                    keyLength += length;
                    continue;
                }
                if ((cls & CharClass.Transparent) != 0) { i++; continue; }
                var len = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                tokens.Add(new Token(i, i + len, len == 1 ? OneChar(c) : text.Substring(i, len), false, keyLength));
                if (IsBarrier(text, i, tokens)) barrier = true;
                i += len;
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(word);
        }
        return new TokenizedText(tokens);
    }

    private static void Grow(ref char[] buffer)
    {
        var bigger = ArrayPool<char>.Shared.Rent(buffer.Length * 2);
        buffer.CopyTo(bigger, 0);
        ArrayPool<char>.Shared.Return(buffer);
        buffer = bigger;
    }

    // Punctuation tokens are single characters over and over: one shared string each instead of one per token.
    // (A race only builds an equal string twice.)
    private static readonly string?[] OneCharStrings = new string?[0x3000];

    private static string OneChar(char c) =>
        c < OneCharStrings.Length ? OneCharStrings[c] ??= c.ToString() : c.ToString();

    /// <summary>Letters, digits and combining marks make words.</summary>
    public static bool IsWordChar(char c)
    {
        if (char.IsLetterOrDigit(c)) return true;
        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    // Joiners inside names (Nur-Sultan, Xi'an, U.S.) do not stop a match; other punctuation does.
    private static bool IsBarrier(string text, int i, List<Token> tokens)
    {
        var c = text[i];
        if (c is '-' or '\'' or '\u2019' or '\u2018' or '&' or '+' or '/') return false;
        if (c == '.')
        {
            var next = i + 1 < text.Length ? text[i + 1] : ' ';
            if (!char.IsWhiteSpace(next)) return false;
            // "U.S. Secretary": a one-letter word before the stop is an abbreviation.
            return !(tokens.Count >= 2 && tokens[^2].IsWord && tokens[^2].End - tokens[^2].Start == 1);
        }
        return true;
    }
}
