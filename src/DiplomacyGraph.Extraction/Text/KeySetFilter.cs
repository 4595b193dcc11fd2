namespace DiplomacyGraph.Extraction.Text;

/// <summary>
/// A cheap first test for a small set of word keys read for every token: the keys' lengths and first and last
/// letters, as bits. Most words fail it without hashing; those that pass are looked up in the set itself, so it
/// never changes what the set accepts (built from the set, it follows any word added to it).
/// </summary>
internal sealed class KeySetFilter
{
    private readonly HashSet<string> _set;
    private readonly int _minLength;
    private readonly int _maxLength;
    private readonly ulong _first;
    private readonly ulong _last;

    public KeySetFilter(HashSet<string> set)
    {
        _set = set;
        _minLength = int.MaxValue;
        foreach (var k in set)
        {
            if (k.Length == 0)
            {
                // The empty key has no letters to test: let everything through to the set.
                (_minLength, _maxLength, _first, _last) = (0, int.MaxValue, ulong.MaxValue, ulong.MaxValue);
                return;
            }
            _minLength = Math.Min(_minLength, k.Length);
            _maxLength = Math.Max(_maxLength, k.Length);
            _first |= 1UL << (k[0] & 63);
            _last |= 1UL << (k[^1] & 63);
        }
    }

    /// <summary>Whether the set holds <paramref name="key"/>.</summary>
    public bool Contains(string key) =>
        key.Length >= _minLength && key.Length <= _maxLength && key.Length > 0
        && (_first & (1UL << (key[0] & 63))) != 0 && (_last & (1UL << (key[^1] & 63))) != 0 && _set.Contains(key);
}
