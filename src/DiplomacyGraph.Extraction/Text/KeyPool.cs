namespace DiplomacyGraph.Extraction.Text;

/// <summary>
/// One shared string per distinct word key, so tokenizing a text allocates a string only for words not seen
/// lately. Per thread (no locks, as the extractor runs on many threads); bounded, so memory stays flat however
/// many distinct words (or random bytes) pass through: when full, it starts again empty. Each key also gets a
/// small number (its place in the pool, see <see cref="Token.KeyId"/>); after a restart the numbers are handed out
/// again, so whoever keeps data by number also checks the key string it was kept for.
/// </summary>
internal sealed class KeyPool
{
    private const int MaxEntries = 1 << 16;

    // Longer keys are rare and seldom repeat; pooling them would only fill the pool.
    private const int MaxPooledLength = 40;

    [ThreadStatic]
    private static KeyPool? t_pool;

    private readonly Dictionary<string, int> _map = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private KeyPool() => _lookup = _map.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>This thread's pool (fetched once per text: a thread-static read costs more than a field read).</summary>
    public static KeyPool ForThisThread() => t_pool ??= new KeyPool();

    /// <summary>The shared string for <paramref name="key"/> and its number (-1 when not pooled).</summary>
    public string Get(ReadOnlySpan<char> key, out int id)
    {
        if (key.Length > MaxPooledLength)
        {
            id = -1;
            return new string(key);
        }
        if (_lookup.TryGetValue(key, out var s, out id)) return s;
        if (_map.Count >= MaxEntries) _map.Clear();
        s = new string(key);
        id = _map.Count;
        _map[s] = id;
        return s;
    }
}
