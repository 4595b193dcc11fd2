using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Text;

namespace DiplomacyGraph.Extraction.Gazetteer;

/// <summary>
/// Cities written like a country: عمان (Amman, and Oman), الكويت (Kuwait City, and Kuwait), الجزائر (Algiers). In the
/// text the country reading wins (it is the gazetteer's first row for the form); a dateline names a city, so there the
/// city's reading wins (تونس: Tunis; SINGAPORE, جيبوتي: the city, as the annotations read a city-state's dateline).
/// </summary>
internal static class DatelineCities
{
    /// <summary>By folded form (<see cref="NameKey"/>): the city a country's form names in a dateline.</summary>
    public static Dictionary<string, GazetteerEntry> From(Gazetteer gazetteer)
    {
        var countries = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        foreach (var c in gazetteer.Entries.Where(e => e.Kind == NodeKind.Country))
            foreach (var form in c.Names)
                countries.TryAdd(NameKey.Of(form), c);
        var cities = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        foreach (var place in gazetteer.Entries.Where(e => e.Kind == NodeKind.Place))
        {
            foreach (var form in place.Names)
            {
                var key = NameKey.Of(form);
                if (!countries.ContainsKey(key)) continue;
                cities.TryAdd(key, place);
            }
        }
        return cities;
    }
}
