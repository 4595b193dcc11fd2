using System.Runtime.CompilerServices;

namespace DiplomacyGraph.Extraction.Text;

/// <summary>
/// The answers to <see cref="WordPredicate"/>s, remembered per word: one slot per key id of this thread's
/// <see cref="KeyPool"/> (the tokenizer numbers each distinct key once), holding which questions were asked of the
/// word and their answers as bits. A word read again costs one slot read instead of a hash of its key per question.
/// Per thread (no locks); bounded by the pool's size, so memory stays flat.
/// </summary>
/// <remarks>
/// A slot also holds the key string it was filled for: ids are handed out again when the pool restarts (and a
/// token without an id, punctuation or a very long word, is simply asked), so a stale slot is never read.
/// </remarks>
internal sealed class WordFacts
{
    /// <summary>How many questions a slot remembers.</summary>
    public const int MaxPredicates = 32;

    [ThreadStatic]
    private static WordFacts? t_facts;

    private Slot[] _slots = new Slot[1024];

    private WordFacts()
    {
    }

    /// <summary>This thread's facts (fetched once per text: a thread-static read costs more than a field read).</summary>
    public static WordFacts ForThisThread() => t_facts ??= new WordFacts();

    /// <summary>The answer of <paramref name="predicate"/> for <paramref name="token"/>, a token of this thread's tokenizer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Holds(in Token token, WordPredicate predicate)
    {
        // The answer remembered for this very key, when there is one: inlined into the rules' loops over every token.
        var slots = _slots;
        var id = token.KeyId;
        var bit = predicate.Bit;
        if ((uint)id < (uint)slots.Length)
        {
            ref readonly var slot = ref slots[id];
            if ((slot.Asked & bit) != 0 && ReferenceEquals(slot.Key, token.Key)) return (slot.Answers & bit) != 0;
        }
        return Learn(token, predicate);
    }

    // The question asked for the first time of this word (or of a token without an id, which is simply asked).
    private bool Learn(in Token token, WordPredicate predicate)
    {
        var id = token.KeyId;
        var bit = predicate.Bit;
        if (id < 0 || bit == 0) return predicate.Test(token.Key);
        if (id >= _slots.Length) Array.Resize(ref _slots, Math.Max(_slots.Length * 2, id + 1));
        ref var slot = ref _slots[id];
        if (!ReferenceEquals(slot.Key, token.Key)) slot = new Slot { Key = token.Key };
        slot.Asked |= bit;
        var answer = predicate.Test(token.Key);
        if (answer) slot.Answers |= bit;
        return answer;
    }

    /// <summary>The answers of all listed questions (see <see cref="WordPredicate.ListedMask"/>) for <paramref name="token"/>, as bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint ListedAnswers(in Token token, uint listed)
    {
        var slots = _slots;
        var id = token.KeyId;
        if ((uint)id < (uint)slots.Length)
        {
            ref readonly var slot = ref slots[id];
            if ((slot.Asked & listed) == listed && ReferenceEquals(slot.Key, token.Key)) return slot.Answers & listed;
        }
        return LearnListed(token, listed);
    }

    // A word seen for the first time: every listed question asked of it (and remembered) at once.
    private uint LearnListed(in Token token, uint listed)
    {
        var answers = 0u;
        for (var n = 0; n < MaxPredicates; n++)
            if ((listed & (1u << n)) != 0 && WordPredicate.WithBitNumber(n) is { } predicate && Holds(token, predicate)) answers |= 1u << n;
        return answers;
    }

    private struct Slot
    {
        public string? Key;
        public uint Asked;
        public uint Answers;
    }
}
