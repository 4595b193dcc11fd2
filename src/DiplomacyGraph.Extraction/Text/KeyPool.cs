namespace DiplomacyGraph.Extraction.Text;

/// <summary>
/// One shared string per distinct word key, so tokenizing a text allocates a string only for words not seen
/// lately. Per thread (no locks, as the extractor runs on many threads); bounded, so memory stays flat however
/// many distinct words (or random bytes) pass through: when full, it starts again empty. Each key also gets a
/// small number (its place in the pool, see <see cref="Token.KeyId"/>); after a restart the numbers are handed out
/// again, so whoever keeps data by number also checks the key string it was kept for.
/// </summary>
/// <remarks>
/// Its own open-addressed table rather than a dictionary: the tokenizer hashes each key while it folds the word
/// (<see cref="Step"/>), so a word already pooled costs one probe and one comparison, with no second pass over its
/// letters to hash them and no comparer's virtual calls.
/// </remarks>
internal sealed class KeyPool
{
    private const int MaxEntries = 1 << 16;

    // Longer keys are rare and seldom repeat; pooling them would only fill the pool.
    private const int MaxPooledLength = 40;

    /// <summary>The hash of the empty key; <see cref="Step"/> adds one character.</summary>
    public const uint Seed = 2166136261;

    [ThreadStatic]
    private static KeyPool? t_pool;

    // By id: the key. Slots hold the key's hash (high half) beside id + 1 (low half; 0: empty), at most half full: a
    // probe compares hashes in the slot it read, where a separate array of hashes was one more cache miss per word.
    private string[] _keys = new string[1024];
    private ulong[] _slots = new ulong[2048];
    private int _shift = 32 - 11;
    private int _count;

    private KeyPool()
    {
    }

    /// <summary>This thread's pool (fetched once per text: a thread-static read costs more than a field read).</summary>
    public static KeyPool ForThisThread() => t_pool ??= new KeyPool();

    /// <summary>FNV-1a: the hash of a key one character longer.</summary>
    public static uint Step(uint hash, char c) => (hash ^ c) * 16777619;

    /// <summary>The shared string for <paramref name="key"/> and its number (-1 when not pooled).</summary>
    public string Get(ReadOnlySpan<char> key, out int id)
    {
        var hash = Seed;
        foreach (var c in key) hash = Step(hash, c);
        return Get(key, hash, out id);
    }

    /// <summary>As <see cref="Get(ReadOnlySpan{char}, out int)"/>, given the key's <paramref name="hash"/> (see <see cref="Step"/>).</summary>
    public string Get(ReadOnlySpan<char> key, uint hash, out int id)
    {
        if (key.Length > MaxPooledLength)
        {
            id = -1;
            return new string(key);
        }
        var mask = _slots.Length - 1;
        var i = Slot(hash);
        for (var s = _slots[i]; s != 0; s = _slots[i])
        {
            if ((uint)(s >> 32) == hash && _keys[(int)(uint)s - 1].AsSpan().SequenceEqual(key))
            {
                id = (int)(uint)s - 1;
                return _keys[id];
            }
            i = (i + 1) & mask;
        }
        if (_count >= MaxEntries)
        {
            Clear();
            i = Slot(hash);
        }
        else if (2 * (_count + 1) > _slots.Length)
        {
            Grow();
            mask = _slots.Length - 1;
            i = Slot(hash);
            while (_slots[i] != 0) i = (i + 1) & mask;
        }
        var str = new string(key);
        id = _count++;
        if (id == _keys.Length) Array.Resize(ref _keys, _keys.Length * 2);
        _keys[id] = str;
        _slots[i] = Packed(hash, id);
        return str;
    }

    // Fibonacci hashing: the top bits of the product spread the hash over the table.
    private int Slot(uint hash) => (int)(hash * 0x9E3779B9u >> _shift);

    private void Clear()
    {
        Array.Clear(_slots);
        Array.Clear(_keys, 0, _count);
        _count = 0;
    }

    // A slot's content: the key's hash in the high half, id + 1 in the low half.
    private static ulong Packed(uint hash, int id) => ((ulong)hash << 32) | (uint)(id + 1);

    private void Grow()
    {
        var old = _slots;
        _slots = new ulong[old.Length * 2];
        _shift--;
        var mask = _slots.Length - 1;
        foreach (var s in old)
        {
            if (s == 0) continue;
            var i = Slot((uint)(s >> 32));
            while (_slots[i] != 0) i = (i + 1) & mask;
            _slots[i] = s;
        }
    }
}
