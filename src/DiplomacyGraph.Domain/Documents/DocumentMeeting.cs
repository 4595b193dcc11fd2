namespace DiplomacyGraph.Domain.Documents;

/// <summary>A meeting reported as having happened.</summary>
/// <param name="Participants">English canonical names (or <see cref="DocumentEntity.Reference"/>) of the persons who met.</param>
/// <param name="Date">ISO date, when derivable with certainty.</param>
/// <param name="Place">English city name, when stated.</param>
public sealed record DocumentMeeting(IReadOnlyList<string> Participants, string? Date, string? Place)
{
    /// <summary>The sentence that states the meeting.</summary>
    public Span? Evidence { get; init; }
}
