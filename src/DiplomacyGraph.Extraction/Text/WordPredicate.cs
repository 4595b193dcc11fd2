using System.Runtime.CompilerServices;

namespace DiplomacyGraph.Extraction.Text;

/// <summary>
/// A yes-or-no question about a word that its key alone answers (is it a counterpart word, a role noun, an event's
/// head noun …), asked of every token by some rule. Asked through <see cref="Holds(TokenizedText, int)"/>, each
/// distinct word is answered once per thread (see <see cref="WordFacts"/>) instead of once per token, rule and
/// document: most of these questions hash the key, and a text asks them of the same few thousand words over and over.
/// A listed question (the default) is also answered for every word of a text in one pass, so a rule that looks for
/// the few words it holds for reads <see cref="TokenizedText.PositionsOf"/> instead of every token.
/// </summary>
/// <remarks>
/// The test must depend on the key string alone (a fixed set, the key's letters), never on the document. A listed
/// one must hold for no punctuation mark (its positions are words only).
/// </remarks>
internal sealed class WordPredicate
{
    private static int s_count;
    private static uint s_listed;
    private static readonly WordPredicate?[] s_all = new WordPredicate?[WordFacts.MaxPredicates];

    private readonly Func<string, bool> _test;

    public WordPredicate(Func<string, bool> test, bool listed = true)
    {
        _test = test;
        var n = Interlocked.Increment(ref s_count) - 1;
        // Past the bits a fact slot holds, the question is simply asked each time (and read token by token).
        if (n >= WordFacts.MaxPredicates) return;
        Bit = 1u << n;
        Volatile.Write(ref s_all[n], this);
        if (listed) Interlocked.Or(ref s_listed, Bit);
    }

    /// <summary>This question's bit in a word's facts (0: not remembered).</summary>
    public uint Bit { get; }

    /// <summary>The bits of the listed questions made so far.</summary>
    public static uint ListedMask => Volatile.Read(ref s_listed);

    /// <summary>The question with bit <c>1 &lt;&lt; n</c>, or null.</summary>
    public static WordPredicate? WithBitNumber(int n) => Volatile.Read(ref s_all[n]);

    /// <summary>The answer for <paramref name="key"/>, worked out afresh.</summary>
    public bool Test(string key) => _test(key);

    /// <summary>The answer for token <paramref name="token"/> of <paramref name="text"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Holds(TokenizedText text, int token) => text.Facts.Holds(text.Span[token], this);

    /// <summary>The answer for <paramref name="token"/>, one of <paramref name="text"/>'s tokens.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Holds(TokenizedText text, in Token token) => text.Facts.Holds(token, this);
}
