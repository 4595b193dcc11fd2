using DiplomacyGraph.Domain.Graph;

namespace DiplomacyGraph.Export;

/// <summary>
/// A resolved selection, ready to write: nodes then edges, each enumerated once, in that order.
/// Counts are known for a materialised subgraph and for the whole graph (from the store's stats); null otherwise.
/// </summary>
public sealed class ExportGraph(IAsyncEnumerable<GraphNode> nodes, IAsyncEnumerable<GraphEdge> edges, long? nodeCount = null, long? edgeCount = null)
{
    /// <summary>The nodes, streamed.</summary>
    public IAsyncEnumerable<GraphNode> Nodes { get; } = nodes;

    /// <summary>The edges, streamed; every edge's ends are among <see cref="Nodes"/>.</summary>
    public IAsyncEnumerable<GraphEdge> Edges { get; } = edges;

    /// <summary>Number of nodes, when known before writing.</summary>
    public long? NodeCount { get; } = nodeCount;

    /// <summary>Number of edges, when known before writing.</summary>
    public long? EdgeCount { get; } = edgeCount;

    /// <summary>A graph held in memory (tests, small subgraphs).</summary>
    public static ExportGraph FromLists(IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphEdge> edges) =>
        new(ToAsync(nodes), ToAsync(edges), nodes.Count, edges.Count);

    private static async IAsyncEnumerable<T> ToAsync<T>(IReadOnlyList<T> items)
    {
        foreach (var item in items) yield return item;
        await Task.CompletedTask;
    }
}
