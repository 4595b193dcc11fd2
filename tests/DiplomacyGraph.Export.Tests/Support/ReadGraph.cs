using System.IO.Compression;
using System.Text;
using DiplomacyGraph.Export.Formats;

namespace DiplomacyGraph.Export.Tests.Support;

/// <summary>What a consumer read from an export: nodes (kind, names) and edges (type, ends) by id.</summary>
internal sealed record ReadGraph(
    IReadOnlyDictionary<string, (string Kind, string? En, string? Ar)> Nodes,
    IReadOnlyDictionary<string, (string Type, string From, string To)> Edges)
{
    private const string NetworkXDump = """
        import json, sys, inspect
        import networkx as nx
        path, fmt = sys.argv[1], sys.argv[1].rsplit(".", 1)[1]
        if fmt == "graphml":
            g = nx.read_graphml(path, force_multigraph=True)
        else:
            data = json.load(open(path, encoding="utf-8"))
            g = nx.node_link_graph(data, edges="links") if "edges" in inspect.signature(nx.node_link_graph).parameters else nx.node_link_graph(data)
        print(json.dumps({
            "nodes": {n: [d.get("kind"), d.get("name_en"), d.get("name_ar")] for n, d in g.nodes(data=True)},
            "edges": {k: [d.get("type"), u, v] for u, v, k, d in g.edges(keys=True, data=True)},
        }, ensure_ascii=False))
        """;

    /// <summary>Reads <paramref name="bytes"/> of <paramref name="format"/> with that format's consumer.</summary>
    public static ReadGraph Read(ExportFormat format, byte[] bytes, string directory) => format switch
    {
        ExportFormat.GraphMl or ExportFormat.NodeLinkJson => WithNetworkX(format, bytes, directory),
        ExportFormat.Neo4jCsv => FromCsv(bytes),
        ExportFormat.Cypher => FromCypher(bytes),
        ExportFormat.Parquet => FromParquet(bytes, directory),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    private static ReadGraph WithNetworkX(ExportFormat format, byte[] bytes, string directory)
    {
        var path = Path.Combine(directory, "read" + (format == ExportFormat.GraphMl ? ".graphml" : ".json"));
        File.WriteAllBytes(path, bytes);
        var g = NetworkX.Run(NetworkXDump, path);
        return new ReadGraph(
            g.GetProperty("nodes").EnumerateObject().ToDictionary(p => p.Name, p => (p.Value[0].GetString()!, p.Value[1].GetString(), p.Value[2].GetString()), StringComparer.Ordinal),
            g.GetProperty("edges").EnumerateObject().ToDictionary(p => p.Name, p => (p.Value[0].GetString()!, p.Value[1].GetString()!, p.Value[2].GetString()!), StringComparer.Ordinal));
    }

    private static ReadGraph FromCsv(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        string Text(string name)
        {
            using var r = new StreamReader(zip.GetEntry(name)!.Open(), new UTF8Encoding(false, true));
            return r.ReadToEnd();
        }
        var nodes = Neo4jImportCsv.Parse(Text("nodes.csv"));
        var rels = Neo4jImportCsv.Parse(Text("relationships.csv"));
        int N(string name) => nodes.IndexOfName(name);
        int R(string name) => rels.IndexOfName(name);
        return new ReadGraph(
            nodes.Rows.ToDictionary(r => r.Cells[nodes.IndexOfType("ID")]!, r => (r.Cells[nodes.IndexOfType("LABEL")]!, r.Cells[N("name_en")], r.Cells[N("name_ar")]), StringComparer.Ordinal),
            rels.Rows.ToDictionary(r => r.Cells[R("id")]!, r => (r.Cells[rels.IndexOfType("TYPE")]!, r.Cells[rels.IndexOfType("START_ID")]!, r.Cells[rels.IndexOfType("END_ID")]!), StringComparer.Ordinal));
    }

    private static ReadGraph FromCypher(byte[] bytes)
    {
        var statements = CypherSubsetParser.ParseScript(new UTF8Encoding(false, true).GetString(bytes));
        return new ReadGraph(
            statements.Where(s => s.Kind == "node").ToDictionary(s => s.Id!, s => (s.Label!, s.Properties.GetValueOrDefault("name_en") as string, s.Properties.GetValueOrDefault("name_ar") as string), StringComparer.Ordinal),
            statements.Where(s => s.Kind == "relationship").ToDictionary(s => s.Id!, s => (s.Label!, s.From!, s.To!), StringComparer.Ordinal));
    }

    private static ReadGraph FromParquet(byte[] bytes, string directory)
    {
        var folder = Path.Combine(directory, "parquet-" + Guid.NewGuid().ToString("N"));
        new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read).ExtractToDirectory(folder);
        var nodes = DuckDb.Query($"SELECT id, kind, name_en, name_ar FROM read_parquet({DuckDb.Quote(Path.Combine(folder, "nodes.parquet"))})");
        var edges = DuckDb.Query($"SELECT id, type, source, target FROM read_parquet({DuckDb.Quote(Path.Combine(folder, "edges.parquet"))})");
        return new ReadGraph(
            nodes.ToDictionary(r => (string)r["id"]!, r => ((string)r["kind"]!, r["name_en"] as string, r["name_ar"] as string), StringComparer.Ordinal),
            edges.ToDictionary(r => (string)r["id"]!, r => ((string)r["type"]!, (string)r["source"]!, (string)r["target"]!), StringComparer.Ordinal));
    }

    /// <summary>Every format, for theories.</summary>
    public static TheoryData<ExportFormat> Formats() => new(Enum.GetValues<ExportFormat>());

    public static bool NeedsNetworkX(ExportFormat format) => format is ExportFormat.GraphMl or ExportFormat.NodeLinkJson;

}
