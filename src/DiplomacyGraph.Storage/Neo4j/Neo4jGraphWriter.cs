using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;

namespace DiplomacyGraph.Storage.Neo4j;

/// <summary>
/// Applies a <see cref="GraphBatch"/> in one explicit transaction: read the stored versions of the batch's nodes and
/// edges, merge in memory by <see cref="GraphMergeRules"/>, write back with <c>UNWIND $rows … MERGE</c> per label and
/// relationship type. Any failure rolls the whole transaction back, so a batch is written entirely or not at all, and
/// writing the same batch twice writes the same values again.
/// </summary>
internal sealed class Neo4jGraphWriter(Neo4jQueryClient client)
{
    /// <summary>Rows per UNWIND statement: large enough to be fast, small enough to keep one request modest.</summary>
    public const int RowsPerStatement = 500;

    public Task<WriteResult> WriteAsync(GraphBatch batch, CancellationToken ct)
    {
        var nodes = Collapse(batch.Nodes);
        var edges = Collapse(batch.Edges);
        if (nodes.Count == 0 && edges.Count == 0) return Task.FromResult(WriteResult.None);
        return client.InTransactionAsync(tx => WriteInAsync(tx, nodes, edges, ct), ct);
    }

    private static async Task<WriteResult> WriteInAsync(Neo4jTransaction tx, List<GraphNode> nodes, List<GraphEdge> edges, CancellationToken ct)
    {
        var wanted = nodes.Select(n => n.Id).Concat(edges.SelectMany(e => new[] { e.From, e.To })).Distinct(StringComparer.Ordinal).ToList();
        var stored = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        foreach (var chunk in wanted.Chunk(RowsPerStatement))
        {
            var result = await tx.RunAsync(CypherStatement.Of(CypherCatalogue.FetchNodesForWrite, P(("ids", chunk))), ct).ConfigureAwait(false);
            foreach (var row in result.Rows)
                if (row[0] is Neo4jNode n) { var g = Neo4jRecordMapper.ToNode(n); stored[g.Id] = g; }
        }

        var inBatch = nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var dangling = edges.SelectMany(e => new[] { e.From, e.To }).Where(id => !inBatch.Contains(id) && !stored.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        if (dangling.Count > 0)
            throw new ArgumentException($"The batch has edges to nodes that are neither in the batch nor in the store: {string.Join(", ", dangling.Take(5))}.");

        int nodesCreated = 0, nodesMerged = 0;
        var byLabel = new Dictionary<NodeKind, List<object?>>();
        foreach (var n in nodes)
        {
            GraphNode merged;
            if (stored.TryGetValue(n.Id, out var s)) { merged = GraphMergeRules.Merge(s, n); nodesMerged++; }
            else { merged = n; nodesCreated++; }
            if (!byLabel.TryGetValue(merged.Kind, out var rows)) byLabel[merged.Kind] = rows = [];
            rows.Add(P(("id", merged.Id), ("props", Neo4jRecordMapper.NodeProperties(merged))));
        }
        foreach (var (kind, rows) in byLabel.OrderBy(p => p.Key))
            foreach (var chunk in rows.Chunk(RowsPerStatement))
                await tx.RunAsync(CypherStatement.Of(CypherCatalogue.MergeNodes(kind), P(("rows", chunk))), ct).ConfigureAwait(false);

        var storedEdges = new Dictionary<string, GraphEdge>(StringComparer.Ordinal);
        foreach (var chunk in edges.Chunk(RowsPerStatement))
        {
            var keys = chunk.Select(e => (object?)P(("id", e.Id), ("from", e.From), ("to", e.To))).ToList();
            var result = await tx.RunAsync(CypherStatement.Of(CypherCatalogue.FetchEdgesForWrite, P(("rows", keys))), ct).ConfigureAwait(false);
            foreach (var rec in result.Records())
                if (rec["r"] is Neo4jRelationship r)
                {
                    var g = Neo4jRecordMapper.ToEdge(r, (string)rec["from"]!, (string)rec["to"]!);
                    storedEdges[g.Id] = g;
                }
        }

        int edgesCreated = 0, edgesMerged = 0;
        var byType = new Dictionary<string, List<object?>>(StringComparer.Ordinal);
        foreach (var e in edges)
        {
            GraphEdge merged;
            // A stored edge keeps its stored direction, so a symmetric edge read the other way round is not doubled.
            if (storedEdges.TryGetValue(e.Id, out var s)) { merged = GraphMergeRules.Merge(s, e); edgesMerged++; }
            else { merged = e; edgesCreated++; }
            if (!byType.TryGetValue(merged.Type, out var rows)) byType[merged.Type] = rows = [];
            rows.Add(P(("id", merged.Id), ("from", merged.From), ("to", merged.To), ("props", Neo4jRecordMapper.EdgeProperties(merged))));
        }
        foreach (var (type, rows) in byType.OrderBy(p => p.Key, StringComparer.Ordinal))
            foreach (var chunk in rows.Chunk(RowsPerStatement))
                await tx.RunAsync(CypherStatement.Of(CypherCatalogue.MergeEdges(type), P(("rows", chunk))), ct).ConfigureAwait(false);

        return new WriteResult(nodesCreated, nodesMerged, edgesCreated, edgesMerged);
    }

    /// <summary>Validates the batch and folds repeated ids into one item each, in first-seen order.</summary>
    private static List<GraphNode> Collapse(IReadOnlyList<GraphNode> nodes)
    {
        var byId = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var n in nodes)
        {
            if (string.IsNullOrWhiteSpace(n.Id)) throw new ArgumentException("A node in the batch has an empty id.");
            CypherWhitelist.Label(n.Kind);
            if (byId.TryGetValue(n.Id, out var seen)) byId[n.Id] = GraphMergeRules.Merge(seen, n);
            else { byId[n.Id] = n; order.Add(n.Id); }
        }
        return order.Select(id => byId[id]).ToList();
    }

    private static List<GraphEdge> Collapse(IReadOnlyList<GraphEdge> edges)
    {
        var byId = new Dictionary<string, GraphEdge>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var e in edges)
        {
            if (string.IsNullOrWhiteSpace(e.Id) || string.IsNullOrWhiteSpace(e.From) || string.IsNullOrWhiteSpace(e.To))
                throw new ArgumentException($"Edge '{e.Id}' ({e.Type}) lacks an id or an end.");
            CypherWhitelist.RelationshipType(e.Type);
            if (byId.TryGetValue(e.Id, out var seen)) byId[e.Id] = GraphMergeRules.Merge(seen, e);
            else { byId[e.Id] = e; order.Add(e.Id); }
        }
        return order.Select(id => byId[id]).ToList();
    }

    private static Dictionary<string, object?> P(params (string Key, object? Value)[] items) =>
        items.ToDictionary(i => i.Key, i => i.Value, StringComparer.Ordinal);
}
