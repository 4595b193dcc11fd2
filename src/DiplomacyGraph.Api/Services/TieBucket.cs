namespace DiplomacyGraph.Api.Services;

/// <summary>One chart bucket: a period and the meetings in it (empty buckets have no meetings).</summary>
/// <param name="Period">Label, e.g. "2018-11" or "2018-Q4".</param>
/// <param name="Start">First day of the period.</param>
/// <param name="End">Last day of the period.</param>
internal sealed record TieBucket(string Period, DateOnly Start, DateOnly End, IReadOnlyList<string> MeetingIds);
