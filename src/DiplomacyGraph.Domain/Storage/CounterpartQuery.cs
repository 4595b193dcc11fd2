namespace DiplomacyGraph.Domain.Storage;

/// <summary>Whom <see cref="PersonId"/> met, between optional dates.</summary>
public sealed record CounterpartQuery(string PersonId, DateOnly? From = null, DateOnly? To = null, int First = 20)
{
    /// <summary>
    /// Whether each row lists the shared meetings' ids (default). Off, <see cref="CounterpartRow.MeetingIds"/> is empty
    /// and a store answers from its per-pair totals without reading every shared meeting.
    /// </summary>
    public bool WithMeetingIds { get; init; } = true;
}

/// <summary>A counterpart and the meetings shared with the queried person (ids, newest first).</summary>
public sealed record CounterpartRow(string PersonId, int MeetingCount, DateOnly? FirstMet, DateOnly? LastMet, IReadOnlyList<string> MeetingIds);
