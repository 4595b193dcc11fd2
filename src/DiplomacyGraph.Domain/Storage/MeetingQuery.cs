namespace DiplomacyGraph.Domain.Storage;

/// <summary>A filter over Meeting nodes. Every list means "all of"; null or empty means no condition.</summary>
/// <param name="ParticipantIds">Person ids that all took part.</param>
/// <param name="CountryIsos">ISO codes that all appear in the meeting's countries.</param>
/// <param name="PlaceId">Held in this place.</param>
/// <param name="From">On or after this date (undated meetings excluded when a bound is set).</param>
/// <param name="To">On or before this date.</param>
/// <param name="Offset">Rows to skip (cursor paging is encoded on top of this).</param>
/// <param name="First">Page size; 0 returns only the count.</param>
public sealed record MeetingQuery(
    IReadOnlyList<string>? ParticipantIds = null,
    IReadOnlyList<string>? CountryIsos = null,
    string? PlaceId = null,
    DateOnly? From = null,
    DateOnly? To = null,
    MeetingOrder Order = MeetingOrder.DateDescending,
    int Offset = 0,
    int First = 20)
{
    /// <summary>Meetings reported in an article that also mentions this entity (e.g. an initiative).</summary>
    public string? MentionedEntityId { get; init; }
}

/// <summary>Meeting order; undated meetings sort last either way, ties broken by id.</summary>
public enum MeetingOrder
{
    DateDescending,
    DateAscending,
}

/// <summary>One page of meetings and the total number that match.</summary>
public sealed record MeetingPage(IReadOnlyList<Graph.GraphNode> Meetings, int TotalCount);
