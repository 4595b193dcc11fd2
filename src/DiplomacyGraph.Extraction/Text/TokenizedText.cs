using System.Runtime.InteropServices;
using System.Text;

namespace DiplomacyGraph.Extraction.Text;

/// <summary>
/// The match-key view of a text: its tokens and one key string (word keys joined by spaces, '|' where punctuation
/// or a line break separates them) with, for each key character, the token it came from (-1 for separators).
/// The original text is never changed; every offset maps back through the tokens. The key string and its map
/// are built on first use: the matcher reads the word keys of the tokens and never needs them.
/// </summary>
internal sealed class TokenizedText(List<Token> tokens)
{
    private string? _key;
    private int[]? _keyToken;
    private WordFacts? _facts;

    // A List, not an IReadOnlyList: the rules read tokens by index millions of times, and a list's indexer is inlined
    // where an interface call is not. (Nothing but the tokenizer adds to it.)
    public List<Token> Tokens { get; } = tokens;

    /// <summary>The tokens as a span, for hot loops (no bounds check through the list per token).</summary>
    public ReadOnlySpan<Token> Span => CollectionsMarshal.AsSpan(Tokens);

    public string Key => _key ??= BuildKey();

    /// <summary>
    /// The remembered answers about this text's words (see <see cref="WordPredicate"/>): the tokenizing thread's, which
    /// numbered the keys (a text is tokenized and read on one thread).
    /// </summary>
    public WordFacts Facts => _facts ??= WordFacts.ForThisThread();

    public int[] KeyToken => _keyToken ??= BuildKeyToken();

    /// <summary>Whether the key has '|' (punctuation or a line break) between this word and the word before it.</summary>
    public static bool BarrierBetween(in Token previousWord, in Token word) => word.KeyStart - previousWord.KeyEnd > 1;

    private string BuildKey()
    {
        var sb = new StringBuilder();
        foreach (var t in Tokens)
        {
            if (!t.IsWord) continue;
            // The separators sit between KeyEnd of the word before and KeyStart of this one: " " or " | ".
            if (t.KeyStart > sb.Length) sb.Append(t.KeyStart - sb.Length == 1 ? " " : " | ");
            sb.Append(t.Key);
        }
        return sb.ToString();
    }

    private int[] BuildKeyToken()
    {
        var map = new int[Key.Length];
        Array.Fill(map, -1);
        for (var i = 0; i < Tokens.Count; i++)
        {
            var t = Tokens[i];
            if (!t.IsWord) continue;
            for (var k = t.KeyStart; k < t.KeyEnd; k++) map[k] = i;
        }
        return map;
    }
}
