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

    /// <summary>
    /// The word tokens <paramref name="predicate"/> holds for, in text order: read from the text's listed words (every
    /// listed question answered for every word in one pass, on first use), or token by token for a question not listed.
    /// </summary>
    public WordPositions PositionsOf(WordPredicate predicate) => new(this, predicate);

    // The words some listed question holds for, with the answers as bits; and which questions were listed then (one
    // made since, by a component's first use, has the list built again).
    private List<(int Token, uint Answers)>? _listed;
    private uint _listedMask;

    /// <summary>The listed words, when <paramref name="predicate"/> is among the questions they answer; else null.</summary>
    internal List<(int Token, uint Answers)>? ListedFor(WordPredicate predicate)
    {
        var mask = WordPredicate.ListedMask;
        if ((mask & predicate.Bit) == 0) return null;
        if (_listed is not null && (_listedMask & predicate.Bit) != 0) return _listed;
        // A new list, not the old one emptied: a loop over the old one may be running.
        var listed = new List<(int Token, uint Answers)>();
        var facts = Facts;
        var tokens = Span;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].IsWord) continue;
            var answers = facts.ListedAnswers(tokens[i], mask);
            if (answers != 0) listed.Add((i, answers));
        }
        (_listed, _listedMask) = (listed, mask);
        return listed;
    }

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
