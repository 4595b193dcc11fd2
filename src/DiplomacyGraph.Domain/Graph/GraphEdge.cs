namespace DiplomacyGraph.Domain.Graph;

/// <summary>
/// A typed, directed relationship. Its id is derived from type, ends and distinguishing properties
/// (<see cref="NodeIds.Edge"/>), so re-ingesting an article finds the same edge and only adds provenance.
/// </summary>
public sealed record GraphEdge(string Id, string Type, string From, string To)
{
    /// <summary>Properties that belong to the relationship itself (HOLDS_OFFICE: title; PARTNER_OF: kind).</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();

    /// <summary>Where the fact was read. Merged across articles.</summary>
    public IReadOnlyList<EdgeSource> Sources { get; init; } = [];
}
