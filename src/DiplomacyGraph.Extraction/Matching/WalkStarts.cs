namespace DiplomacyGraph.Extraction.Matching;

/// <summary>
/// Where walks of a <see cref="WordTrie"/> may start in a token key: the key's own word id, then (clitic length,
/// word id) for each Arabic clitic the key may begin with whose remainder is a word of the trie. Remembered per
/// thread for the keys seen lately, by reference (the tokenizer hands out one string per distinct key), so a word
/// read again costs one lookup instead of a hash of the key and of each remainder. Bounded: memory stays flat.
/// </summary>
internal sealed class WalkStarts
{
    private const int MaxEntries = 1 << 16;
    private const int MaxCachedLength = 40;

    [ThreadStatic]
    private static WalkStarts? t_current;

    private readonly WordTrie _trie;
    private readonly Dictionary<string, int[]> _starts = new(ReferenceEqualityComparer.Instance);

    private WalkStarts(WordTrie trie) => _trie = trie;

    /// <summary>This thread's starts for <paramref name="trie"/> (a thread that switches tries starts afresh).</summary>
    public static WalkStarts For(WordTrie trie)
    {
        var current = t_current;
        if (current is null || current._trie != trie) t_current = current = new WalkStarts(trie);
        return current;
    }

    /// <summary>[word id of the whole key (-1 when none), then clitic length and word id for each other start].</summary>
    public int[] Of(string key)
    {
        if (key.Length > MaxCachedLength) return Compute(key);
        if (_starts.TryGetValue(key, out var starts)) return starts;
        if (_starts.Count >= MaxEntries) _starts.Clear();
        starts = Compute(key);
        _starts[key] = starts;
        return starts;
    }

    private int[] Compute(string key)
    {
        var starts = new List<int>(3) { _trie.WordId(key) };
        // An Arabic match may start after a clitic glued to the word (و، ب، ال…): nowhere else inside it.
        var code = 0;
        for (var p = 1; p <= ArabicClitics.MaxPrefixLength && p < key.Length; p++)
        {
            code = ArabicClitics.ExtendPrefixCode(code, key[p - 1]);
            if (code < 0) break;
            if (!ArabicClitics.IsPrefixCode(code)) continue;
            var w = _trie.WordId(key.AsSpan(p));
            if (w < 0) continue;
            starts.Add(p);
            starts.Add(w);
        }
        return starts.Count == 1 && starts[0] < 0 ? None : starts.ToArray();
    }

    private static readonly int[] None = [-1];
}
