using System.IO.Compression;
using System.Text;
using DiplomacyGraph.Export.Formats;
using DiplomacyGraph.Export.Tests.Support;

namespace DiplomacyGraph.Export.Tests.Writers;

public sealed class Neo4jCsvWriterTests
{
    private static async Task<(Neo4jImportCsv Nodes, Neo4jImportCsv Rels, string[] Entries)> ExportAsync()
    {
        var bytes = await Exports.BytesAsync(SyntheticGraph.Graph(), ExportFormat.Neo4jCsv);
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        string Read(string name)
        {
            using var s = zip.GetEntry(name)!.Open();
            using var r = new StreamReader(s, new UTF8Encoding(false, true));
            return r.ReadToEnd();
        }
        return (Neo4jImportCsv.Parse(Read("nodes.csv")), Neo4jImportCsv.Parse(Read("relationships.csv")), zip.Entries.Select(e => e.FullName).ToArray());
    }

    [Fact]
    public async Task Neo4jCsv_zip_holdsNodesRelationshipsAndImportCommand()
    {
        var (_, _, entries) = await ExportAsync();

        Assert.Equal(["nodes.csv", "relationships.csv", "IMPORT.txt"], entries);
    }

    [Fact]
    public async Task Neo4jCsv_headers_followTheImportGrammarWithOneIdSpace()
    {
        var (nodes, rels, _) = await ExportAsync();

        var id = Assert.Single(nodes.Columns, c => c.Type == "ID");
        Assert.Equal("Node", id.Group);
        Assert.Single(nodes.Columns, c => c.Type == "LABEL");
        Assert.Equal("Node", Assert.Single(rels.Columns, c => c.Type == "START_ID").Group);
        Assert.Equal("Node", Assert.Single(rels.Columns, c => c.Type == "END_ID").Group);
        Assert.Single(rels.Columns, c => c.Type == "TYPE");
        Assert.Contains(nodes.Columns, c => c is { Name: "date", Type: "date" });
        Assert.Contains(nodes.Columns, c => c is { Name: "aliases", Type: "string", IsArray: true });
        Assert.Contains(nodes.Columns, c => c is { Name: "name_en_machine", Type: "boolean" });
    }

    [Fact]
    public async Task Neo4jCsv_rows_roundTripNamesArraysAndEndpoints()
    {
        var (nodes, rels, _) = await ExportAsync();

        Assert.Equal(SyntheticGraph.Nodes.Count, nodes.Rows.Count);
        Assert.Equal(SyntheticGraph.Edges.Count, rels.Rows.Count);
        var idCol = nodes.IndexOfType("ID");
        var byId = nodes.Rows.ToDictionary(r => r.Cells[idCol]!, StringComparer.Ordinal);
        foreach (var node in SyntheticGraph.Nodes)
        {
            var row = byId[node.Id];
            Assert.Equal(node.Kind.ToString(), row.Cells[nodes.IndexOfType("LABEL")]);
            Assert.Equal(node.Names.En, row.Cells[nodes.IndexOfName("name_en")]);
            Assert.Equal(node.Names.Ar, row.Cells[nodes.IndexOfName("name_ar")]);
            // An alias holding the array delimiter keeps its place as one element (the delimiter becomes U+FF1B).
            Assert.Equal(node.Aliases.Select(a => a.Replace(';', '\uFF1B')), nodes.Array(row, nodes.IndexOfName("aliases")));
        }
        Assert.Equal("2018-11-22", byId[SyntheticGraph.Meeting].Cells[nodes.IndexOfName("date")]);
        Assert.Equal(["CN", "KZ"], nodes.Array(byId[SyntheticGraph.Meeting], nodes.IndexOfName("countries")));
        Assert.All(rels.Rows, r =>
        {
            Assert.Contains(r.Cells[rels.IndexOfType("START_ID")]!, byId.Keys);
            Assert.Contains(r.Cells[rels.IndexOfType("END_ID")]!, byId.Keys);
        });
        var titles = rels.Rows.Where(r => r.Cells[rels.IndexOfType("TYPE")] == "HOLDS_OFFICE").Select(r => r.Cells[rels.IndexOfName("title")]);
        Assert.Equal(["General Secretary", "President", "رئيس الوزراء"], titles.Order(StringComparer.Ordinal));
    }
}
