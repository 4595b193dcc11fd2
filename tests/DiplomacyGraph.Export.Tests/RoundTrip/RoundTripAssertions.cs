using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;
using DiplomacyGraph.Export.Formats;
using DiplomacyGraph.Export.Selection;
using DiplomacyGraph.Export.Tests.Support;

namespace DiplomacyGraph.Export.Tests.RoundTrip;

/// <summary>Exports a store in a format, reads the file back with the format's consumer and compares with the store.</summary>
internal static class RoundTripAssertions
{
    public static async Task<ReadGraph> AssertWholeGraphRoundTripsAsync(IGraphStore store, ExportFormat format)
    {
        if (ReadGraph.NeedsNetworkX(format)) NetworkX.SkipIfMissing();
        var ct = TestContext.Current.CancellationToken;
        var expectedNodes = new List<GraphNode>();
        await foreach (var n in store.ScanNodesAsync(ct)) expectedNodes.Add(n);
        var expectedEdges = new List<GraphEdge>();
        await foreach (var e in store.ScanEdgesAsync(ct)) expectedEdges.Add(e);
        Assert.NotEmpty(expectedNodes);
        Assert.NotEmpty(expectedEdges);

        var exporter = new GraphExporter(store);
        var graph = await exporter.ResolveAsync(new ExportSelection(), ct);
        var bytes = await Exports.BytesAsync(graph, format);
        using var dir = new TempDirectory();
        var read = ReadGraph.Read(format, bytes, dir.Path);

        Assert.Equal(expectedNodes.Select(n => n.Id).Order(StringComparer.Ordinal), read.Nodes.Keys.Order(StringComparer.Ordinal));
        foreach (var n in expectedNodes)
            Assert.Equal((n.Kind.ToString(), n.Names.En, n.Names.Ar), read.Nodes[n.Id]);
        Assert.Equal(expectedEdges.Select(e => e.Id).Order(StringComparer.Ordinal), read.Edges.Keys.Order(StringComparer.Ordinal));
        foreach (var e in expectedEdges)
            Assert.Equal((e.Type, e.From, e.To), read.Edges[e.Id]);
        return read;
    }
}
