namespace DiplomacyGraph.Extraction.Matching;

/// <summary>
/// Where walks of a <see cref="WordTrie"/> may start in a token key: the key's own word id, then (clitic length,
/// word id) for each Arabic clitic the key may begin with whose remainder is a word of the trie. Remembered per
/// thread in one array indexed by the token's <see cref="Text.Token.KeyId"/> (the tokenizer numbers each distinct key
/// once), so a word read again costs one slot read instead of a hash of the key and of each remainder, and no
/// dictionary's buckets and entries to miss in the cache. Bounded by the pool's size: memory stays flat.
/// </summary>
internal sealed class WalkStarts
{
    [ThreadStatic]
    private static WalkStarts? t_current;

    private readonly WordTrie _trie;

    // By key id, side by side in one slot: the key string the starts were computed for (ids are handed out again when
    // the pool restarts, and the same id on another thread's pool is another key) and its starts. Every word of every
    // text reads one; as three arrays (keys, starts, and each starts array itself) that was up to three cache misses.
    private Slot[] _slots = new Slot[1024];

    private WalkStarts(WordTrie trie) => _trie = trie;

    /// <summary>This thread's starts for <paramref name="trie"/> (a thread that switches tries starts afresh).</summary>
    public static WalkStarts For(WordTrie trie)
    {
        var current = t_current;
        if (current is null || current._trie != trie) t_current = current = new WalkStarts(trie);
        return current;
    }

    /// <summary>The starts of <paramref name="token"/>'s key.</summary>
    public Starts Of(in Text.Token token)
    {
        var id = token.KeyId;
        if (id < 0) return Compute(token.Key);
        if (id < _slots.Length)
        {
            ref readonly var slot = ref _slots[id];
            if (ReferenceEquals(slot.Key, token.Key)) return slot.Starts;
        }
        else
        {
            Array.Resize(ref _slots, Math.Max(_slots.Length * 2, id + 1));
        }
        var starts = Compute(token.Key);
        _slots[id] = new Slot(token.Key, starts);
        return starts;
    }

    private Starts Compute(string key)
    {
        List<int>? clitics = null;
        // An Arabic match may start after a clitic glued to the word (و، ب، ال…): nowhere else inside it.
        var code = 0;
        for (var p = 1; p <= ArabicClitics.MaxPrefixLength && p < key.Length; p++)
        {
            code = ArabicClitics.ExtendPrefixCode(code, key[p - 1]);
            if (code < 0) break;
            if (!ArabicClitics.IsPrefixCode(code)) continue;
            var w = _trie.WordId(key.AsSpan(p));
            if (w < 0) continue;
            clitics ??= new List<int>(2);
            clitics.Add(p);
            clitics.Add(w);
        }
        return new Starts(_trie.WordId(key), clitics?.ToArray());
    }

    /// <summary>
    /// The word id of the whole key (-1 when none), and the clitic length and word id of each other start, in pairs
    /// (null when none: most words).
    /// </summary>
    public readonly record struct Starts(int Word, int[]? Clitics);

    private readonly record struct Slot(string? Key, Starts Starts);
}
