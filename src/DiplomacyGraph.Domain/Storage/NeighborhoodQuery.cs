using DiplomacyGraph.Domain.Graph;

namespace DiplomacyGraph.Domain.Storage;

/// <summary>Everything within <see cref="Depth"/> hops (edges followed in both directions).</summary>
/// <param name="Kinds">Only pass through and return nodes of these kinds (the start node always included).</param>
/// <param name="Types">Only follow these relationship types.</param>
/// <param name="Limit">Stop after this many nodes; the result says whether it was cut.</param>
public sealed record NeighborhoodQuery(string NodeId, int Depth = 1, IReadOnlyList<NodeKind>? Kinds = null, IReadOnlyList<string>? Types = null, int Limit = 500);

/// <summary>A shortest path from one node to another, at most <see cref="MaxHops"/> edges.</summary>
/// <param name="Via">Intermediate nodes must be of these kinds; null or empty for any.</param>
public sealed record PathQuery(string FromId, string ToId, int MaxHops = 6, IReadOnlyList<NodeKind>? Via = null);

/// <summary>A set of nodes and the edges among them. For a path: nodes and edges in path order.</summary>
public sealed record Subgraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges, bool Truncated = false);
