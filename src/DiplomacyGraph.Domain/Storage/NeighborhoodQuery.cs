using DiplomacyGraph.Domain.Graph;

namespace DiplomacyGraph.Domain.Storage;

/// <summary>Everything within <see cref="Depth"/> hops (edges followed in both directions).</summary>
/// <param name="Kinds">Only pass through and return nodes of these kinds (the start node always included).</param>
/// <param name="Types">Only follow these relationship types.</param>
/// <param name="Limit">Stop after this many nodes; the result says whether it was cut.</param>
public sealed record NeighborhoodQuery(string NodeId, int Depth = 1, IReadOnlyList<NodeKind>? Kinds = null, IReadOnlyList<string>? Types = null, int Limit = 500)
{
    /// <summary>Whether the returned edges carry their sources (default). Off, a store does not read provenance.</summary>
    public bool WithSources { get; init; } = true;
}

/// <summary>A shortest path from one node to another, at most <see cref="MaxHops"/> edges.</summary>
/// <param name="Via">Intermediate nodes must be of these kinds; null or empty for any.</param>
public sealed record PathQuery(string FromId, string ToId, int MaxHops = 6, IReadOnlyList<NodeKind>? Via = null)
{
    /// <summary>Whether the path's edges carry their sources (default). Off, a store does not read provenance.</summary>
    public bool WithSources { get; init; } = true;

    /// <summary>
    /// A bound on the work of one search: the most relationships it may read while looking (null: no bound). When the
    /// search needs more before it can tell the shortest path, it gives up and returns an empty
    /// <see cref="Subgraph"/> with <see cref="Subgraph.Truncated"/> set, never a longer path than the shortest. A store
    /// whose search runs on a server with its own limits (Neo4j) may ignore it and always answer exactly.
    /// </summary>
    public long? MaxEdgesRead { get; init; }
}

/// <summary>A set of nodes and the edges among them. For a path: nodes and edges in path order.</summary>
/// <param name="Truncated">A limit cut the result (a neighbourhood's node limit; a path search's work bound, then with no nodes).</param>
public sealed record Subgraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges, bool Truncated = false);
