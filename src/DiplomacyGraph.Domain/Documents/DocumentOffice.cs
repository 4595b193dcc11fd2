namespace DiplomacyGraph.Domain.Documents;

/// <summary>An office stated for a named person: canonical English title and country ISO code.</summary>
public sealed record DocumentOffice(string Person, string Title, string? Country)
{
    public Span? Evidence { get; init; }
}
