using System.Text.Json;
using DiplomacyGraph.Storage.Neo4j;

namespace DiplomacyGraph.Storage.Tests.Neo4j;

/// <summary>Each case is an example from the type-mapping table of the Query API's typed JSON page.</summary>
public sealed class TypedJsonReaderTests
{
    private static object? Read(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return TypedJsonReader.Read(doc.RootElement);
    }

    [Fact]
    public void Read_null_givesNull() => Assert.Null(Read("""{ "$type": "Null", "_value": null }"""));

    [Fact]
    public void Read_boolean_givesBool() => Assert.Equal(true, Read("""{ "$type": "Boolean", "_value": true }"""));

    [Fact]
    public void Read_integerAsString_givesInt64() => Assert.Equal(123L, Read("""{ "$type": "Integer", "_value": "123" }"""));

    [Fact]
    public void Read_integerBeyondDoublePrecision_keepsEveryDigit() =>
        Assert.Equal(9007199254740993L, Read("""{ "$type": "Integer", "_value": "9007199254740993" }"""));

    [Theory]
    [InlineData("4.56", 4.56)]
    [InlineData("3.2E9", 3.2e9)]
    [InlineData("2.0E-7", 2.0e-7)]
    public void Read_float_givesDouble(string text, double expected) =>
        Assert.Equal(expected, Read($$"""{ "$type": "Float", "_value": "{{text}}" }"""));

    [Fact]
    public void Read_floatOutOfRange_givesInfinityAndNaN()
    {
        Assert.Equal(double.PositiveInfinity, Read("""{ "$type": "Float", "_value": "Infinity" }"""));
        Assert.True(double.IsNaN((double)Read("""{ "$type": "Float", "_value": "NaN" }""")!));
    }

    [Fact]
    public void Read_arabicString_isKeptAsWritten() =>
        Assert.Equal("شي جين بينغ", Read("""{ "$type": "String", "_value": "شي جين بينغ" }"""));

    [Fact]
    public void Read_date_givesDateOnly() => Assert.Equal(new DateOnly(2015, 3, 26), Read("""{ "$type": "Date", "_value": "2015-03-26" }"""));

    [Fact]
    public void Read_otherTemporal_keepsDocumentedText() =>
        Assert.Equal("2015-11-21T21:40:32.142Z", Read("""{ "$type": "OffsetDateTime", "_value": "2015-11-21T21:40:32.142Z" }"""));

    [Fact]
    public void Read_list_givesDecodedItems() =>
        Assert.Equal(["A", "B"], Assert.IsType<List<object?>>(Read("""{ "$type": "List", "_value": [ { "$type": "String", "_value": "A" }, { "$type": "String", "_value": "B" } ] }""")));

    [Fact]
    public void Read_map_givesDecodedEntries()
    {
        var map = Assert.IsType<Dictionary<string, object?>>(Read("""
            { "$type": "Map", "_value": { "fieldA": { "$type": "String", "_value": "A" }, "n": { "$type": "Integer", "_value": "7" } } }
            """));
        Assert.Equal("A", map["fieldA"]);
        Assert.Equal(7L, map["n"]);
    }

    [Fact]
    public void Read_relationship_givesTypeEndsAndProperties()
    {
        var r = Assert.IsType<Neo4jRelationship>(Read("""
            {
              "$type": "Relationship",
              "_value": {
                "_element_id": "5:ff04df25-ff2b-4b55-98f8-6888297b025e:2",
                "_start_node_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:0",
                "_end_node_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:2",
                "_type": "LIKES",
                "_properties": { "since": { "$type": "String", "_value": "forever!" } }
              }
            }
            """));
        Assert.Equal("LIKES", r.Type);
        Assert.Equal("4:ff04df25-ff2b-4b55-98f8-6888297b025e:0", r.StartElementId);
        Assert.Equal("4:ff04df25-ff2b-4b55-98f8-6888297b025e:2", r.EndElementId);
        Assert.Equal("forever!", r.Properties["since"]);
    }

    [Fact]
    public void Read_path_givesNodesAndRelationshipsInOrder()
    {
        var path = Assert.IsType<Neo4jPath>(Read("""
            {
              "$type": "Path",
              "_value": [
                { "$type": "Node", "_value": { "_element_id": "4:x:0", "_labels": ["Person"], "_properties": { "age": { "$type": "Integer", "_value": "42" } } } },
                { "$type": "Relationship", "_value": { "_element_id": "5:x:2", "_start_node_element_id": "4:x:0", "_end_node_element_id": "4:x:2", "_type": "LIKES", "_properties": {} } },
                { "$type": "Node", "_value": { "_element_id": "4:x:2", "_labels": ["Person"], "_properties": {} } }
              ]
            }
            """));
        Assert.Collection(path.Elements,
            n => Assert.Equal(42L, Assert.IsType<Neo4jNode>(n).Properties["age"]),
            r => Assert.Equal("LIKES", Assert.IsType<Neo4jRelationship>(r).Type),
            n => Assert.Equal("4:x:2", Assert.IsType<Neo4jNode>(n).ElementId));
    }

    [Fact]
    public void Read_plainJson_isReadAsPlainValues()
    {
        var map = Assert.IsType<Dictionary<string, object?>>(Read("""{ "name": "Alice", "age": 42, "tags": ["a"] }"""));
        Assert.Equal("Alice", map["name"]);
        Assert.Equal(42L, map["age"]);
        Assert.Equal(["a"], Assert.IsType<List<object?>>(map["tags"]));
    }
}
