using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;

namespace DiplomacyGraph.Storage.Tests.Contract;

public abstract partial class GraphStoreContractTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task FindShortestPathAsync_randomGraphs_matchReferenceBreadthFirstSearch(int seed)
    {
        var random = new Random(seed);
        var kinds = new[] { NodeKind.Person, NodeKind.Meeting, NodeKind.Country };
        var nodes = Enumerable.Range(0, 60)
            .Select(i => new GraphNode($"n:{i:D2}", kinds[random.Next(kinds.Length)], new Names($"N {i}", null), []))
            .ToList();
        var edges = new List<GraphEdge>();
        // A sparse random graph plus a few hubs, so that frontiers differ a lot in size.
        for (var i = 0; i < 90; i++) edges.Add(RandomEdge(nodes[random.Next(60)].Id, nodes[random.Next(60)].Id, edges.Count));
        for (var hub = 0; hub < 3; hub++)
            for (var i = 0; i < 15; i++) edges.Add(RandomEdge(nodes[hub].Id, nodes[random.Next(60)].Id, edges.Count));
        await Store.WriteAsync(new GraphBatch(nodes, edges), Ct);
        var kindOf = nodes.ToDictionary(n => n.Id, n => n.Kind);

        for (var t = 0; t < 25; t++)
        {
            var from = nodes[random.Next(60)].Id;
            var to = nodes[random.Next(60)].Id;
            IReadOnlyList<NodeKind>? via = t % 2 == 0 ? null : [NodeKind.Person, NodeKind.Meeting];
            var maxHops = 1 + random.Next(6);
            var expected = ReferenceDistance(edges, kindOf, from, to, via, maxHops);
            var path = await Store.FindShortestPathAsync(new PathQuery(from, to, maxHops, via), Ct);
            Assert.Equal(expected, path is null ? null : path.Edges.Count);
            if (path is null) continue;
            AssertPath(path);
            Assert.Equal(from, path.Nodes[0].Id);
            Assert.Equal(to, path.Nodes[^1].Id);
            if (via is not null) Assert.All(path.Nodes.Skip(1).SkipLast(1), n => Assert.Contains(n.Kind, via));
        }

        static GraphEdge RandomEdge(string a, string b, int i) =>
            new($"edge:r{i:D3}", RelationshipTypes.Supports, a, b) { Sources = [TestGraphBuilder.Source("article:r")] };
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public async Task FindShortestPathAsync_workBound_givesUpOrFindsTheShortestNeverALongerPath(int seed)
    {
        var random = new Random(seed);
        var kinds = new[] { NodeKind.Person, NodeKind.Meeting, NodeKind.Country };
        var nodes = Enumerable.Range(0, 80)
            .Select(i => new GraphNode($"n:{i:D2}", kinds[random.Next(kinds.Length)], new Names($"N {i}", null), []))
            .ToList();
        var edges = new List<GraphEdge>();
        // Sparse, with two big hubs: a search that reads a hub whole reads most of the graph.
        for (var i = 0; i < 90; i++) edges.Add(BoundEdge(nodes[random.Next(80)].Id, nodes[random.Next(80)].Id, edges.Count));
        for (var hub = 0; hub < 2; hub++)
            for (var i = 0; i < 40; i++) edges.Add(BoundEdge(nodes[hub].Id, nodes[random.Next(80)].Id, edges.Count));
        await Store.WriteAsync(new GraphBatch(nodes, edges), Ct);
        var kindOf = nodes.ToDictionary(n => n.Id, n => n.Kind);

        for (var t = 0; t < 30; t++)
        {
            var from = nodes[random.Next(80)].Id;
            var to = nodes[random.Next(80)].Id;
            IReadOnlyList<NodeKind>? via = t % 3 == 0 ? [NodeKind.Person, NodeKind.Meeting] : null;
            var maxHops = 2 + random.Next(5);
            var expected = ReferenceDistance(edges, kindOf, from, to, via, maxHops);
            foreach (var bound in new long?[] { 1, 10, 40, 200, null })
            {
                var path = await Store.FindShortestPathAsync(new PathQuery(from, to, maxHops, via) { MaxEdgesRead = bound }, Ct);
                if (path is { Truncated: true })
                {
                    // Gave up: says so, with nothing that could pass for a path. Without a bound a store never gives up.
                    Assert.NotNull(bound);
                    Assert.Empty(path.Nodes);
                    Assert.Empty(path.Edges);
                    continue;
                }
                Assert.Equal(expected, path?.Edges.Count);
                if (path is null) continue;
                AssertPath(path);
                Assert.Equal(from, path.Nodes[0].Id);
                Assert.Equal(to, path.Nodes[^1].Id);
                if (via is not null) Assert.All(path.Nodes.Skip(1).SkipLast(1), n => Assert.Contains(n.Kind, via));
            }
        }

        static GraphEdge BoundEdge(string a, string b, int i) =>
            new($"edge:b{i:D3}", RelationshipTypes.Supports, a, b) { Sources = [TestGraphBuilder.Source("article:b")] };
    }

    /// <summary>Plain breadth-first search over all edges, both directions; null when farther than maxHops.</summary>
    private static int? ReferenceDistance(List<GraphEdge> edges, Dictionary<string, NodeKind> kindOf, string from, string to, IReadOnlyList<NodeKind>? via, int maxHops)
    {
        var distance = new Dictionary<string, int> { [from] = 0 };
        var queue = new Queue<string>([from]);
        while (queue.Count > 0)
        {
            var n = queue.Dequeue();
            if (n == to) return distance[n];
            if (distance[n] == maxHops) continue;
            // Only the start and allowed kinds may be passed through.
            if (n != from && via is not null && !via.Contains(kindOf[n])) continue;
            foreach (var e in edges)
            {
                var other = e.From == n ? e.To : e.To == n ? e.From : null;
                if (other is null || distance.ContainsKey(other)) continue;
                distance[other] = distance[n] + 1;
                queue.Enqueue(other);
            }
        }
        return null;
    }
}
