namespace DiplomacyGraph.Extraction.Matching;

/// <summary>
/// Where walks of a <see cref="WordTrie"/> may start in a token key: the key's own word id, then (clitic length,
/// word id) for each Arabic clitic the key may begin with whose remainder is a word of the trie. Remembered per
/// thread in arrays indexed by the token's <see cref="Text.Token.KeyId"/> (the tokenizer numbers each distinct key
/// once), so a word read again costs two array reads instead of a hash of the key and of each remainder, and no
/// dictionary's buckets and entries to miss in the cache. Bounded by the pool's size: memory stays flat.
/// </summary>
internal sealed class WalkStarts
{
    [ThreadStatic]
    private static WalkStarts? t_current;

    private readonly WordTrie _trie;

    // By key id: the key string the starts were computed for (ids are handed out again when the pool restarts, and
    // the same id on another thread's pool is another key), and the starts.
    private string?[] _keys = new string?[1024];
    private int[]?[] _starts = new int[]?[1024];

    private WalkStarts(WordTrie trie) => _trie = trie;

    /// <summary>This thread's starts for <paramref name="trie"/> (a thread that switches tries starts afresh).</summary>
    public static WalkStarts For(WordTrie trie)
    {
        var current = t_current;
        if (current is null || current._trie != trie) t_current = current = new WalkStarts(trie);
        return current;
    }

    /// <summary>[word id of the whole key (-1 when none), then clitic length and word id for each other start].</summary>
    public int[] Of(in Text.Token token)
    {
        var id = token.KeyId;
        if (id < 0) return Compute(token.Key);
        if (id < _keys.Length && ReferenceEquals(_keys[id], token.Key)) return _starts[id]!;
        if (id >= _keys.Length)
        {
            var size = Math.Max(_keys.Length * 2, id + 1);
            Array.Resize(ref _keys, size);
            Array.Resize(ref _starts, size);
        }
        var starts = Compute(token.Key);
        _keys[id] = token.Key;
        _starts[id] = starts;
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
