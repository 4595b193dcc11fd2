namespace DiplomacyGraph.Domain.Storage;

/// <summary>
/// Meetings matching <see cref="Filter"/> counted per date (for charts). The filter's order and paging are ignored;
/// undated meetings are not counted.
/// </summary>
/// <param name="Filter">Which meetings count.</param>
/// <param name="WithPersons">Also list, per date, the distinct persons who took part (costs a join; off by default).</param>
public sealed record MeetingDateCountQuery(MeetingQuery Filter, bool WithPersons = false);

/// <summary>How many matching meetings fall on one date, and (when asked for) who took part in them.</summary>
/// <param name="Date">The meeting date.</param>
/// <param name="MeetingCount">Matching meetings on that date.</param>
/// <param name="PersonIds">Distinct participants of those meetings in id order; empty unless asked for.</param>
public sealed record MeetingDateCount(DateOnly Date, int MeetingCount, IReadOnlyList<string> PersonIds);
