using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Export.Formats;
using DiplomacyGraph.Export.Selection;

namespace DiplomacyGraph.Export.Tests.Selection;

public sealed class ExportRequestParserTests
{
    private static ExportRequest Parse(params (string Key, string Value)[] query) =>
        ExportRequestParser.Parse(query.GroupBy(q => q.Key).Select(g => KeyValuePair.Create(g.Key, (IReadOnlyList<string>)g.Select(q => q.Value).ToList())));

    private static ExportException Fails(params (string Key, string Value)[] query) => Assert.Throws<ExportException>(() => Parse(query));

    [Fact]
    public void Parse_fullSeedRequest_readsEveryField()
    {
        var r = Parse(("format", "GraphML"), ("seed", "شي جين بينغ,Xi Jinping"), ("seed", "country:KZ"), ("depth", "3"), ("kind", "person,meeting"), ("type", "participated_in"));

        Assert.Equal(ExportFormat.GraphMl, r.Format.Format);
        Assert.Equal(["شي جين بينغ", "Xi Jinping", "country:KZ"], r.Selection.Seeds);
        Assert.Equal(3, r.Selection.Depth);
        Assert.Equal([NodeKind.Person, NodeKind.Meeting], r.Selection.Kinds);
        Assert.Equal(["PARTICIPATED_IN"], r.Selection.Types);
        Assert.Equal(SelectionMode.Seeds, r.Selection.Mode);
    }

    [Fact]
    public void Parse_filterRequest_readsDatesAndLists()
    {
        var r = Parse(("format", "parquet"), ("country", "KZ"), ("person", "Xi Jinping"), ("from", "2018-01-01"), ("to", "2018-12-31"));

        Assert.Equal(SelectionMode.Filter, r.Selection.Mode);
        Assert.Equal(new DateOnly(2018, 1, 1), r.Selection.From);
        Assert.Equal(new DateOnly(2018, 12, 31), r.Selection.To);
        Assert.Equal(["KZ"], r.Selection.Countries);
    }

    [Fact]
    public void Parse_nothingButFormat_isTheWholeGraph() =>
        Assert.Equal(SelectionMode.WholeGraph, Parse(("format", "cypher")).Selection.Mode);

    [Fact]
    public void Parse_unknownFormat_failsNamingTheKnownOnes()
    {
        var e = Fails(("format", "xlsx"));

        Assert.Equal(ExportErrorCodes.UnknownFormat, e.Code);
        Assert.Contains("'xlsx'", e.Message, StringComparison.Ordinal);
        Assert.Contains("graphml, json, csv, cypher, parquet", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_missingFormat_failsUnlessADefaultIsGiven()
    {
        Assert.Equal(ExportErrorCodes.UnknownFormat, Fails(("seed", "x")).Code);
        Assert.Equal(ExportFormat.NodeLinkJson, ExportRequestParser.Parse([], defaultFormat: "json").Format.Format);
    }

    [Theory]
    [InlineData("5")]
    [InlineData("-1")]
    [InlineData("two")]
    [InlineData("1.5")]
    public void Parse_depthOutsideZeroToFour_fails(string depth)
    {
        var e = Fails(("format", "json"), ("seed", "x"), ("depth", depth));

        Assert.Equal(ExportErrorCodes.DepthOutOfRange, e.Code);
        Assert.Contains("between 0 and 4", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from", "22/11/2018")]
    [InlineData("to", "2018-13-01")]
    [InlineData("kind", "Planet")]
    [InlineData("type", "met-with")]
    [InlineData("seeds", "x")]
    public void Parse_malformedParameter_failsWithInvalidSelection(string key, string value) =>
        Assert.Equal(ExportErrorCodes.InvalidSelection, Fails(("format", "json"), (key, value)).Code);

    [Fact]
    public void Parse_seedsWithAFilter_failsSayingToPickOne() =>
        Assert.Contains("cannot be combined", Fails(("format", "json"), ("seed", "x"), ("country", "KZ")).Message, StringComparison.Ordinal);

    [Fact]
    public void Parse_fromAfterTo_fails() =>
        Assert.Equal(ExportErrorCodes.InvalidSelection, Fails(("format", "json"), ("from", "2019-01-01"), ("to", "2018-01-01")).Code);

    [Fact]
    public void Parse_depthTwice_fails() =>
        Assert.Contains("given 2 times", Fails(("format", "json"), ("seed", "x"), ("depth", "1"), ("depth", "2")).Message, StringComparison.Ordinal);
}
