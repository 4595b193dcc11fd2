using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;

namespace DiplomacyGraph.Storage.Tests.Contract;

public abstract partial class GraphStoreContractTests
{
    [Theory]
    [InlineData(EdgeDirection.Outgoing)]
    [InlineData(EdgeDirection.Incoming)]
    [InlineData(EdgeDirection.Both)]
    public async Task GetEdgesAsync_withoutSources_returnsTheSameEdgesWithNoSources(EdgeDirection direction)
    {
        var g = await SeedMeetingsAsync();
        foreach (var types in new IReadOnlyList<string>?[] { null, [RelationshipTypes.ParticipatedIn], [RelationshipTypes.HoldsOffice, RelationshipTypes.HeldIn] })
        {
            var query = new EdgeQuery([g.A, g.B, g.M1, g.M4, g.Cn, g.Beijing], direction, types);
            var full = await Store.GetEdgesAsync(query, Ct);
            var bare = await Store.GetEdgesAsync(query with { WithSources = false }, Ct);

            Assert.NotEmpty(full);
            Assert.Contains(full, e => e.Sources.Count > 0);
            Assert.All(bare, e => Assert.Empty(e.Sources));
            Assert.Equal(full.Select(Shape), bare.Select(Shape));
        }
    }

    [Fact]
    public async Task GetEdgesAsync_sourcesByDefault_areLoaded()
    {
        var g = await SeedMeetingsAsync();
        Assert.True(new EdgeQuery([g.A]).WithSources);
        var edges = await Store.GetEdgesAsync(new EdgeQuery([g.M1], EdgeDirection.Incoming, [RelationshipTypes.ParticipatedIn]), Ct);
        Assert.All(edges, e => Assert.NotEmpty(e.Sources));
    }

    [Fact]
    public async Task GetNeighborhoodAsync_withoutSources_returnsTheSameSubgraphWithNoSources()
    {
        var g = await SeedMeetingsAsync();
        var query = new NeighborhoodQuery(g.A, 2);
        var full = await Store.GetNeighborhoodAsync(query, Ct);
        var bare = await Store.GetNeighborhoodAsync(query with { WithSources = false }, Ct);

        Assert.Contains(full.Edges, e => e.Sources.Count > 0);
        Assert.All(bare.Edges, e => Assert.Empty(e.Sources));
        Assert.Equal(full.Nodes.Select(n => n.Id), bare.Nodes.Select(n => n.Id));
        Assert.Equal(full.Edges.Select(Shape), bare.Edges.Select(Shape));
        Assert.Equal(full.Truncated, bare.Truncated);
    }

    [Fact]
    public async Task FindShortestPathAsync_withoutSources_returnsTheSamePathWithNoSources()
    {
        var g = await SeedMeetingsAsync();
        var query = new PathQuery(g.D, g.C, Via: [NodeKind.Person, NodeKind.Meeting]);
        var full = await Store.FindShortestPathAsync(query, Ct);
        var bare = await Store.FindShortestPathAsync(query with { WithSources = false }, Ct);

        Assert.NotNull(full);
        Assert.NotNull(bare);
        Assert.All(full.Edges, e => Assert.NotEmpty(e.Sources));
        Assert.All(bare.Edges, e => Assert.Empty(e.Sources));
        Assert.Equal(full.Nodes.Select(n => n.Id), bare.Nodes.Select(n => n.Id));
        Assert.Equal(full.Edges.Select(Shape), bare.Edges.Select(Shape));
    }

    /// <summary>An edge without its sources, comparable by value.</summary>
    private static string Shape(GraphEdge e) =>
        $"{e.Id}|{e.Type}|{e.From}|{e.To}|{string.Join(",", e.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value))}";
}
