using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;
using DiplomacyGraph.Storage.Sqlite;

namespace DiplomacyGraph.Storage.Tests.Sqlite;

/// <summary>
/// The embedded store's path search bounds its work: it gives up (Truncated) when telling the shortest path would read
/// more relationships than <see cref="PathQuery.MaxEdgesRead"/>, and answers exactly when it can within the bound.
/// </summary>
public sealed class SqlitePathBoundTests : IAsyncLifetime
{
    private const int Spokes = 300;
    private readonly TempDatabase _db = new();
    private SqliteGraphStore _store = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _store = new SqliteGraphStore(_db.Path);
        await _store.InitializeAsync(Ct);
        // a - hubA - (300 spokes) ... spoke 299 - hubB - b: the only path runs through both hubs, so finding it reads
        // a whole hub; c - a is a short path that needs no hub.
        var nodes = new List<GraphNode> { Node("a"), Node("b"), Node("c"), Node("hubA"), Node("hubB") };
        var edges = new List<GraphEdge> { Edge("a", "hubA"), Edge("hubB", "b"), Edge("c", "a") };
        for (var i = 0; i < Spokes; i++)
        {
            nodes.Add(Node($"s{i:D3}"));
            edges.Add(Edge("hubA", $"s{i:D3}"));
        }
        edges.Add(Edge($"s{Spokes - 1:D3}", "hubB"));
        for (var i = 0; i < Spokes; i++)
        {
            nodes.Add(Node($"t{i:D3}"));
            edges.Add(Edge("hubB", $"t{i:D3}"));
        }
        await _store.WriteAsync(new GraphBatch(nodes, edges), Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        _db.Dispose();
    }

    [Fact]
    public async Task FindShortestPathAsync_boundBelowTheHubs_givesUpAndSaysSo()
    {
        var path = await _store.FindShortestPathAsync(new PathQuery("n:a", "n:b") { MaxEdgesRead = 100 }, Ct);
        Assert.NotNull(path);
        Assert.True(path.Truncated);
        Assert.Empty(path.Nodes);
        Assert.Empty(path.Edges);
    }

    [Fact]
    public async Task FindShortestPathAsync_boundAboveTheHubs_findsTheShortestPath()
    {
        var path = await _store.FindShortestPathAsync(new PathQuery("n:a", "n:b") { MaxEdgesRead = 10_000 }, Ct);
        Assert.NotNull(path);
        Assert.False(path.Truncated);
        Assert.Equal(["n:a", "n:hubA", $"n:s{Spokes - 1:D3}", "n:hubB", "n:b"], path.Nodes.Select(n => n.Id));
    }

    [Fact]
    public async Task FindShortestPathAsync_shortPathWithinTheBound_isFoundWithoutReadingHubs()
    {
        var path = await _store.FindShortestPathAsync(new PathQuery("n:c", "n:a") { MaxEdgesRead = 10 }, Ct);
        Assert.NotNull(path);
        Assert.Equal(["n:c", "n:a"], path.Nodes.Select(n => n.Id));
    }

    private static GraphNode Node(string name) => new($"n:{name}", NodeKind.Person, new Names(name, null), []);

    private static GraphEdge Edge(string from, string to) =>
        new($"edge:{from}-{to}", RelationshipTypes.Supports, $"n:{from}", $"n:{to}");
}
