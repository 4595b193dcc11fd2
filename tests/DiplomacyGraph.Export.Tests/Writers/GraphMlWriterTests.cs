using System.Xml.Linq;
using DiplomacyGraph.Export.Formats;
using DiplomacyGraph.Export.Tests.Support;

namespace DiplomacyGraph.Export.Tests.Writers;

public sealed class GraphMlWriterTests
{
    // Reads the file the way a data scientist does and reports what NetworkX saw.
    private const string ReadBack = """
        import json, sys
        import networkx as nx
        g = nx.read_graphml(sys.argv[1])
        nodes = {n: d for n, d in g.nodes(data=True)}
        edges = [{"u": u, "v": v, "k": k, **d} for u, v, k, d in g.edges(keys=True, data=True)]
        print(json.dumps({
            "directed": g.is_directed(), "multigraph": g.is_multigraph(),
            "nodes": nodes, "edges": edges,
            "types": {n: {a: type(x).__name__ for a, x in d.items()} for n, d in nodes.items()},
            "edge_types": [{a: type(x).__name__ for a, x in e.items()} for e in edges],
        }, ensure_ascii=False))
        """;

    [Fact]
    public async Task GraphMl_readByNetworkX_keepsEveryNodeEdgeAndTypedAttribute()
    {
        NetworkX.SkipIfMissing();
        using var dir = new TempDirectory();
        var path = await Exports.FileAsync(SyntheticGraph.Graph(), ExportFormat.GraphMl, dir.Path);

        var g = NetworkX.Run(ReadBack, path);

        Assert.True(g.GetProperty("directed").GetBoolean());
        Assert.True(g.GetProperty("multigraph").GetBoolean());
        var nodes = g.GetProperty("nodes");
        Assert.Equal(SyntheticGraph.Nodes.Count, nodes.EnumerateObject().Count());
        foreach (var node in SyntheticGraph.Nodes)
        {
            var read = nodes.GetProperty(node.Id);
            Assert.Equal(node.Kind.ToString(), read.GetProperty("kind").GetString());
            if (node.Names.Ar is { } ar) Assert.Equal(ar, read.GetProperty("name_ar").GetString());
            if (node.Names.En is { } en) Assert.Equal(en, read.GetProperty("name_en").GetString());
        }
        Assert.Equal(SyntheticGraph.Edges.Count, g.GetProperty("edges").GetArrayLength());
        Assert.Equal("bool", g.GetProperty("types").GetProperty(SyntheticGraph.Xi).GetProperty("name_en_machine").GetString());
        Assert.True(nodes.GetProperty(SyntheticGraph.Sagintayev).GetProperty("name_en_machine").GetBoolean());
        Assert.Equal("2018-11-22", nodes.GetProperty(SyntheticGraph.Meeting).GetProperty("date").GetString());
        Assert.Equal("KZ", nodes.GetProperty("country:KZ").GetProperty("iso").GetString());
        Assert.All(g.GetProperty("edge_types").EnumerateArray(), t => Assert.Equal("int", t.GetProperty("source_count").GetString()));
    }

    [Fact]
    public async Task GraphMl_parallelEdgesAndProvenance_surviveNetworkX()
    {
        NetworkX.SkipIfMissing();
        using var dir = new TempDirectory();
        var path = await Exports.FileAsync(SyntheticGraph.Graph(), ExportFormat.GraphMl, dir.Path);

        var edges = NetworkX.Run(ReadBack, path).GetProperty("edges").EnumerateArray().ToList();

        var offices = edges.Where(e => e.GetProperty("u").GetString() == SyntheticGraph.Xi && e.GetProperty("v").GetString() == "country:CN").ToList();
        Assert.Equal(["General Secretary", "President"], offices.Select(e => e.GetProperty("title").GetString()).Order(StringComparer.Ordinal));
        var held = edges.Single(e => e.GetProperty("type").GetString() == "HELD_IN");
        var sources = System.Text.Json.JsonDocument.Parse(held.GetProperty("sources").GetString()!).RootElement;
        Assert.Equal(SyntheticGraph.Evidence, sources[0].GetProperty("evidence").GetString());
        Assert.Equal(SyntheticGraph.Article, sources[0].GetProperty("article").GetString());
    }

    [Fact]
    public async Task GraphMl_trickyText_isWellFormedXmlAndComesBackExactly()
    {
        var bytes = await Exports.BytesAsync(SyntheticGraph.Graph(), ExportFormat.GraphMl);

        var doc = XDocument.Load(new MemoryStream(bytes));
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        var tricky = doc.Descendants(ns + "node").Single(n => (string?)n.Attribute("id") == SyntheticGraph.Tricky);
        string Data(string key) => tricky.Elements(ns + "data").Single(d => (string?)d.Attribute("key") == key).Value;
        Assert.Equal(SyntheticGraph.TrickyName, Data("n_name_en"));
        Assert.Equal(SyntheticGraph.TrickyArabic, Data("n_name_ar"));
        // UTF-8, not character references: Arabic is readable in the raw file.
        Assert.Contains("شي جين بينغ", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.All(doc.Descendants(ns + "key"), k => Assert.NotNull(k.Attribute("attr.type")));
    }
}
