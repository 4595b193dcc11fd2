namespace DiplomacyGraph.Domain.Documents;

/// <summary>A typed relation between two entities (by reference name). <see cref="Kind"/> qualifies PARTNER_OF.</summary>
public sealed record DocumentRelation(string Type, string From, string To)
{
    public string? Kind { get; init; }

    public Span? Evidence { get; init; }
}
