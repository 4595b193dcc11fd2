namespace DiplomacyGraph.Domain.Graph;

/// <summary>Everything one ingestion writes: applied by a store in one transaction, all or nothing.</summary>
public sealed record GraphBatch(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges)
{
    public static readonly GraphBatch Empty = new([], []);
}
