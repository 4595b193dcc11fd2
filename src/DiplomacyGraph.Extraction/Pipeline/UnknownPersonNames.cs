using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Text;
using DiplomacyGraph.Extraction.Text;

namespace DiplomacyGraph.Extraction.Pipeline;

/// <summary>
/// The id and names <see cref="EntityRegistry.ForUnknownPerson"/> gives a surface, remembered per thread: they depend on
/// the surface alone, and the same unknown names come back story after story (each costs a phonetic key, an id and, in
/// Arabic, a transliteration). Bounded: when full it starts again empty, so memory stays flat.
/// </summary>
internal static class UnknownPersonNames
{
    private const int MaxEntries = 1 << 12;

    // Longer surfaces are rarely names and seldom repeat.
    private const int MaxCachedLength = 80;

    /// <summary>The node id, whether the surface is Arabic, and its name.en (the surface, or its machine transliteration).</summary>
    public readonly record struct Names(string Id, bool Arabic, string NameEn);

    [ThreadStatic]
    private static Dictionary<string, Names>? t_names;

    public static Names Of(string surface)
    {
        if (surface.Length > MaxCachedLength) return Make(surface);
        var cache = t_names ??= new Dictionary<string, Names>(StringComparer.Ordinal);
        if (cache.TryGetValue(surface, out var names)) return names;
        if (cache.Count >= MaxEntries) cache.Clear();
        return cache[surface] = Make(surface);
    }

    private static Names Make(string surface)
    {
        var arabic = surface.Any(ArabicFolding.IsArabicLetter);
        var phonetic = PhoneticKey.Of(surface);
        var id = NodeIds.Entity(NodeKind.Person, "ph " + (phonetic.Length > 0 ? phonetic : NameKey.Of(surface)));
        return new Names(id, arabic, arabic ? Transliterator.ToLatin(surface) : surface);
    }
}
