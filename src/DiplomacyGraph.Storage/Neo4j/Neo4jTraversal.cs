using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;

namespace DiplomacyGraph.Storage.Neo4j;

/// <summary>
/// Neighbourhoods (breadth-first, one bounded round trip per hop, so the node limit cuts in the same place as in the
/// embedded store) and shortest paths (<c>ALL SHORTEST … {1,6}</c>, the tie between equally short paths broken by
/// the ordinal order of their node ids). <see cref="PathQuery.MaxEdgesRead"/> is not applied: the search runs on the
/// server, bounded by its own transaction limits. Without <c>WithSources</c>, edges come without their sources.
/// </summary>
internal sealed class Neo4jTraversal(Neo4jQueryClient client)
{
    public async Task<Subgraph> NeighborhoodAsync(NeighborhoodQuery query, CancellationToken ct)
    {
        var startNodes = await LoadAsync([query.NodeId], ct).ConfigureAwait(false);
        if (!startNodes.TryGetValue(query.NodeId, out var start)) return new Subgraph([], []);
        var nodes = new List<GraphNode> { start };
        var seen = new HashSet<string>(StringComparer.Ordinal) { start.Id };
        var edges = new List<GraphEdge>();
        var edgeIds = new HashSet<string>(StringComparer.Ordinal);
        var frontier = new List<string> { start.Id };
        var truncated = false;
        var kinds = Neo4jGraphStore.Kinds(query.Kinds);
        var types = query.Types?.ToList() ?? [];
        for (var level = 1; level <= query.Depth && frontier.Count > 0 && !truncated; level++)
        {
            var r = await client.RunAsync(CypherStatement.Of(CypherCatalogue.Neighbors, Neo4jGraphStore.P(
                ("ids", frontier), ("types", types), ("kinds", kinds), ("start", start.Id))), ct).ConfigureAwait(false);
            // Frontier order first, then edge id: breadth-first and deterministic.
            var rank = frontier.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
            var steps = r.Records()
                .Select(x => (Via: (string)x["via"]!,
                    Edge: Neo4jRecordMapper.ToEdge((Neo4jRelationship)x["r"]!, (string)x["fromId"]!, (string)x["toId"]!, query.WithSources),
                    Node: Neo4jRecordMapper.ToNode((Neo4jNode)x["node"]!)))
                .OrderBy(x => rank[x.Via])
                .ThenBy(x => x.Edge.Id, StringComparer.Ordinal)
                .ToList();
            var next = new List<string>();
            foreach (var (_, edge, node) in steps)
            {
                if (!seen.Contains(node.Id))
                {
                    if (seen.Count >= query.Limit)
                    {
                        truncated = true;
                        break;
                    }
                    seen.Add(node.Id);
                    nodes.Add(node);
                    next.Add(node.Id);
                }
                if (edgeIds.Add(edge.Id)) edges.Add(edge);
            }
            frontier = next;
        }
        return new Subgraph(nodes, edges, truncated);
    }

    public async Task<Subgraph?> ShortestPathAsync(PathQuery query, CancellationToken ct)
    {
        if (string.Equals(query.FromId, query.ToId, StringComparison.Ordinal))
        {
            var self = await LoadAsync([query.FromId], ct).ConfigureAwait(false);
            return self.TryGetValue(query.FromId, out var n) ? new Subgraph([n], []) : null;
        }
        var r = await client.RunAsync(CypherStatement.Of(CypherCatalogue.ShortestPaths, Neo4jGraphStore.P(
            ("from", query.FromId), ("to", query.ToId), ("maxHops", query.MaxHops),
            ("via", Neo4jGraphStore.Kinds(query.Via)), ("cap", 1000))), ct).ConfigureAwait(false);
        Subgraph? best = null;
        string? bestKey = null;
        foreach (var rec in r.Records())
        {
            var nodes = ((IEnumerable<object?>)rec["nodes"]!).Select(n => Neo4jRecordMapper.ToNode((Neo4jNode)n!)).ToList();
            var edges = ((IEnumerable<object?>)rec["rels"]!).Select(x =>
            {
                var triple = ((IEnumerable<object?>)x!).ToList();
                return Neo4jRecordMapper.ToEdge((Neo4jRelationship)triple[0]!, (string)triple[1]!, (string)triple[2]!, query.WithSources);
            }).ToList();
            var key = string.Join("\u0001", nodes.Select(n => n.Id)) + "\u0002" + string.Join("\u0001", edges.Select(e => e.Id));
            if (bestKey is null || string.CompareOrdinal(key, bestKey) < 0) { best = new Subgraph(nodes, edges); bestKey = key; }
        }
        return best;
    }

    private async Task<Dictionary<string, GraphNode>> LoadAsync(string[] ids, CancellationToken ct)
    {
        var r = await client.RunAsync(CypherStatement.Of(CypherCatalogue.NodesById, Neo4jGraphStore.P(("ids", ids))), ct).ConfigureAwait(false);
        return r.Rows.Select(row => Neo4jRecordMapper.ToNode((Neo4jNode)row[0]!)).ToDictionary(n => n.Id, StringComparer.Ordinal);
    }
}
