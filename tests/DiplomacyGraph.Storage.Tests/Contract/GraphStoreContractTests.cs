using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;

namespace DiplomacyGraph.Storage.Tests.Contract;

/// <summary>
/// The behaviour every <see cref="IGraphStore"/> must show. Subclass once per store and implement
/// <see cref="CreateStoreAsync"/>; a store that must diverge overrides one test and says why.
/// </summary>
/// <remarks>
/// Semantics decided here (beyond the interface's XML docs), which every store must match:
/// <list type="bullet">
/// <item>Writes: <see cref="GraphBatchValidator"/> runs first; an invalid batch, a node id already stored with another kind,
/// an edge id already stored with another type or other ends (symmetric types: either order), or an edge end present
/// neither in the store nor in the batch throws <see cref="InvalidGraphBatchException"/> and writes nothing.
/// Ids repeated inside one batch are merged in batch order and counted once.
/// <see cref="WriteResult"/> counts distinct ids: Created = not stored before, Merged = stored before (changed or not).</item>
/// <item>Node merge = <see cref="GraphMerge.Node"/>: a name that loses <see cref="Names.MergeWith"/> becomes an alias;
/// stored aliases never repeat a name. Edge merge = <see cref="GraphMerge.Edge"/>.</item>
/// <item>Edge sources are returned ordered by (ArticleId ordinal, Start, End).</item>
/// <item>Search: folded with NameKey; tiers exact name 1.0 &gt; exact alias (and a country's ISO code) 0.9 &gt; key prefix 0.7 &gt;
/// all query tokens among the name tokens 0.5 &gt; phonetic skeleton (≥ 3 consonant classes, whole name or one token) 0.3;
/// ties by shorter English key, then id. Meeting and Article nodes are found by exact and prefix only. Blank text → empty.</item>
/// <item>Meetings: ISO codes compare case-insensitively. Dated meetings first in the requested date order, ties broken by
/// id in the same direction (DateDescending: id descending); undated meetings last, by id in the same direction.
/// An unknown participant, place or mentioned entity id gives an empty page with TotalCount 0.</item>
/// <item>Counterparts: ranked by meeting count desc, last met desc (undated last), person id asc; MeetingIds in meeting
/// order DateDescending. Country ties the same, by ISO. A date bound excludes undated meetings.</item>
/// <item>Neighborhood: Depth 0..3, Limit ≥ 1 (else ArgumentOutOfRangeException); unknown start → empty subgraph.
/// Nodes in breadth-first order, start first. Edges: every edge (of the allowed types) followed from a node at distance
/// &lt; Depth whose both ends are returned; edges among nodes at exactly Depth are not included. When Limit is reached
/// the result is Truncated.</item>
/// <item>Shortest path: MaxHops 1..6 (else ArgumentOutOfRangeException); edges followed in both directions; Via restricts
/// intermediate nodes only; from == to → one node, no edges; unknown end or no path within MaxHops → null.
/// Edges are returned as stored (not re-oriented along the path).</item>
/// <item>Stats list every <see cref="NodeKind"/>, zero when absent. Scans are in ordinal id order.</item>
/// <item>Negative First/Offset → ArgumentOutOfRangeException; First = 0 → empty list (meetings: count only).</item>
/// </list>
/// </remarks>
public abstract partial class GraphStoreContractTests : IAsyncLifetime
{
    private IGraphStore? _store;

    /// <summary>The store under test, fresh and empty for each test.</summary>
    protected IGraphStore Store => _store ?? throw new InvalidOperationException("store not created");

    /// <summary>Returns a fresh, empty, initialised store. The base class disposes it.</summary>
    protected abstract Task<IGraphStore> CreateStoreAsync();

    /// <summary>Runs after the store is disposed (delete files, stop servers).</summary>
    protected virtual ValueTask CleanupAsync() => ValueTask.CompletedTask;

    public virtual async ValueTask InitializeAsync() => _store = await CreateStoreAsync();

    public virtual async ValueTask DisposeAsync()
    {
        if (_store is not null) await _store.DisposeAsync();
        await CleanupAsync();
        GC.SuppressFinalize(this);
    }

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected async Task<MeetingGraph> SeedMeetingsAsync()
    {
        var g = new MeetingGraph();
        await Store.WriteAsync(g.Batch, Ct);
        return g;
    }

    protected async Task<(List<GraphNode> Nodes, List<GraphEdge> Edges)> SnapshotAsync()
    {
        var nodes = new List<GraphNode>();
        await foreach (var n in Store.ScanNodesAsync(Ct)) nodes.Add(n);
        var edges = new List<GraphEdge>();
        await foreach (var e in Store.ScanEdgesAsync(Ct)) edges.Add(e);
        return (nodes, edges);
    }

    protected static void AssertSameGraph((List<GraphNode> Nodes, List<GraphEdge> Edges) expected, (List<GraphNode> Nodes, List<GraphEdge> Edges) actual)
    {
        Assert.Equal(expected.Nodes.Select(Describe), actual.Nodes.Select(Describe));
        Assert.Equal(expected.Edges.Select(Describe), actual.Edges.Select(Describe));
    }

    protected static string Describe(GraphNode n) =>
        $"{n.Id}|{n.Kind}|{n.Names}|{string.Join(",", n.Aliases)}|{n.Iso}|{n.CountryIso}|{n.Date}|{string.Join(",", n.Countries)}|"
        + string.Join(",", n.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value));

    protected static string Describe(GraphEdge e) =>
        $"{e.Id}|{e.Type}|{e.From}|{e.To}|"
        + string.Join(",", e.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value)) + "|"
        + string.Join(";", e.Sources);

    [Fact]
    public async Task InitializeAsync_calledAgain_keepsDataAndIsReady()
    {
        var g = await SeedMeetingsAsync();
        await Store.InitializeAsync(Ct);
        Assert.True(await Store.IsReadyAsync(Ct));
        Assert.Contains(g.A, (await Store.GetNodesAsync([g.A], Ct)).Keys);
        Assert.False(string.IsNullOrWhiteSpace(Store.Name));
    }

    [Fact]
    public async Task GetStatsAsync_afterWrite_countsNodesByKindAndEdges()
    {
        var empty = await Store.GetStatsAsync(Ct);
        Assert.Equal(0, empty.Nodes);
        Assert.Equal(0, empty.Edges);
        Assert.All(Enum.GetValues<NodeKind>(), k => Assert.Equal(0, empty.Count(k)));

        var g = await SeedMeetingsAsync();
        var stats = await Store.GetStatsAsync(Ct);
        Assert.Equal(4, stats.Count(NodeKind.Person));
        Assert.Equal(4, stats.Count(NodeKind.Country));
        Assert.Equal(6, stats.Count(NodeKind.Meeting));
        Assert.Equal(2, stats.Count(NodeKind.Article));
        Assert.Equal(g.Batch.Nodes.Count, stats.Nodes);
        Assert.Equal(g.Batch.Edges.Select(e => e.Id).Distinct().Count(), stats.Edges);
    }

    [Fact]
    public async Task GetNodesAsync_mixOfKnownAndMissingIds_returnsOnlyKnown()
    {
        var g = await SeedMeetingsAsync();
        var nodes = await Store.GetNodesAsync([g.A, "person:nobody", g.M5, g.A], Ct);
        Assert.Equal(2, nodes.Count);
        Assert.Equal("شي جين بينغ", nodes[g.A].Names.Ar);
        Assert.Equal(["CN", "RU"], nodes[g.M5].Countries);
        Assert.Null(nodes[g.M5].Date);
        Assert.Empty(await Store.GetNodesAsync([], Ct));
    }

    [Fact]
    public async Task ScanNodesAndEdges_afterWrite_streamEverythingInIdOrder()
    {
        var g = await SeedMeetingsAsync();
        var (nodes, edges) = await SnapshotAsync();
        Assert.Equal(g.Batch.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal), nodes.Select(n => n.Id));
        Assert.Equal(g.Batch.Edges.Select(e => e.Id).Distinct().Order(StringComparer.Ordinal), edges.Select(e => e.Id));
        Assert.All(edges, e => Assert.NotEmpty(e.Sources));
        var office = edges.Single(e => e.Type == RelationshipTypes.HoldsOffice);
        Assert.Equal("President", office.Properties["title"]);
    }

    [Fact]
    public async Task ScanNodesAsync_moreNodesThanOnePage_streamsAll()
    {
        var batch = new GraphBatch(
            [.. Enumerable.Range(0, 2503).Select(i => new GraphNode($"person:p{i:D5}", NodeKind.Person, new Names($"P {i}", null), []))], []);
        await Store.WriteAsync(batch, Ct);
        var count = 0;
        string? last = null;
        await foreach (var n in Store.ScanNodesAsync(Ct))
        {
            Assert.True(last is null || string.CompareOrdinal(last, n.Id) < 0);
            last = n.Id;
            count++;
        }
        Assert.Equal(2503, count);
    }
}
