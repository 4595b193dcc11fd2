namespace DiplomacyGraph.Api.Services;

/// <summary>What a meetings query asks for. Names or ids; every list means "all of".</summary>
/// <param name="Participants">Persons who all took part (ids or names).</param>
/// <param name="Countries">Countries all represented (ISO codes, ids or names).</param>
/// <param name="Place">Held in this place (id or name).</param>
/// <param name="Initiative">Reported in an article that mentions this initiative (id or name).</param>
internal sealed record MeetingFilter(
    IReadOnlyList<string> Participants,
    IReadOnlyList<string> Countries,
    string? Place,
    string? Initiative,
    DateOnly? From,
    DateOnly? To)
{
    public static MeetingFilter None { get; } = new([], [], null, null, null, null);
}
