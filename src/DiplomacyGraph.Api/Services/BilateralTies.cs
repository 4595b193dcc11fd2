namespace DiplomacyGraph.Api.Services;

/// <summary>Meetings between two countries over time, in consecutive buckets.</summary>
internal sealed record BilateralTies(string CountryA, string CountryB, TieGranularity Granularity, DateOnly? From, DateOnly? To, IReadOnlyList<TieBucket> Buckets)
{
    public int TotalMeetings => Buckets.Sum(b => b.MeetingCount);
}
