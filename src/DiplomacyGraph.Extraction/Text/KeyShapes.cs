namespace DiplomacyGraph.Extraction.Text;

/// <summary>
/// A quick test of whether a word may be one of a few keys, by its length and first and last letters hashed to one
/// bit of a small table (4,096 bits, on the caller's stack): a word it rejects is none of them, so only words that
/// pass need a hash of all their letters and a look-up. For a per-document set of keys read against every word
/// (CoreferenceResolver's short names), where a filter of the last letter alone lets most words through.
/// </summary>
internal static class KeyShapes
{
    /// <summary>How many ulongs a table takes.</summary>
    public const int TableLength = 64;

    /// <summary>Adds <paramref name="key"/> to <paramref name="table"/> (cleared by the caller first).</summary>
    public static void Add(Span<ulong> table, ReadOnlySpan<char> key)
    {
        var bit = Bit(key);
        table[bit >> 6] |= 1UL << (bit & 63);
    }

    /// <summary>False only where <paramref name="key"/> is none of the keys added.</summary>
    public static bool MayHold(ReadOnlySpan<ulong> table, ReadOnlySpan<char> key)
    {
        var bit = Bit(key);
        return (table[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    // Length, first and last letter mixed; the top 12 bits of the product pick the bit.
    private static int Bit(ReadOnlySpan<char> key)
    {
        var mix = key.Length == 0 ? 0u : (uint)key.Length ^ ((uint)key[0] << 8) ^ ((uint)key[^1] << 20);
        return (int)(mix * 0x9E3779B1u >> 20);
    }
}
