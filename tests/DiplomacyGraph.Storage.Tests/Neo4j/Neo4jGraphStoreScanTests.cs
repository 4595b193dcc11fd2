using System.Text.Json.Nodes;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Storage.Neo4j;

namespace DiplomacyGraph.Storage.Tests.Neo4j;

/// <summary>ScanEdgesAsync merges the per-type id-ordered scans into one id-ordered stream.</summary>
public sealed class Neo4jGraphStoreScanTests
{
    private static string Rows(string type, params string[] ids)
    {
        var values = new JsonArray();
        foreach (var id in ids)
        {
            var edge = new GraphEdge(id, type, "from:" + id, "to:" + id);
            var props = new JsonObject();
            foreach (var (k, v) in Neo4jRecordMapper.EdgeProperties(edge)) props[k] = TypedJsonWriter.Write(v);
            values.Add(new JsonArray(
                new JsonObject
                {
                    ["$type"] = "Relationship",
                    ["_value"] = new JsonObject
                    {
                        ["_element_id"] = "5:x:" + id,
                        ["_start_node_element_id"] = "4:x:1",
                        ["_end_node_element_id"] = "4:x:2",
                        ["_type"] = type,
                        ["_properties"] = props,
                    },
                },
                TypedJsonWriter.Write(edge.From),
                TypedJsonWriter.Write(edge.To)));
        }
        return new JsonObject { ["data"] = new JsonObject { ["fields"] = new JsonArray("r", "fromId", "toId"), ["values"] = values } }.ToJsonString();
    }

    [Fact]
    public async Task ScanEdgesAsync_edgesOfSeveralTypes_comeInGlobalIdOrder()
    {
        var handler = new FakeQueryApiHandler().Route(statement =>
            statement.Contains("[r:HELD_IN]", StringComparison.Ordinal) ? Rows(RelationshipTypes.HeldIn, "edge:2", "edge:5")
            : statement.Contains("[r:PARTICIPATED_IN]", StringComparison.Ordinal) ? Rows(RelationshipTypes.ParticipatedIn, "edge:1", "edge:3", "edge:4")
            : Rows("UNUSED"));
        await using var store = new Neo4jGraphStore(new Neo4jQueryClient(new HttpClient(handler), Neo4jConnectionSettings.Parse("http://localhost:7474"), ownsHttp: true));

        var ids = new List<string>();
        await foreach (var e in store.ScanEdgesAsync(TestContext.Current.CancellationToken)) ids.Add(e.Id);

        Assert.Equal(["edge:1", "edge:2", "edge:3", "edge:4", "edge:5"], ids);
        Assert.Equal(CypherWhitelist.RelationshipTypes.Count, handler.Requests.Count); // every page was short: one request per type
        Assert.All(handler.Requests, r => Assert.Contains("ORDER BY r.id LIMIT $limit", r.Body, StringComparison.Ordinal));
    }
}
