using System.Globalization;
using DiplomacyGraph.Storage.Neo4j;

namespace DiplomacyGraph.Storage.Tests.Neo4j;

public sealed class TypedJsonWriterTests
{
    private static string Json(object? value) => TypedJsonWriter.Write(value).ToJsonString();

    [Fact]
    public void Write_string_isTypedString() => Assert.Equal("""{"$type":"String","_value":"Phil"}""", Json("Phil"));

    [Fact]
    public void Write_arabicString_roundTripsExactly()
    {
        var node = TypedJsonWriter.Write("قازاقستان");
        Assert.Equal("قازاقستان", node["_value"]!.GetValue<string>());
    }

    [Fact]
    public void Write_cypherLookingText_staysAValueNotCypher()
    {
        const string hostile = "x'}) DETACH DELETE n //";
        Assert.Equal(hostile, TypedJsonWriter.Write(hostile)["_value"]!.GetValue<string>());
    }

    [Fact]
    public void Write_integers_areStringsSoNoPrecisionIsLost()
    {
        Assert.Equal("""{"$type":"Integer","_value":"42"}""", Json(42));
        Assert.Equal("""{"$type":"Integer","_value":"9007199254740993"}""", Json(9007199254740993L));
    }

    [Fact]
    public void Write_double_isInvariantFloat()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("ar-SA");
            Assert.Equal("""{"$type":"Float","_value":"4.56"}""", Json(4.56));
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            Assert.Equal("""{"$type":"Float","_value":"3200000000"}""", Json(3.2e9));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Write_boolAndNull_areTyped()
    {
        Assert.Equal("""{"$type":"Boolean","_value":true}""", Json(true));
        Assert.Equal("""{"$type":"Null","_value":null}""", Json(null));
    }

    [Fact]
    public void Write_dateOnly_isCypherDate()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("ar-SA"); // a non-Gregorian default calendar must not leak in
            Assert.Equal("""{"$type":"Date","_value":"2018-11-22"}""", Json(new DateOnly(2018, 11, 22)));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Write_nullableDateWithoutValue_isNull() => Assert.Equal("""{"$type":"Null","_value":null}""", Json((DateOnly?)null));

    [Fact]
    public void Write_listOfStrings_isListOfTypedStrings() =>
        Assert.Equal("""{"$type":"List","_value":[{"$type":"String","_value":"CN"},{"$type":"String","_value":"KZ"}]}""", Json(new List<string> { "CN", "KZ" }));

    [Fact]
    public void Write_rowsOfMaps_nestMapsInsideList()
    {
        var rows = new object?[] { new Dictionary<string, object?> { ["id"] = "a", ["props"] = new Dictionary<string, object?> { ["n"] = 1 } } };
        Assert.Equal(
            """{"$type":"List","_value":[{"$type":"Map","_value":{"id":{"$type":"String","_value":"a"},"props":{"$type":"Map","_value":{"n":{"$type":"Integer","_value":"1"}}}}}]}""",
            Json(rows));
    }

    [Fact]
    public void Parameters_topLevel_isPlainObjectOfTypedValues() =>
        Assert.Equal("""{"a":{"$type":"Integer","_value":"1"},"b":{"$type":"String","_value":"x"}}""",
            TypedJsonWriter.Parameters(new Dictionary<string, object?> { ["b"] = "x", ["a"] = 1 }).ToJsonString());

    [Fact]
    public void Write_unsupportedType_throwsArgumentException() =>
        Assert.Throws<ArgumentException>(() => TypedJsonWriter.Write(new object()));
}
