namespace DiplomacyGraph.Api.Services;

/// <summary>One chart bucket: a period and how many meetings fall in it (empty buckets count 0).</summary>
/// <param name="Period">Label, e.g. "2018-11" or "2018-Q4".</param>
/// <param name="Start">First day of the period.</param>
/// <param name="End">Last day of the period.</param>
/// <param name="MeetingCount">Meetings of the series in the period.</param>
/// <param name="Series">The series the bucket belongs to (its filter; persons on demand).</param>
internal sealed record TieBucket(string Period, DateOnly Start, DateOnly End, int MeetingCount, TieSeries Series);
