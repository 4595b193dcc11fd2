using System.Text;
using System.Text.Json;
using DiplomacyGraph.Export.Formats;
using DiplomacyGraph.Export.Tests.Support;

namespace DiplomacyGraph.Export.Tests.Writers;

public sealed class NodeLinkJsonWriterTests
{
    // node_link_graph's edge-list argument changed name across NetworkX versions (attrs=… up to 3.3, edges=… from
    // 3.4); the file uses "links", which every version reads by default or when told edges="links".
    private const string ReadBack = """
        import json, sys, inspect
        import networkx as nx
        data = json.load(open(sys.argv[1], encoding="utf-8"))
        params = inspect.signature(nx.node_link_graph).parameters
        g = nx.node_link_graph(data, edges="links") if "edges" in params else nx.node_link_graph(data)
        print(json.dumps({
            "version": nx.__version__,
            "directed": g.is_directed(), "multigraph": g.is_multigraph(),
            "nodes": {n: d for n, d in g.nodes(data=True)},
            "edges": [{"u": u, "v": v, "k": k, **d} for u, v, k, d in g.edges(keys=True, data=True)],
            "roundtrip_keys": sorted(nx.node_link_data(g, edges="links") if "edges" in inspect.signature(nx.node_link_data).parameters else nx.node_link_data(g)),
        }, ensure_ascii=False))
        """;

    [Fact]
    public async Task NodeLinkJson_readByNodeLinkGraph_keepsNodesEdgesKeysAndArabic()
    {
        NetworkX.SkipIfMissing();
        using var dir = new TempDirectory();
        var path = await Exports.FileAsync(SyntheticGraph.Graph(), ExportFormat.NodeLinkJson, dir.Path);

        var g = NetworkX.Run(ReadBack, path);

        Assert.True(g.GetProperty("directed").GetBoolean());
        Assert.True(g.GetProperty("multigraph").GetBoolean());
        var nodes = g.GetProperty("nodes");
        Assert.Equal(SyntheticGraph.Nodes.Count, nodes.EnumerateObject().Count());
        Assert.Equal("شي جين بينغ", nodes.GetProperty(SyntheticGraph.Xi).GetProperty("name_ar").GetString());
        Assert.Equal(["شي جين بينج", "Xi"], nodes.GetProperty(SyntheticGraph.Xi).GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(SyntheticGraph.TrickyName, nodes.GetProperty(SyntheticGraph.Tricky).GetProperty("name_en").GetString());
        Assert.Equal("Asia; \"Pacific\"", nodes.GetProperty(SyntheticGraph.Article).GetProperty("properties").GetProperty("desk").GetString());

        var edges = g.GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(SyntheticGraph.Edges.Count, edges.Count);
        // The multigraph key is the store's edge id, so parallel HOLDS_OFFICE edges stay two edges.
        Assert.Equal(SyntheticGraph.Edges.Select(e => e.Id).Order(StringComparer.Ordinal), edges.Select(e => e.GetProperty("k").GetString()).Order(StringComparer.Ordinal));
        var held = edges.Single(e => e.GetProperty("type").GetString() == "HELD_IN");
        Assert.Equal(SyntheticGraph.Evidence, held.GetProperty("sources")[0].GetProperty("evidence").GetString());
        Assert.Equal(["directed", "graph", "links", "multigraph", "nodes"], g.GetProperty("roundtrip_keys").EnumerateArray().Select(k => k.GetString()));
    }

    [Fact]
    public async Task NodeLinkJson_arabic_isRawUtf8NotEscaped()
    {
        var bytes = await Exports.BytesAsync(SyntheticGraph.Graph(), ExportFormat.NodeLinkJson);
        var text = Encoding.UTF8.GetString(bytes);

        Assert.Contains("\"name_ar\":\"شي جين بينغ\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u0634", text, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(bytes);
        Assert.Equal(["directed", "multigraph", "graph", "nodes", "links"], doc.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task NodeLinkJson_largeGeneratedGraph_isValidJsonWithEveryItem()
    {
        var graph = new ExportGraph(SyntheticGraph.ManyNodes(20_000), SyntheticGraph.ManyEdges(20_000, 50_000));
        var bytes = await Exports.BytesAsync(graph, ExportFormat.NodeLinkJson);

        using var doc = JsonDocument.Parse(bytes);
        Assert.Equal(20_000, doc.RootElement.GetProperty("nodes").GetArrayLength());
        Assert.Equal(50_000, doc.RootElement.GetProperty("links").GetArrayLength());
    }
}
