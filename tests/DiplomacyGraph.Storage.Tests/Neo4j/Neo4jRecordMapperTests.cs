using System.Text.Json;
using System.Text.Json.Nodes;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Storage.Neo4j;

namespace DiplomacyGraph.Storage.Tests.Neo4j;

/// <summary>
/// A node or edge laid out as properties, sent as typed JSON parameters and read back in the documented typed JSON
/// shape of a Node or Relationship, must come back equal: this is the round trip the store makes through Neo4j.
/// </summary>
public sealed class Neo4jRecordMapperTests
{
    private static object? AsServerReturns(string type, Dictionary<string, object?> props, params (string Key, object Value)[] extra)
    {
        var properties = new JsonObject();
        foreach (var (k, v) in props.Where(p => p.Value is not null)) properties[k] = TypedJsonWriter.Write(v);
        var value = new JsonObject { ["_element_id"] = "4:x:1", ["_properties"] = properties };
        foreach (var (k, v) in extra) value[k] = JsonSerializer.SerializeToNode(v);
        using var doc = JsonDocument.Parse(new JsonObject { ["$type"] = type, ["_value"] = value }.ToJsonString());
        return TypedJsonReader.Read(doc.RootElement);
    }

    [Fact]
    public void Node_throughTypedJson_comesBackEqual()
    {
        var node = new GraphNode("meeting:2018-11-22:abc", NodeKind.Meeting, new Names("Xi Jinping meets Sagintayev", "شي جين بينغ يلتقي ساجينتاييف", true), ["a1", "أ٢"])
        {
            Date = new DateOnly(2018, 11, 22),
            Countries = ["CN", "kz"],
            Properties = new Dictionary<string, string> { ["url"] = "https://example.org/x", ["title"] = "عنوان" },
        };

        var read = Neo4jRecordMapper.ToNode(Assert.IsType<Neo4jNode>(AsServerReturns("Node", Neo4jRecordMapper.NodeProperties(node), ("_labels", new[] { "Node", "Meeting" }))));

        Assert.Equal(node.Id, read.Id);
        Assert.Equal(node.Kind, read.Kind);
        Assert.Equal(node.Names, read.Names);
        Assert.Equal(node.Aliases, read.Aliases);
        Assert.Equal(node.Date, read.Date);
        Assert.Equal(node.Countries, read.Countries);
        Assert.Equal(node.Properties.OrderBy(p => p.Key), read.Properties.OrderBy(p => p.Key));
        Assert.Null(read.Iso);
    }

    [Fact]
    public void NodeProperties_country_indexesNamesAliasesAndIsoForSearch()
    {
        var kz = new GraphNode("country:KZ", NodeKind.Country, new Names("Kazakhstan", "قازاقستان"), ["قازقستان"]) { Iso = "KZ" };

        var props = Neo4jRecordMapper.NodeProperties(kz);

        Assert.Equal(["kazakhstan", "قازاقستان", "قازقستان", "kz"], Assert.IsType<List<string>>(props["searchKeys"]));
        Assert.Contains("kz", Assert.IsType<List<string>>(props["nameTokens"]));
    }

    [Fact]
    public void NodeProperties_meeting_hasNoTokensSoItIsFoundByWholeNameOnly()
    {
        var m = new GraphNode("meeting:1", NodeKind.Meeting, new Names("Meeting Xi Jinping", null), []) { Countries = ["cn", "KZ", "CN"] };

        var props = Neo4jRecordMapper.NodeProperties(m);

        Assert.Empty(Assert.IsType<List<string>>(props["nameTokens"]));
        Assert.Empty(Assert.IsType<List<string>>(props["phoneticKeys"]));
        Assert.Equal(["CN", "KZ"], Assert.IsType<List<string>>(props["countryKeys"]));
    }

    [Fact]
    public void Edge_throughTypedJson_comesBackEqualWithSourcesOrdered()
    {
        var s1 = new EdgeSource("article:b", "https://example.org/b", "b.txt", "ar", "التقى الرئيس", 5, 9);
        var s2 = new EdgeSource("article:a", null, null, "en", null, 1, 4);
        var edge = new GraphEdge("edge:1", RelationshipTypes.HoldsOffice, "person:xi-jinping", "country:CN")
        {
            Properties = new Dictionary<string, string> { ["title"] = "President" },
            Sources = [s1, s2],
        };

        var rel = Assert.IsType<Neo4jRelationship>(AsServerReturns("Relationship", Neo4jRecordMapper.EdgeProperties(edge),
            ("_start_node_element_id", "4:x:0"), ("_end_node_element_id", "4:x:2"), ("_type", "HOLDS_OFFICE")));
        var read = Neo4jRecordMapper.ToEdge(rel, edge.From, edge.To);

        Assert.Equal((edge.Id, edge.Type, edge.From, edge.To), (read.Id, read.Type, read.From, read.To));
        Assert.Equal("President", read.Properties["title"]);
        Assert.Equal([s2, s1], read.Sources);
        Assert.Equal("President", rel.Properties["title"]); // also a plain property, for people browsing the graph
    }
}
