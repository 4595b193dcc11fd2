using DiplomacyGraph.Api.Tests.Infrastructure;

namespace DiplomacyGraph.Api.Tests.GraphQL;

/// <summary>Neighbourhood and shortest path.</summary>
public sealed class TraversalTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Neighborhood_ofFoundingMeeting_hasParticipantsPlaceAndSourcedEdges()
    {
        var r = (await api.Client.GraphQLAsync($$"""
            { neighborhood(id: "{{TestGraph.FoundingMeeting}}", depth: 1) { truncated nodes { id kind } edges { type fromId toId sources { url file lang evidence } } } }
            """)).AssertOk();

        var n = r.Data.GetProperty("neighborhood");
        var ids = n.GetProperty("nodes").EnumerateArray().Select(x => x.GetProperty("id").GetString()).ToHashSet();
        Assert.Contains(TestGraph.Xi, ids);
        Assert.Contains(TestGraph.Sagintayev, ids);
        Assert.Contains(TestGraph.Beijing, ids);
        Assert.All(n.GetProperty("edges").EnumerateArray(), e => Assert.NotEqual(0, e.GetProperty("sources").GetArrayLength()));
        Assert.Contains(n.GetProperty("edges").EnumerateArray(), e => e.GetProperty("type").GetString() == "HELD_IN" && e.GetProperty("toId").GetString() == TestGraph.Beijing);
    }

    [Fact]
    public async Task Neighborhood_restrictedToPersonsAndParticipation_returnsOnlyThose()
    {
        var r = (await api.Client.GraphQLAsync("""
            { neighborhood(id: "Bakytzhan Sagintayev", depth: 2, kinds: [PERSON, MEETING], relationshipTypes: ["PARTICIPATED_IN"]) { nodes { kind } edges { type } } }
            """)).AssertOk();

        var n = r.Data.GetProperty("neighborhood");
        Assert.All(n.GetProperty("nodes").EnumerateArray(), x => Assert.Contains(x.GetProperty("kind").GetString(), new[] { "Person", "Meeting" }));
        Assert.All(n.GetProperty("edges").EnumerateArray(), e => Assert.Equal("PARTICIPATED_IN", e.GetProperty("type").GetString()));
        Assert.Contains(n.GetProperty("nodes").EnumerateArray(), x => x.GetProperty("kind").GetString() == "Person");
    }

    [Fact]
    public async Task Neighborhood_depthAboveThree_isInvalidArgument()
    {
        var r = await api.Client.GraphQLAsync("{ neighborhood(id: \"Xi Jinping\", depth: 4) { truncated } }");

        Assert.Equal("INVALID_ARGUMENT", r.FirstErrorCode);
        Assert.Contains("depth", r.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShortestPath_NazarbayevToSisi_isOrderedChain()
    {
        var r = (await api.Client.GraphQLAsync("""
            { shortestPath(from: "Nursultan Nazarbayev", to: "عبد الفتاح السيسي", maxHops: 6) { length nodes { id } edges { type fromId toId sources { file } } } }
            """)).AssertOk();

        var p = r.Data.GetProperty("shortestPath");
        var nodes = p.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();
        var edges = p.GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(TestGraph.Nazarbayev, nodes[0]);
        Assert.Equal(TestGraph.Sisi, nodes[^1]);
        Assert.Equal(nodes.Count - 1, edges.Count);
        Assert.Equal(edges.Count, p.GetProperty("length").GetInt32());
        for (var i = 0; i < edges.Count; i++)
        {
            var ends = new[] { edges[i].GetProperty("fromId").GetString(), edges[i].GetProperty("toId").GetString() };
            Assert.Contains(nodes[i], ends);
            Assert.Contains(nodes[i + 1], ends);
        }
    }

    [Fact]
    public async Task ShortestPath_tooFewHops_isNull_andTooManyHops_isError()
    {
        var none = (await api.Client.GraphQLAsync("{ shortestPath(from: \"Nursultan Nazarbayev\", to: \"Abdel Fattah el-Sisi\", maxHops: 1) { length } }")).AssertOk();
        var bad = await api.Client.GraphQLAsync("{ shortestPath(from: \"Nursultan Nazarbayev\", to: \"Abdel Fattah el-Sisi\", maxHops: 7) { length } }");

        Assert.Equal(System.Text.Json.JsonValueKind.Null, none.Data.GetProperty("shortestPath").ValueKind);
        Assert.Equal("INVALID_ARGUMENT", bad.FirstErrorCode);
    }
}
