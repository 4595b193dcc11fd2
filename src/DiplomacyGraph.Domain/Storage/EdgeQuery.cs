namespace DiplomacyGraph.Domain.Storage;

/// <summary>Edges touching <see cref="NodeIds"/>.</summary>
/// <param name="Types">Only these relationship types; null or empty for all.</param>
public sealed record EdgeQuery(IReadOnlyCollection<string> NodeIds, EdgeDirection Direction = EdgeDirection.Both, IReadOnlyList<string>? Types = null)
{
    /// <summary>
    /// Whether each edge carries its <see cref="Graph.GraphEdge.Sources"/> (default). Off, every edge's Sources is empty
    /// and a store does not read provenance at all (most of the cost of a page's edges when nobody asks for sources).
    /// </summary>
    public bool WithSources { get; init; } = true;
}

/// <summary>Which end of an edge the queried node is.</summary>
public enum EdgeDirection
{
    /// <summary>Edges whose From is the node.</summary>
    Outgoing,
    /// <summary>Edges whose To is the node.</summary>
    Incoming,
    Both,
}
