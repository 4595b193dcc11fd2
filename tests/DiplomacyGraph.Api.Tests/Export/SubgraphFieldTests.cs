using DiplomacyGraph.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;

namespace DiplomacyGraph.Api.Tests.Export;

/// <summary>The GraphQL <c>subgraph(selection)</c> field.</summary>
public sealed class SubgraphFieldTests
{
    private static async Task<GraphQLResponse> QueryAsync(string query)
    {
        await using var data = await ExportStore.CreateAsync();
        await using var app = await ExportHost.StartAsync(data.Store);
        using var client = app.GetTestClient();
        return await client.GraphQLAsync(query);
    }

    [Fact]
    public async Task Subgraph_seedInArabic_returnsNeighbourhoodNodesAndEdges()
    {
        var r = (await QueryAsync("""
            { subgraph(selection: { seeds: ["شي جين بينغ"], depth: 1, kinds: [PERSON, MEETING] }) { nodes { id kind } edges { type fromId toId } } }
            """)).AssertOk();

        var s = r.Data.GetProperty("subgraph");
        var ids = s.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToList();
        Assert.Contains(TestGraph.Xi, ids);
        Assert.Contains(TestGraph.FoundingMeeting, ids);
        Assert.All(s.GetProperty("nodes").EnumerateArray(), n => Assert.Contains(n.GetProperty("kind").GetString(), new[] { "Person", "Meeting" }));
        Assert.Contains(s.GetProperty("edges").EnumerateArray(), e => e.GetProperty("type").GetString() == "PARTICIPATED_IN" && e.GetProperty("fromId").GetString() == TestGraph.Xi);
        Assert.All(s.GetProperty("edges").EnumerateArray(), e => Assert.True(ids.Contains(e.GetProperty("fromId").GetString()) && ids.Contains(e.GetProperty("toId").GetString())));
    }

    [Fact]
    public async Task Subgraph_filterByCountryAndDates_returnsTheFoundingMeeting()
    {
        var r = (await QueryAsync("""
            { subgraph(selection: { countries: ["KZ"], from: "2018-11-22", to: "2018-11-22" }) { nodes { id } } }
            """)).AssertOk();

        Assert.Contains(r.Data.GetProperty("subgraph").GetProperty("nodes").EnumerateArray(), n => n.GetProperty("id").GetString() == TestGraph.FoundingMeeting);
    }

    [Fact]
    public async Task Subgraph_depthFive_isAnErrorWithTheExportCode()
    {
        var r = await QueryAsync("""{ subgraph(selection: { seeds: ["Xi Jinping"], depth: 5 }) { nodes { id } } }""");

        Assert.True(r.HasErrors);
        Assert.Equal("EXPORT_DEPTH_OUT_OF_RANGE", r.FirstErrorCode);
    }

    [Fact]
    public async Task Subgraph_unknownSeed_isAnErrorNamingIt()
    {
        var r = await QueryAsync("""{ subgraph(selection: { seeds: ["Nobody Atall"] }) { nodes { id } } }""");

        Assert.Equal("EXPORT_UNKNOWN_SEED", r.FirstErrorCode);
        Assert.Contains("Nobody Atall", r.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
