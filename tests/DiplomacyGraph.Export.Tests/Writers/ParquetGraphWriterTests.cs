using System.IO.Compression;
using System.Collections;
using DiplomacyGraph.Export.Formats;
using DiplomacyGraph.Export.Tests.Support;

namespace DiplomacyGraph.Export.Tests.Writers;

public sealed class ParquetGraphWriterTests
{
    private static async Task<(string Nodes, string Edges)> ExportAsync(ExportGraph graph, TempDirectory dir)
    {
        var zipPath = await Exports.FileAsync(graph, ExportFormat.Parquet, dir.Path);
        using (var zip = ZipFile.OpenRead(zipPath))
        {
            Assert.Equal(["nodes.parquet", "edges.parquet"], zip.Entries.Select(e => e.FullName));
        }
        ZipFile.ExtractToDirectory(zipPath, dir.Path);
        return (Path.Combine(dir.Path, "nodes.parquet"), Path.Combine(dir.Path, "edges.parquet"));
    }

    private static List<string> Strings(object? list) => list is null ? [] : ((IEnumerable)list).Cast<object?>().Select(o => o as string ?? "<null>").ToList();

    [Fact]
    public async Task Parquet_readByDuckDb_keepsNamesListsDatesAndTypes()
    {
        using var dir = new TempDirectory();
        var (nodesPath, _) = await ExportAsync(SyntheticGraph.Graph(), dir);

        var rows = DuckDb.Query($"SELECT * FROM read_parquet({DuckDb.Quote(nodesPath)}) ORDER BY id")
            .ToDictionary(r => (string)r["id"]!, StringComparer.Ordinal);

        Assert.Equal(SyntheticGraph.Nodes.Count, rows.Count);
        foreach (var node in SyntheticGraph.Nodes)
        {
            var row = rows[node.Id];
            Assert.Equal(node.Kind.ToString(), row["kind"]);
            Assert.Equal(node.Names.En, row["name_en"]);
            Assert.Equal(node.Names.Ar, row["name_ar"]);
            Assert.Equal(node.Names.EnIsMachineMade, row["name_en_machine"]);
            Assert.Equal(node.Aliases, Strings(row["aliases"]));
            Assert.Equal(node.Countries, Strings(row["countries"]));
        }
        Assert.Equal(new DateOnly(2018, 11, 22), rows[SyntheticGraph.Meeting]["date"]);
        Assert.Null(rows[SyntheticGraph.Xi]["date"]);
        var types = DuckDb.Query($"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet({DuckDb.Quote(nodesPath)}))")
            .ToDictionary(r => (string)r["column_name"]!, r => (string)r["column_type"]!, StringComparer.Ordinal);
        Assert.Equal("DATE", types["date"]);
        Assert.Equal("VARCHAR[]", types["aliases"]);
        Assert.Equal("BOOLEAN", types["name_en_machine"]);
    }

    [Fact]
    public async Task Parquet_edges_joinToNodesAndKeepProvenance()
    {
        using var dir = new TempDirectory();
        var (nodesPath, edgesPath) = await ExportAsync(SyntheticGraph.Graph(), dir);

        var joined = DuckDb.Query(
            $"SELECT e.id, e.type, e.title, e.source_count, e.source_articles, e.sources, s.name_ar AS from_ar " +
            $"FROM read_parquet({DuckDb.Quote(edgesPath)}) e JOIN read_parquet({DuckDb.Quote(nodesPath)}) s ON s.id = e.source " +
            $"JOIN read_parquet({DuckDb.Quote(nodesPath)}) t ON t.id = e.target ORDER BY e.id");

        Assert.Equal(SyntheticGraph.Edges.Select(e => e.Id).Order(StringComparer.Ordinal), joined.Select(r => (string)r["id"]!));
        var office = joined.Single(r => (string?)r["title"] == "President");
        Assert.Equal("شي جين بينغ", office["from_ar"]);
        var held = joined.Single(r => (string)r["type"]! == "HELD_IN");
        Assert.Equal(1, held["source_count"]);
        Assert.Equal([SyntheticGraph.Article], Strings(held["source_articles"]));
        Assert.Contains(SyntheticGraph.Evidence, (string)held["sources"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parquet_manyRowGroups_allRowsComeBack()
    {
        using var dir = new TempDirectory();
        var graph = new ExportGraph(SyntheticGraph.ManyNodes(60_000), SyntheticGraph.ManyEdges(60_000, 120_000));
        var (nodesPath, edgesPath) = await ExportAsync(graph, dir);

        var counts = DuckDb.Query(
            $"SELECT (SELECT count(*) FROM read_parquet({DuckDb.Quote(nodesPath)})) AS n, (SELECT count(DISTINCT id) FROM read_parquet({DuckDb.Quote(edgesPath)})) AS e")[0];

        Assert.Equal(60_000L, Convert.ToInt64(counts["n"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(120_000L, Convert.ToInt64(counts["e"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Parquet_emptyGraph_writesReadableFilesWithTheSchema()
    {
        using var dir = new TempDirectory();
        var (nodesPath, _) = await ExportAsync(ExportGraph.FromLists([], []), dir);

        var count = DuckDb.Query($"SELECT count(*) AS n FROM read_parquet({DuckDb.Quote(nodesPath)})")[0]["n"];

        Assert.Equal(0L, Convert.ToInt64(count, System.Globalization.CultureInfo.InvariantCulture));
    }
}
