namespace DiplomacyGraph.Extraction.Text;

/// <summary>
/// One shared string per distinct word key, so tokenizing a text allocates a string only for words not seen
/// lately. Per thread (no locks, as the extractor runs on many threads); bounded, so memory stays flat however
/// many distinct words (or random bytes) pass through: when full, it starts again empty.
/// </summary>
internal static class KeyPool
{
    private const int MaxEntries = 1 << 16;

    // Longer keys are rare and seldom repeat; pooling them would only fill the pool.
    private const int MaxPooledLength = 40;

    [ThreadStatic]
    private static Pool? t_pool;

    public static string Get(ReadOnlySpan<char> key)
    {
        if (key.Length > MaxPooledLength) return new string(key);
        var pool = t_pool ??= new Pool();
        if (pool.Lookup.TryGetValue(key, out var s)) return s;
        if (pool.Map.Count >= MaxEntries) pool.Map.Clear();
        s = new string(key);
        pool.Map[s] = s;
        return s;
    }

    private sealed class Pool
    {
        public Pool() => Lookup = Map.GetAlternateLookup<ReadOnlySpan<char>>();

        public Dictionary<string, string> Map { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }
    }
}
