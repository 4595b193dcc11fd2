using System.Text.Json.Nodes;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;
using DiplomacyGraph.Storage.Neo4j;

namespace DiplomacyGraph.Storage.Tests.Neo4j;

/// <summary>
/// GetEdgesAsync without sources sends the statements that do not return the provenance JSON, and maps their columns
/// to the same edges (the contract suite checks the results against a live server when there is one).
/// </summary>
public sealed class Neo4jGraphStoreEdgeSourcesTests
{
    private static string BareRows(params (string Id, string Type, string From, string To, string PropsJson)[] rows)
    {
        var values = new JsonArray();
        foreach (var (id, type, from, to, props) in rows)
            values.Add(new JsonArray(TypedJsonWriter.Write(id), TypedJsonWriter.Write(type), TypedJsonWriter.Write(props), TypedJsonWriter.Write(from), TypedJsonWriter.Write(to)));
        return new JsonObject { ["data"] = new JsonObject { ["fields"] = new JsonArray("id", "type", "propsJson", "fromId", "toId"), ["values"] = values } }.ToJsonString();
    }

    [Fact]
    public async Task GetEdgesAsync_withoutSources_usesTheStatementsWithoutSourcesBothWays()
    {
        var handler = new FakeQueryApiHandler().Route(statement =>
            statement.Contains("(b:Node {id: id})", StringComparison.Ordinal)
                ? BareRows(("edge:2", RelationshipTypes.ParticipatedIn, "person:a", "meeting:m", "{}"))
                : BareRows(("edge:1", RelationshipTypes.HoldsOffice, "person:a", "country:cn", """{"title":"President"}""")));
        await using var store = new Neo4jGraphStore(new Neo4jQueryClient(new HttpClient(handler), Neo4jConnectionSettings.Parse("http://localhost:7474"), ownsHttp: true));

        var edges = await store.GetEdgesAsync(new EdgeQuery(["person:a", "meeting:m"]) { WithSources = false }, TestContext.Current.CancellationToken);

        Assert.Equal(["edge:1", "edge:2"], edges.Select(e => e.Id));
        Assert.Equal(("person:a", "country:cn", RelationshipTypes.HoldsOffice), (edges[0].From, edges[0].To, edges[0].Type));
        Assert.Equal("President", edges[0].Properties["title"]);
        Assert.All(edges, e => Assert.Empty(e.Sources));
        Assert.Equal(2, handler.Requests.Count);
        Assert.All(handler.Requests, r => Assert.DoesNotContain("RETURN r,", r.Body, StringComparison.Ordinal));
        Assert.All(handler.Requests, r => Assert.Contains("r.propsJson AS propsJson", r.Body, StringComparison.Ordinal));
    }

    [Fact]
    public void Catalogue_statementsWithoutSources_neverReturnTheSourcesProperty()
    {
        foreach (var name in new[] { CypherCatalogue.EdgesOutBare, CypherCatalogue.EdgesInBare })
        {
            var text = CypherCatalogue.Get(name);
            Assert.DoesNotContain("sources", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("RETURN r,", text, StringComparison.Ordinal);
        }
    }
}
