using DiplomacyGraph.Domain.Storage;

namespace DiplomacyGraph.Storage.Neo4j;

/// <summary>Counterpart and country-tie rankings from (meeting, date) rows; computed here so every store ranks alike.</summary>
internal static class MeetingAggregates
{
    public static IReadOnlyList<CounterpartRow> Counterparts(IEnumerable<(string Person, string Meeting, DateOnly? Date)> rows, int first) =>
        rows.GroupBy(r => r.Person, StringComparer.Ordinal)
            .Select(g =>
            {
                var meetings = g.DistinctBy(r => r.Meeting).ToList();
                var dates = meetings.Where(m => m.Date is not null).Select(m => m.Date!.Value).ToList();
                return new CounterpartRow(g.Key, meetings.Count,
                    dates.Count == 0 ? null : dates.Min(), dates.Count == 0 ? null : dates.Max(),
                    NewestFirst(meetings.Select(m => (m.Meeting, m.Date))));
            })
            .OrderByDescending(c => c.MeetingCount)
            .ThenByDescending(c => c.LastMet ?? DateOnly.MinValue)
            .ThenBy(c => c.PersonId, StringComparer.Ordinal)
            .Take(Math.Max(0, first))
            .ToList();

    public static IReadOnlyList<CountryTieRow> CountryTies(string iso, IEnumerable<(string Meeting, DateOnly? Date, List<string> Countries)> rows, int first) =>
        rows.DistinctBy(r => r.Meeting)
            .SelectMany(r => r.Countries.Distinct(StringComparer.Ordinal)
                .Where(c => !string.Equals(c, iso, StringComparison.Ordinal))
                .Select(c => (Country: c, r.Meeting, r.Date)))
            .GroupBy(x => x.Country, StringComparer.Ordinal)
            .Select(g =>
            {
                var dates = g.Where(x => x.Date is not null).Select(x => x.Date!.Value).ToList();
                return new CountryTieRow(g.Key, g.Count(), dates.Count == 0 ? null : dates.Min(), dates.Count == 0 ? null : dates.Max());
            })
            .OrderByDescending(t => t.MeetingCount)
            .ThenByDescending(t => t.LastMet ?? DateOnly.MinValue)
            .ThenBy(t => t.Iso, StringComparer.Ordinal)
            .Take(Math.Max(0, first))
            .ToList();

    private static List<string> NewestFirst(IEnumerable<(string Id, DateOnly? Date)> meetings) =>
        meetings.OrderBy(m => m.Date is null)
            .ThenByDescending(m => m.Date)
            .ThenByDescending(m => m.Id, StringComparer.Ordinal)
            .Select(m => m.Id)
            .ToList();
}
