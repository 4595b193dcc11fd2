using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;

namespace DiplomacyGraph.Storage.Neo4j;

/// <summary>
/// Applies a <see cref="GraphBatch"/> in one explicit transaction: read the stored versions of the batch's nodes and
/// edges, merge in memory by <see cref="GraphMerge"/> (the rules every store shares), write back what changed with
/// <c>UNWIND $rows … MERGE</c> per label and relationship type. Any failure rolls the whole transaction back, so a batch
/// is written entirely or not at all, and writing the same batch twice changes nothing.
/// </summary>
internal sealed class Neo4jGraphWriter(Neo4jQueryClient client)
{
    /// <summary>Rows per UNWIND statement: large enough to be fast, small enough to keep one request modest.</summary>
    public const int RowsPerStatement = 500;

    public Task<WriteResult> WriteAsync(GraphBatch batch, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        GraphBatchValidator.Validate(batch);
        foreach (var e in batch.Edges)
            if (!CypherWhitelist.IsKnownType(e.Type))
                throw GraphBatchValidator.Invalid($"edge '{e.Id}' has type '{e.Type}', which the Neo4j store does not write (known: {string.Join(", ", CypherWhitelist.RelationshipTypes)})");
        var nodes = GraphMerge.DistinctNodes(batch.Nodes);
        var edges = GraphMerge.DistinctEdges(batch.Edges);
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
        var storedEdges = new Dictionary<string, GraphEdge>(StringComparer.Ordinal);
        foreach (var chunk in edges.Select(e => e.Id).Chunk(RowsPerStatement))
        {
            var result = await tx.RunAsync(CypherStatement.Of(CypherCatalogue.FetchEdgesForWrite, P(("ids", chunk))), ct).ConfigureAwait(false);
            foreach (var rec in result.Records())
            {
                var g = Neo4jRecordMapper.ToEdge((Neo4jRelationship)rec["r"]!, (string)rec["fromId"]!, (string)rec["toId"]!);
                storedEdges[g.Id] = g;
            }
        }

        // Every check runs before the first write, so a rejected batch has not touched the database at all.
        var inBatch = nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var n in nodes)
            if (stored.TryGetValue(n.Id, out var s) && s.Kind != n.Kind)
                throw GraphBatchValidator.Invalid($"node '{n.Id}' is a {s.Kind} in the store and cannot be written as a {n.Kind}");
        foreach (var e in edges)
        {
            foreach (var end in new[] { e.From, e.To })
                if (!inBatch.Contains(end) && !stored.ContainsKey(end))
                    throw GraphBatchValidator.Invalid($"edge '{e.Id}' ({e.Type}) points to node '{end}', which is neither in the store nor in the batch");
            if (storedEdges.TryGetValue(e.Id, out var s) && !GraphBatchValidator.SameShape(s.Type, s.From, s.To, e))
                throw GraphBatchValidator.Invalid($"edge '{e.Id}' exists as {s.Type} {s.From} -> {s.To} and cannot be written as {e.Type} {e.From} -> {e.To}");
        }

        int nodesCreated = 0, nodesMerged = 0;
        var byLabel = new SortedDictionary<NodeKind, List<object?>>();
        foreach (var n in nodes)
        {
            GraphNode write;
            if (stored.TryGetValue(n.Id, out var s))
            {
                nodesMerged++;
                write = GraphMerge.Node(s, n);
                if (GraphMerge.SameData(s, write)) continue;
            }
            else
            {
                nodesCreated++;
                write = GraphMerge.Normalize(n);
            }
            if (!byLabel.TryGetValue(write.Kind, out var rows)) byLabel[write.Kind] = rows = [];
            rows.Add(P(("id", write.Id), ("props", Neo4jRecordMapper.NodeProperties(write))));
        }
        foreach (var (kind, rows) in byLabel)
            foreach (var chunk in rows.Chunk(RowsPerStatement))
                await tx.RunAsync(CypherStatement.Of(CypherCatalogue.MergeNodes(kind), P(("rows", chunk))), ct).ConfigureAwait(false);

        int edgesCreated = 0, edgesMerged = 0;
        var byType = new SortedDictionary<string, List<object?>>(StringComparer.Ordinal);
        foreach (var e in edges)
        {
            GraphEdge write;
            if (storedEdges.TryGetValue(e.Id, out var s))
            {
                edgesMerged++;
                // The stored edge keeps its stored direction, so a symmetric edge read the other way round is not doubled.
                write = GraphMerge.Edge(s, e);
                if (GraphMerge.SameProperties(s.Properties, write.Properties) && s.Sources.Count == write.Sources.Count) continue;
            }
            else
            {
                edgesCreated++;
                write = GraphMerge.Normalize(e);
            }
            if (!byType.TryGetValue(write.Type, out var rows)) byType[write.Type] = rows = [];
            rows.Add(P(("id", write.Id), ("from", write.From), ("to", write.To), ("props", Neo4jRecordMapper.EdgeProperties(write))));
        }
        foreach (var (type, rows) in byType)
            foreach (var chunk in rows.Chunk(RowsPerStatement))
                await tx.RunAsync(CypherStatement.Of(CypherCatalogue.MergeEdges(type), P(("rows", chunk))), ct).ConfigureAwait(false);

        return new WriteResult(nodesCreated, nodesMerged, edgesCreated, edgesMerged);
    }

    private static Dictionary<string, object?> P(params (string Key, object? Value)[] items) =>
        items.ToDictionary(i => i.Key, i => i.Value, StringComparer.Ordinal);
}
