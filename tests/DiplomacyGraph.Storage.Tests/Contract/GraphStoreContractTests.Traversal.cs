using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;

namespace DiplomacyGraph.Storage.Tests.Contract;

public abstract partial class GraphStoreContractTests
{
    [Fact]
    public async Task GetEdgesAsync_directionAndTypes_selectEdges()
    {
        var g = await SeedMeetingsAsync();
        var outgoing = await Store.GetEdgesAsync(new EdgeQuery([g.A], EdgeDirection.Outgoing), Ct);
        Assert.Equal(6, outgoing.Count);
        Assert.All(outgoing, e => Assert.Equal(g.A, e.From));
        var incoming = await Store.GetEdgesAsync(new EdgeQuery([g.M4], EdgeDirection.Incoming), Ct);
        Assert.Equal(3, incoming.Count);
        Assert.All(incoming, e => Assert.Equal(RelationshipTypes.ParticipatedIn, e.Type));
        var offices = await Store.GetEdgesAsync(new EdgeQuery([g.A, g.B], EdgeDirection.Both, [RelationshipTypes.HoldsOffice]), Ct);
        Assert.Equal(g.Cn, Assert.Single(offices).To);
        // An edge between two queried nodes comes once.
        var between = await Store.GetEdgesAsync(new EdgeQuery([g.A, g.M1]), Ct);
        Assert.Equal(between.Select(e => e.Id).Distinct().Count(), between.Count);
        Assert.Equal(between.Select(e => e.Id).Order(StringComparer.Ordinal), between.Select(e => e.Id));
        Assert.Empty(await Store.GetEdgesAsync(new EdgeQuery(["person:nobody"]), Ct));
    }

    [Fact]
    public async Task GetNeighborhoodAsync_depthOne_returnsDirectNeighboursBothWays()
    {
        var g = await SeedMeetingsAsync();
        var sub = await Store.GetNeighborhoodAsync(new NeighborhoodQuery(g.Beijing), Ct);
        Assert.Equal(g.Beijing, sub.Nodes[0].Id);
        Assert.Equal([g.Beijing, g.Cn, g.M1, g.M4], [sub.Nodes[0].Id, .. sub.Nodes.Skip(1).Select(n => n.Id).Order(StringComparer.Ordinal)]);
        Assert.Equal(3, sub.Edges.Count);
        Assert.False(sub.Truncated);
        AssertClosed(sub);
    }

    [Fact]
    public async Task GetNeighborhoodAsync_depthTwoWithFilters_followsOnlyAllowedKindsAndTypes()
    {
        var g = await SeedMeetingsAsync();
        var persons = await Store.GetNeighborhoodAsync(new NeighborhoodQuery(g.A, 2, [NodeKind.Meeting, NodeKind.Person], [RelationshipTypes.ParticipatedIn]), Ct);
        Assert.Equal(new[] { g.A, g.B, g.C, g.D, g.M1, g.M2, g.M3, g.M4, g.M5 }.Order(StringComparer.Ordinal), persons.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal));
        Assert.All(persons.Edges, e => Assert.Equal(RelationshipTypes.ParticipatedIn, e.Type));
        // Depth 2 from A reaches B, C, D through meetings; A's own 5 + (m1 B, m2 C, m3 B, m4 B C, m5 D) = 11 edges.
        Assert.Equal(11, persons.Edges.Count);
        AssertClosed(persons);

        var depth0 = await Store.GetNeighborhoodAsync(new NeighborhoodQuery(g.A, 0), Ct);
        Assert.Equal([g.A], depth0.Nodes.Select(n => n.Id));
        Assert.Empty(depth0.Edges);
    }

    [Fact]
    public async Task GetNeighborhoodAsync_limit_cutsAndSaysSo()
    {
        var g = await SeedMeetingsAsync();
        var sub = await Store.GetNeighborhoodAsync(new NeighborhoodQuery(g.A, 3, Limit: 4), Ct);
        Assert.Equal(4, sub.Nodes.Count);
        Assert.Equal(g.A, sub.Nodes[0].Id);
        Assert.True(sub.Truncated);
        AssertClosed(sub);
        var whole = await Store.GetNeighborhoodAsync(new NeighborhoodQuery(g.A, 3), Ct);
        Assert.False(whole.Truncated);
        Assert.True(whole.Nodes.Count > 10);
    }

    [Fact]
    public async Task GetNeighborhoodAsync_badArgumentsOrUnknownNode_areHandled()
    {
        var g = await SeedMeetingsAsync();
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.GetNeighborhoodAsync(new NeighborhoodQuery(g.A, 4), Ct));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.GetNeighborhoodAsync(new NeighborhoodQuery(g.A, 1, Limit: 0), Ct));
        var none = await Store.GetNeighborhoodAsync(new NeighborhoodQuery("person:nobody"), Ct);
        Assert.Empty(none.Nodes);
    }

    [Fact]
    public async Task FindShortestPathAsync_shortcutAndViaFilter_chooseTheRightPath()
    {
        var b = new TestGraphBuilder();
        var p1 = b.Person("P One");
        var p2 = b.Person("P Two");
        var p3 = b.Person("P Three");
        var country = b.Country("KZ", "Kazakhstan");
        b.Article("a");
        var m1 = b.Meeting(new DateOnly(2020, 1, 1), [p1, p2], []);
        var m2 = b.Meeting(new DateOnly(2020, 1, 2), [p2, p3], []);
        b.Edge(RelationshipTypes.HoldsOffice, p1, country, "Minister");
        b.Edge(RelationshipTypes.HoldsOffice, p3, country, "Minister");
        await Store.WriteAsync(b.Build(), Ct);

        var shortest = await Store.FindShortestPathAsync(new PathQuery(p1, p3), Ct);
        Assert.NotNull(shortest);
        Assert.Equal([p1, country, p3], shortest.Nodes.Select(n => n.Id));
        AssertPath(shortest);

        var viaMeetings = await Store.FindShortestPathAsync(new PathQuery(p1, p3, Via: [NodeKind.Meeting, NodeKind.Person]), Ct);
        Assert.NotNull(viaMeetings);
        Assert.Equal([p1, m1, p2, m2, p3], viaMeetings.Nodes.Select(n => n.Id));
        AssertPath(viaMeetings);

        Assert.Null(await Store.FindShortestPathAsync(new PathQuery(p1, p3, MaxHops: 3, Via: [NodeKind.Meeting, NodeKind.Person]), Ct));
    }

    [Fact]
    public async Task FindShortestPathAsync_noPathSameNodeOrBadHops_areHandled()
    {
        var g = await SeedMeetingsAsync();
        var island = new GraphNode("person:island", NodeKind.Person, new Names("Island", null), []);
        await Store.WriteAsync(new GraphBatch([island], []), Ct);

        Assert.Null(await Store.FindShortestPathAsync(new PathQuery(g.A, island.Id), Ct));
        Assert.Null(await Store.FindShortestPathAsync(new PathQuery(g.A, "person:nobody"), Ct));
        var self = await Store.FindShortestPathAsync(new PathQuery(g.A, g.A), Ct);
        Assert.Equal([g.A], self!.Nodes.Select(n => n.Id));
        Assert.Empty(self.Edges);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.FindShortestPathAsync(new PathQuery(g.A, g.B, MaxHops: 7), Ct));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.FindShortestPathAsync(new PathQuery(g.A, g.B, MaxHops: 0), Ct));

        // D (Putin) and C (Sisi) never met; the shortest person-and-meeting chain goes through A.
        var path = await Store.FindShortestPathAsync(new PathQuery(g.D, g.C, Via: [NodeKind.Person, NodeKind.Meeting]), Ct);
        Assert.NotNull(path);
        Assert.Equal(4, path.Edges.Count);
        Assert.Equal(g.A, path.Nodes[2].Id);
        AssertPath(path);
    }

    /// <summary>Every edge's ends are among the nodes.</summary>
    private static void AssertClosed(Subgraph sub)
    {
        var ids = sub.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(ids.Count, sub.Nodes.Count);
        Assert.All(sub.Edges, e => Assert.True(ids.Contains(e.From) && ids.Contains(e.To), $"edge {e.Id} leaves the subgraph"));
    }

    /// <summary>Edge i joins node i and node i+1, in either direction.</summary>
    private static void AssertPath(Subgraph path)
    {
        Assert.Equal(path.Nodes.Count - 1, path.Edges.Count);
        for (var i = 0; i < path.Edges.Count; i++)
        {
            var ends = new[] { path.Edges[i].From, path.Edges[i].To }.Order(StringComparer.Ordinal);
            Assert.Equal(new[] { path.Nodes[i].Id, path.Nodes[i + 1].Id }.Order(StringComparer.Ordinal), ends);
        }
    }
}
