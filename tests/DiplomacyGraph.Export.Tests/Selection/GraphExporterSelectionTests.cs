using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;
using DiplomacyGraph.Export.Formats;
using DiplomacyGraph.Export.Selection;
using DiplomacyGraph.Export.Tests.Support;

namespace DiplomacyGraph.Export.Tests.Selection;

/// <summary>Selections resolved against a real SQLite store holding the synthetic graph.</summary>
public sealed class GraphExporterSelectionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(List<GraphNode> Nodes, List<GraphEdge> Edges)> ResolveAsync(IGraphStore store, ExportSelection selection, ExportLimits? limits = null)
    {
        var graph = await new GraphExporter(store, limits).ResolveAsync(selection, Ct);
        var nodes = new List<GraphNode>();
        await foreach (var n in graph.Nodes.WithCancellation(Ct)) nodes.Add(n);
        var edges = new List<GraphEdge>();
        await foreach (var e in graph.Edges.WithCancellation(Ct)) edges.Add(e);
        var ids = nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        Assert.All(edges, e => Assert.True(ids.Contains(e.From) && ids.Contains(e.To), $"edge {e.Id} has an end outside the export"));
        return (nodes, edges);
    }

    private static string[] Ids(IEnumerable<GraphNode> nodes) => nodes.Select(n => n.Id).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public async Task Seeds_depthOne_holdTheSeedAndItsNeighboursOnly()
    {
        await using var temp = await TempStore.SyntheticAsync();

        var (nodes, edges) = await ResolveAsync(temp.Store, new ExportSelection { Seeds = ["Xi Jinping"], Depth = 1 });

        Assert.Equal(Ids(SyntheticGraph.Nodes.Where(n => n.Id is SyntheticGraph.Xi or SyntheticGraph.Meeting or "country:CN" or SyntheticGraph.Bri)), Ids(nodes));
        Assert.Contains(edges, e => e.Type == RelationshipTypes.Proposed);
        Assert.DoesNotContain(nodes, n => n.Kind == NodeKind.Article);
    }

    [Fact]
    public async Task Seeds_depthTwo_reachTheArticleAndTheOtherParticipant()
    {
        await using var temp = await TempStore.SyntheticAsync();

        var (nodes, _) = await ResolveAsync(temp.Store, new ExportSelection { Seeds = ["شي جين بينغ"], Depth = 2 });

        Assert.Contains(nodes, n => n.Id == SyntheticGraph.Article);
        Assert.Contains(nodes, n => n.Id == SyntheticGraph.Sagintayev);
    }

    [Fact]
    public async Task Seeds_depthZero_isJustTheSeeds()
    {
        await using var temp = await TempStore.SyntheticAsync();

        var (nodes, _) = await ResolveAsync(temp.Store, new ExportSelection { Seeds = ["country:KZ", "Xi Jinping"], Depth = 0 });

        Assert.Equal(["country:KZ", SyntheticGraph.Xi], Ids(nodes));
    }

    [Fact]
    public async Task Seeds_unknownName_failsBeforeWritingWithTheName()
    {
        await using var temp = await TempStore.SyntheticAsync();

        var e = await Assert.ThrowsAsync<ExportException>(() => new GraphExporter(temp.Store).ResolveAsync(new ExportSelection { Seeds = ["Nobody Atall"] }, Ct));

        Assert.Equal(ExportErrorCodes.UnknownSeed, e.Code);
        Assert.Contains("'Nobody Atall'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seeds_overTheNodeCap_failWithTooLargeInsteadOfACutFile()
    {
        await using var temp = await TempStore.SyntheticAsync();

        var e = await Assert.ThrowsAsync<ExportException>(() =>
            new GraphExporter(temp.Store, new ExportLimits { MaxSubgraphNodes = 3 }).ResolveAsync(new ExportSelection { Seeds = [SyntheticGraph.Xi], Depth = 2 }, Ct));

        Assert.Equal(ExportErrorCodes.TooLarge, e.Code);
    }

    [Fact]
    public async Task Seeds_withKinds_keepOnlyThoseKindsAndTheEdgesBetweenThem()
    {
        await using var temp = await TempStore.SyntheticAsync();

        var (nodes, edges) = await ResolveAsync(temp.Store, new ExportSelection { Seeds = [SyntheticGraph.Xi], Depth = 2, Kinds = [NodeKind.Person, NodeKind.Meeting] });

        Assert.All(nodes, n => Assert.Contains(n.Kind, new[] { NodeKind.Person, NodeKind.Meeting }));
        Assert.All(edges, e => Assert.Equal(RelationshipTypes.ParticipatedIn, e.Type));
        Assert.Equal(2, edges.Count);
    }

    [Fact]
    public async Task Filter_country_selectsItsMeetingsWithParticipantsPlaceAndSources()
    {
        await using var temp = await TempStore.SyntheticAsync();

        var (nodes, edges) = await ResolveAsync(temp.Store, new ExportSelection { Countries = ["Kazakhstan"] });

        Assert.Contains(nodes, n => n.Id == SyntheticGraph.Meeting);
        Assert.Contains(nodes, n => n.Id == SyntheticGraph.Beijing);
        Assert.Contains(nodes, n => n.Id == SyntheticGraph.Article);
        Assert.Contains(nodes, n => n.Id == SyntheticGraph.Sagintayev);
        Assert.Contains(edges, e => e.Type == RelationshipTypes.HoldsOffice && e.From == SyntheticGraph.Sagintayev);
    }

    [Fact]
    public async Task Filter_dateRangeMissingTheMeeting_selectsNoMeeting()
    {
        await using var temp = await TempStore.SyntheticAsync();

        var (nodes, edges) = await ResolveAsync(temp.Store, new ExportSelection { From = new DateOnly(2019, 1, 1) });

        Assert.Empty(nodes);
        Assert.Empty(edges);
    }

    [Fact]
    public async Task Filter_personAndDateRangeHittingTheMeeting_selectsIt()
    {
        await using var temp = await TempStore.SyntheticAsync();

        var (nodes, _) = await ResolveAsync(temp.Store, new ExportSelection { Persons = ["باقيتجان ساغينتاييف"], From = new DateOnly(2018, 11, 22), To = new DateOnly(2018, 11, 22) });

        Assert.Contains(nodes, n => n.Id == SyntheticGraph.Meeting);
        Assert.Contains(nodes, n => n.Id == SyntheticGraph.Xi);
    }

    [Fact]
    public async Task Filter_unknownIsoCode_fails()
    {
        await using var temp = await TempStore.SyntheticAsync();

        var e = await Assert.ThrowsAsync<ExportException>(() => new GraphExporter(temp.Store).ResolveAsync(new ExportSelection { Countries = ["ZZ"] }, Ct));

        Assert.Equal(ExportErrorCodes.UnknownSeed, e.Code);
    }

    [Fact]
    public async Task WholeGraph_kindsOnly_keepsThoseKindsAndEdgesBetweenThem()
    {
        await using var temp = await TempStore.SyntheticAsync();

        var (nodes, edges) = await ResolveAsync(temp.Store, new ExportSelection { Kinds = [NodeKind.Person, NodeKind.Country] });

        Assert.Equal(4, nodes.Count);
        Assert.All(edges, e => Assert.Equal(RelationshipTypes.HoldsOffice, e.Type));
        Assert.Equal(3, edges.Count);
    }

    [Fact]
    public async Task WholeGraph_typesOnly_keepsThoseEdgesAndTheNodesTheyTouch()
    {
        await using var temp = await TempStore.SyntheticAsync();

        var (nodes, edges) = await ResolveAsync(temp.Store, new ExportSelection { Types = [RelationshipTypes.HeldIn, RelationshipTypes.LocatedIn] });

        Assert.Equal(["country:CN", SyntheticGraph.Meeting, SyntheticGraph.Beijing], Ids(nodes));
        Assert.Equal(2, edges.Count);
    }

    [Fact]
    public async Task Export_sameSelectionTwice_isByteIdentical()
    {
        await using var temp = await TempStore.SyntheticAsync();
        var exporter = new GraphExporter(temp.Store);
        var selection = new ExportSelection { Seeds = ["Kazakhstan"], Depth = 3 };

        var first = await Exports.BytesAsync(await exporter.ResolveAsync(selection, Ct), ExportFormat.GraphMl);
        var second = await Exports.BytesAsync(await exporter.ResolveAsync(selection, Ct), ExportFormat.GraphMl);

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task ResolveSubgraph_overTheGraphQLCap_failsWithTooLarge()
    {
        await using var temp = await TempStore.SyntheticAsync();

        var e = await Assert.ThrowsAsync<ExportException>(() => new GraphExporter(temp.Store).ResolveSubgraphAsync(new ExportSelection(), 5, Ct));

        Assert.Equal(ExportErrorCodes.TooLarge, e.Code);
    }
}
