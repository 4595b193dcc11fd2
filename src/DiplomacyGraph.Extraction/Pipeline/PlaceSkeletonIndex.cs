using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Text;
using DiplomacyGraph.Extraction.Text;

namespace DiplomacyGraph.Extraction.Pipeline;

/// <summary>
/// Gazetteer places by the consonants of their Arabic names, so that a dateline city written with a long vowel more
/// or less than the gazetteer's spelling (ميونيخ for ميونخ) is still that city. Arabic letters must agree exactly, which
/// Latin spellings and the coarse phonetic classes of persons do not allow (Tunxi is not Tunis, بوقور not بخارى); only
/// skeletons of three consonants or more that one place alone has.
/// </summary>
internal sealed class PlaceSkeletonIndex
{
    private const int MinKey = 3;
    private readonly Dictionary<string, Gazetteer.GazetteerEntry?> _bySkeleton = new(StringComparer.Ordinal);

    public PlaceSkeletonIndex(Gazetteer.Gazetteer gazetteer)
    {
        foreach (var e in gazetteer.Entries.Where(e => e.Kind == NodeKind.Place))
            foreach (var name in e.Names.Where(ArabicScript.HasArabic).Distinct(StringComparer.Ordinal))
            {
                var key = Skeleton(name);
                if (key.Length < MinKey) continue;
                // A skeleton two places share names neither.
                if (_bySkeleton.TryGetValue(key, out var other)) { if (other != e) _bySkeleton[key] = null; }
                else _bySkeleton[key] = e;
            }
    }

    /// <summary>The one gazetteer place whose Arabic name has the consonants of <paramref name="name"/>, or null.</summary>
    public Gazetteer.GazetteerEntry? Find(string name) =>
        ArabicScript.HasArabic(name) && Skeleton(name) is { Length: >= MinKey } key && _bySkeleton.TryGetValue(key, out var e) ? e : null;

    // The folded name without its long vowels and spaces (ا و ي; the folding has made ى ي and the hamza seats ا).
    private static string Skeleton(string name) =>
        string.Concat(NameKey.Of(name).Where(c => c is not ('ا' or 'و' or 'ي' or ' ')));
}
