namespace DiplomacyGraph.Extraction.Text;

/// <summary>
/// One shared string per distinct word key, so tokenizing a text allocates a string only for words not seen
/// lately. Per thread (no locks, as the extractor runs on many threads); bounded, so memory stays flat however
/// many distinct words (or random bytes) pass through: when full, it starts again empty.
/// </summary>
internal sealed class KeyPool
{
    private const int MaxEntries = 1 << 16;

    // Longer keys are rare and seldom repeat; pooling them would only fill the pool.
    private const int MaxPooledLength = 40;

    [ThreadStatic]
    private static KeyPool? t_pool;

    private readonly Dictionary<string, string> _map = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private KeyPool() => _lookup = _map.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>This thread's pool (fetched once per text: a thread-static read costs more than a field read).</summary>
    public static KeyPool ForThisThread() => t_pool ??= new KeyPool();

    public string Get(ReadOnlySpan<char> key)
    {
        if (key.Length > MaxPooledLength) return new string(key);
        if (_lookup.TryGetValue(key, out var s)) return s;
        if (_map.Count >= MaxEntries) _map.Clear();
        s = new string(key);
        _map[s] = s;
        return s;
    }
}
