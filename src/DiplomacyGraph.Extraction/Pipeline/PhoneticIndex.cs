using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Text;

namespace DiplomacyGraph.Extraction.Pipeline;

/// <summary>
/// Gazetteer people by the phonetic key of each of their names, so that a spelling the gazetteer lacks
/// (شين جين بينغ، وانج يى) still finds the person. Keys of five classes or more also match at one edit
/// (deletion neighbourhoods); keys that two people share are dropped as ambiguous.
/// </summary>
internal sealed class PhoneticIndex
{
    private const int MinKey = 3;
    private const int FuzzyFrom = 5;
    private readonly Dictionary<string, Gazetteer.GazetteerEntry?> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Gazetteer.GazetteerEntry?> _deletions = new(StringComparer.Ordinal);

    public PhoneticIndex(Gazetteer.Gazetteer g)
    {
        foreach (var e in g.Entries.Where(e => e.Kind == NodeKind.Person))
        {
            foreach (var name in new[] { e.NameEn, e.NameAr }.Concat(e.AliasesAr).Concat(e.AliasesEn))
            {
                if (string.IsNullOrWhiteSpace(name) || !name.Contains(' ', StringComparison.Ordinal)) continue;
                var key = PhoneticKey.Of(name);
                if (key.Length < MinKey) continue;
                Put(_exact, key, e);
                if (key.Length >= FuzzyFrom)
                    foreach (var d in Deletions(key)) Put(_deletions, d, e);
            }
        }
    }

    public Gazetteer.GazetteerEntry? Find(string name)
    {
        var key = PhoneticKey.Of(name);
        if (key.Length < MinKey) return null;
        if (_exact.TryGetValue(key, out var e)) return e;
        if (key.Length < FuzzyFrom - 1) return null;
        if (_deletions.TryGetValue(key, out e) && e is not null) return e;
        foreach (var d in Deletions(key))
        {
            if (_exact.TryGetValue(d, out e) && e is not null && d.Length >= FuzzyFrom - 1) return e;
            if (_deletions.TryGetValue(d, out e) && e is not null) return e;
        }
        return null;
    }

    private static IEnumerable<string> Deletions(string key)
    {
        for (var i = 0; i < key.Length; i++) yield return key.Remove(i, 1);
    }

    private static void Put(Dictionary<string, Gazetteer.GazetteerEntry?> map, string key, Gazetteer.GazetteerEntry e)
    {
        if (map.TryGetValue(key, out var old)) { if (old != e) map[key] = null; }
        else map[key] = e;
    }
}
