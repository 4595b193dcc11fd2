using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;

namespace DiplomacyGraph.Storage.Tests.Contract;

public abstract partial class GraphStoreContractTests
{
    [Fact]
    public async Task WriteAsync_newBatch_reportsEverythingCreated()
    {
        var g = new MeetingGraph();
        var result = await Store.WriteAsync(g.Batch, Ct);
        Assert.Equal(new WriteResult(g.Batch.Nodes.Count, 0, g.Batch.Edges.Count, 0), result);
    }

    [Fact]
    public async Task WriteAsync_sameBatchTwice_changesNothing()
    {
        var g = new MeetingGraph();
        await Store.WriteAsync(g.Batch, Ct);
        var before = await SnapshotAsync();
        var statsBefore = await Store.GetStatsAsync(Ct);

        var second = await Store.WriteAsync(g.Batch, Ct);

        Assert.Equal(0, second.NodesCreated);
        Assert.Equal(0, second.EdgesCreated);
        Assert.Equal(g.Batch.Nodes.Count, second.NodesMerged);
        Assert.Equal(statsBefore.Nodes, (await Store.GetStatsAsync(Ct)).Nodes);
        Assert.Equal(statsBefore.Edges, (await Store.GetStatsAsync(Ct)).Edges);
        AssertSameGraph(before, await SnapshotAsync());
        Assert.Equal(3, (await Store.FindMeetingsAsync(new MeetingQuery([g.A, g.B]), Ct)).TotalCount);
    }

    [Fact]
    public async Task WriteAsync_emptyBatch_returnsNone()
    {
        Assert.Equal(WriteResult.None, await Store.WriteAsync(GraphBatch.Empty, Ct));
        Assert.Equal(0, (await Store.GetStatsAsync(Ct)).Nodes);
    }

    [Fact]
    public async Task WriteAsync_nodeWrittenAgain_mergesNamesAliasesCountriesAndProperties()
    {
        const string id = "person:someone";
        var first = new GraphNode(id, NodeKind.Person, new Names("Baqytzhan Sagyntaev", "ساجينتاييف", EnIsMachineMade: true), ["ساجينتاييف", "B. Sagintayev"])
        {
            Properties = new Dictionary<string, string> { ["source"] = "first", ["a"] = "1" },
        };
        var second = new GraphNode(id, NodeKind.Person, new Names("Bakytzhan Sagintayev", "باكيتجان ساجينتاييف"), ["B. Sagintayev", "Sagintayev"])
        {
            Properties = new Dictionary<string, string> { ["source"] = "second", ["b"] = "2" },
        };
        await Store.WriteAsync(new GraphBatch([first], []), Ct);
        var result = await Store.WriteAsync(new GraphBatch([second], []), Ct);

        Assert.Equal(new WriteResult(0, 1, 0, 0), result);
        var node = (await Store.GetNodesAsync([id], Ct))[id];
        // A curated English name beats a machine-made one; the first Arabic name stays.
        Assert.Equal(new Names("Bakytzhan Sagintayev", "ساجينتاييف", false), node.Names);
        // Losing names are kept as aliases; no alias repeats a name.
        Assert.Equal(["B. Sagintayev", "Sagintayev", "Baqytzhan Sagyntaev", "باكيتجان ساجينتاييف"], node.Aliases);
        Assert.Equal("first", node.Properties["source"]);
        Assert.Equal("1", node.Properties["a"]);
        Assert.Equal("2", node.Properties["b"]);
    }

    [Fact]
    public async Task WriteAsync_meetingWrittenAgain_unionsCountriesAndFillsMissingDate()
    {
        var b = new TestGraphBuilder();
        var a = b.Person("A Person");
        var c = b.Person("C Person");
        var m = b.Meeting(null, [a, c], ["CN"]);
        await Store.WriteAsync(b.Build(), Ct);
        var again = new GraphNode(m, NodeKind.Meeting, Names.Empty, []) { Countries = ["KZ", "CN"], Date = new DateOnly(2021, 2, 3) };

        await Store.WriteAsync(new GraphBatch([again], []), Ct);

        var node = (await Store.GetNodesAsync([m], Ct))[m];
        Assert.Equal(["CN", "KZ"], node.Countries);
        Assert.Equal(new DateOnly(2021, 2, 3), node.Date);
        var page = await Store.FindMeetingsAsync(new MeetingQuery([a], ["KZ"], From: new DateOnly(2021, 1, 1)), Ct);
        Assert.Equal([m], page.Meetings.Select(x => x.Id));
        var counterpart = Assert.Single(await Store.GetCounterpartsAsync(new CounterpartQuery(a, From: new DateOnly(2021, 1, 1)), Ct));
        Assert.Equal(new DateOnly(2021, 2, 3), counterpart.LastMet);
    }

    [Fact]
    public async Task WriteAsync_edgeWrittenAgain_unionsSourcesByArticleAndOffsets()
    {
        var b = new TestGraphBuilder();
        var x = b.Entity(NodeKind.Initiative, "Silk Road Economic Belt");
        var y = b.Entity(NodeKind.Initiative, "Nurly Zhol");
        await Store.WriteAsync(b.Build(), Ct);
        var id = NodeIds.Edge(RelationshipTypes.AlignedWith, x, y);
        GraphEdge Edge(string from, string to, string kind, params EdgeSource[] sources) => new(id, RelationshipTypes.AlignedWith, from, to)
        {
            Properties = new Dictionary<string, string> { ["kind"] = kind },
            Sources = sources,
        };
        var s1 = TestGraphBuilder.Source("article:b", 5, 9);
        var s2 = TestGraphBuilder.Source("article:a", 1, 4);
        var s2Again = s2 with { Evidence = "other text, same place" };
        var s3 = TestGraphBuilder.Source("article:a", 1, 5);

        Assert.Equal(new WriteResult(0, 0, 1, 0), await Store.WriteAsync(new GraphBatch([], [Edge(x, y, "first", s1, s2)]), Ct));
        // A symmetric relation written from the other end is the same edge.
        Assert.Equal(new WriteResult(0, 0, 0, 1), await Store.WriteAsync(new GraphBatch([], [Edge(y, x, "second", s2Again, s3)]), Ct));

        var edge = Assert.Single(await Store.GetEdgesAsync(new EdgeQuery([x]), Ct));
        Assert.Equal((x, y), (edge.From, edge.To));
        Assert.Equal("first", edge.Properties["kind"]);
        Assert.Equal([s2, s3, s1], edge.Sources);
    }

    [Fact]
    public async Task WriteAsync_edgeToMissingNodeInMiddleOfBatch_writesNothing()
    {
        var g = await SeedMeetingsAsync();
        var before = await SnapshotAsync();
        var statsBefore = await Store.GetStatsAsync(Ct);
        var b = new TestGraphBuilder();
        var fresh = Enumerable.Range(0, 20).Select(i => b.Person($"New Person {i}")).ToList();
        b.Edge(RelationshipTypes.HoldsOffice, fresh[0], g.Cn, "Minister");
        b.Edge(RelationshipTypes.ConveyedGreetings, fresh[5], "person:does-not-exist");
        b.Edge(RelationshipTypes.HoldsOffice, fresh[19], g.Kz, "Minister");
        var batch = b.Build();
        // Also merge into an existing node, which must be undone too.
        batch = batch with { Nodes = [.. batch.Nodes, new GraphNode(g.A, NodeKind.Person, new Names(null, null), ["Xi Dada"])] };

        var ex = await Assert.ThrowsAsync<InvalidGraphBatchException>(() => Store.WriteAsync(batch, Ct));

        Assert.Contains("person:does-not-exist", ex.Message, StringComparison.Ordinal);
        AssertSameGraph(before, await SnapshotAsync());
        var statsAfter = await Store.GetStatsAsync(Ct);
        Assert.Equal((statsBefore.Nodes, statsBefore.Edges), (statsAfter.Nodes, statsAfter.Edges));
        Assert.Empty(await Store.GetNodesAsync(fresh, Ct));
        Assert.Empty(await Store.SearchAsync(new SearchQuery("Xi Dada"), Ct));
        // The store still takes writes afterwards.
        Assert.Equal(20, (await Store.WriteAsync(batch with { Edges = [batch.Edges[0]] }, Ct)).NodesCreated);
    }

    [Fact]
    public async Task WriteAsync_nodeIdStoredWithAnotherKind_rollsBackWholeBatch()
    {
        var g = await SeedMeetingsAsync();
        var before = await SnapshotAsync();
        var batch = new GraphBatch(
            [new GraphNode("place:somewhere", NodeKind.Place, new Names("Somewhere", null), []), new GraphNode(g.A, NodeKind.Country, new Names("Xi", null), [])],
            []);
        await Assert.ThrowsAsync<InvalidGraphBatchException>(() => Store.WriteAsync(batch, Ct));
        AssertSameGraph(before, await SnapshotAsync());
    }

    [Fact]
    public async Task WriteAsync_edgeIdStoredWithOtherEnds_isRejected()
    {
        var g = await SeedMeetingsAsync();
        var office = g.Batch.Edges.First(e => e.Type == RelationshipTypes.HoldsOffice);
        var before = await SnapshotAsync();
        await Assert.ThrowsAsync<InvalidGraphBatchException>(() => Store.WriteAsync(new GraphBatch([], [office with { To = g.Kz }]), Ct));
        AssertSameGraph(before, await SnapshotAsync());
    }

    public static TheoryData<string> InvalidBatches => ["empty node id", "empty edge id", "lower-case type", "type with space", "negative offset", "null alias", "kind clash in batch"];

    [Theory]
    [MemberData(nameof(InvalidBatches))]
    public async Task WriteAsync_invalidBatch_isRejectedAndWritesNothing(string problem)
    {
        var ok = new GraphNode("person:ok", NodeKind.Person, new Names("Ok", null), []);
        var other = new GraphNode("person:other", NodeKind.Person, new Names("Other", null), []);
        var edge = new GraphEdge("edge:1", RelationshipTypes.ConveyedGreetings, ok.Id, other.Id) { Sources = [TestGraphBuilder.Source("article:x")] };
        GraphBatch batch = problem switch
        {
            "empty node id" => new([ok, other, ok with { Id = " " }], []),
            "empty edge id" => new([ok, other], [edge with { Id = "" }]),
            "lower-case type" => new([ok, other], [edge with { Type = "met" }]),
            "type with space" => new([ok, other], [edge with { Type = "MET WITH" }]),
            "negative offset" => new([ok, other], [edge with { Sources = [TestGraphBuilder.Source("article:x", -1, 3)] }]),
            "null alias" => new([ok with { Aliases = [null!] }, other], []),
            _ => new([ok, other, ok with { Kind = NodeKind.Place }], []),
        };
        await Assert.ThrowsAsync<InvalidGraphBatchException>(() => Store.WriteAsync(batch, Ct));
        Assert.Equal(0, (await Store.GetStatsAsync(Ct)).Nodes);
    }

    [Fact]
    public async Task WriteAsync_sameIdsTwiceInOneBatch_mergeAndCountOnce()
    {
        var n1 = new GraphNode("person:dup", NodeKind.Person, new Names("Dup", null), ["D1"]);
        var n2 = new GraphNode("person:dup", NodeKind.Person, new Names(null, "دوب"), ["D2"]);
        var other = new GraphNode("person:other", NodeKind.Person, new Names("Other", null), []);
        var e1 = new GraphEdge("edge:dup", RelationshipTypes.ConveyedGreetings, n1.Id, other.Id) { Sources = [TestGraphBuilder.Source("article:1")] };
        var e2 = e1 with { Sources = [TestGraphBuilder.Source("article:2")] };

        var result = await Store.WriteAsync(new GraphBatch([n1, other, n2], [e1, e2]), Ct);

        Assert.Equal(new WriteResult(2, 0, 1, 0), result);
        var node = (await Store.GetNodesAsync([n1.Id], Ct))[n1.Id];
        Assert.Equal(new Names("Dup", "دوب"), node.Names);
        Assert.Equal(["D1", "D2"], node.Aliases);
        Assert.Equal(2, Assert.Single(await Store.GetEdgesAsync(new EdgeQuery([n1.Id]), Ct)).Sources.Count);
    }

    [Fact]
    public async Task WriteAsync_concurrentWritersAndReaders_allBatchesLand()
    {
        var g = await SeedMeetingsAsync();
        var writers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 5; i++)
            {
                var id = $"person:w{w}-{i}";
                var node = new GraphNode(id, NodeKind.Person, new Names($"Writer {w} {i}", null), []);
                var edge = new GraphEdge(NodeIds.Edge(RelationshipTypes.HoldsOffice, id, g.Cn, "Minister"), RelationshipTypes.HoldsOffice, id, g.Cn)
                {
                    Sources = [TestGraphBuilder.Source("article:w")],
                };
                await Store.WriteAsync(new GraphBatch([node], [edge]), Ct);
            }
        }, Ct));
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++)
                Assert.Equal(3, (await Store.FindMeetingsAsync(new MeetingQuery([g.A, g.B]), Ct)).TotalCount);
        }, Ct));
        await Task.WhenAll(writers.Concat(readers));
        Assert.Equal(44, (await Store.GetStatsAsync(Ct)).Count(NodeKind.Person));
        Assert.Equal(41, (await Store.GetEdgesAsync(new EdgeQuery([g.Cn], EdgeDirection.Incoming, [RelationshipTypes.HoldsOffice]), Ct)).Count);
    }
}
