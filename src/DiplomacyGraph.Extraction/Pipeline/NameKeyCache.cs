using DiplomacyGraph.Domain.Text;

namespace DiplomacyGraph.Extraction.Pipeline;

/// <summary>
/// <see cref="NameKey.Of"/> remembered per thread: the assembler folds every entity's names and surfaces for every
/// document, and the same names come back story after story. A hit costs a hash of the name instead of a fold
/// character by character (and a new key string). Bounded: when full it starts again empty, so memory stays flat.
/// </summary>
internal static class NameKeyCache
{
    private const int MaxEntries = 1 << 13;

    // Longer strings are rarely names and seldom repeat.
    private const int MaxCachedLength = 80;

    [ThreadStatic]
    private static Dictionary<string, string>? t_keys;

    /// <summary>This thread's cache (fetched once per document: a thread-static read costs more than a local).</summary>
    public static Dictionary<string, string> ForThisThread() => t_keys ??= new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary><see cref="NameKey.Of"/> of <paramref name="name"/>, from <paramref name="cache"/> when it has it.</summary>
    public static string Of(Dictionary<string, string> cache, string? name)
    {
        if (name is null || name.Length > MaxCachedLength) return NameKey.Of(name);
        if (cache.TryGetValue(name, out var key)) return key;
        if (cache.Count >= MaxEntries) cache.Clear();
        key = NameKey.Of(name);
        cache[name] = key;
        return key;
    }
}
