using System.Text;
using DiplomacyGraph.Export.Formats;
using DiplomacyGraph.Export.Tests.Support;

namespace DiplomacyGraph.Export.Tests.Writers;

public sealed class CypherScriptWriterTests
{
    private static async Task<IReadOnlyList<CypherSubsetParser.Statement>> ExportAsync() =>
        CypherSubsetParser.ParseScript(Encoding.UTF8.GetString(await Exports.BytesAsync(SyntheticGraph.Graph(), ExportFormat.Cypher)));

    [Fact]
    public async Task Cypher_script_isOneConstraintThenOneMergePerNodeAndEdge()
    {
        var statements = await ExportAsync();

        Assert.Equal("constraint", statements[0].Kind);
        Assert.Equal(SyntheticGraph.Nodes.Select(n => n.Id), statements.Where(s => s.Kind == "node").Select(s => s.Id));
        Assert.Equal(SyntheticGraph.Edges.Select(e => e.Id), statements.Where(s => s.Kind == "relationship").Select(s => s.Id));
        Assert.Equal(1 + SyntheticGraph.Nodes.Count + SyntheticGraph.Edges.Count, statements.Count);
    }

    [Fact]
    public async Task Cypher_literals_bringBackArabicQuotesBackslashesAndNewlinesExactly()
    {
        var statements = await ExportAsync();

        var byId = statements.Where(s => s.Kind == "node").ToDictionary(s => s.Id!, StringComparer.Ordinal);
        foreach (var node in SyntheticGraph.Nodes)
        {
            var s = byId[node.Id];
            Assert.Equal(node.Kind.ToString(), s.Label);
            if (node.Names.En is { } en) Assert.Equal(en, s.Properties["name_en"]);
            if (node.Names.Ar is { } ar) Assert.Equal(ar, s.Properties["name_ar"]);
            if (node.Aliases.Count > 0) Assert.Equal(node.Aliases, (List<string>)s.Properties["aliases"]);
        }
        Assert.Equal(new DateOnly(2018, 11, 22), byId[SyntheticGraph.Meeting].Properties["date"]);
        Assert.Equal(true, byId[SyntheticGraph.Sagintayev].Properties["name_en_machine"]);
    }

    [Fact]
    public async Task Cypher_relationships_keepEndsTypeTitleAndEvidence()
    {
        var statements = await ExportAsync();

        var rels = statements.Where(s => s.Kind == "relationship").ToDictionary(s => s.Id!, StringComparer.Ordinal);
        foreach (var edge in SyntheticGraph.Edges)
        {
            var s = rels[edge.Id];
            Assert.Equal((edge.From, edge.To, edge.Type), (s.From, s.To, s.Label));
            Assert.Equal((long)edge.Sources.Count, s.Properties["source_count"]);
            if (edge.Properties.TryGetValue("title", out var title)) Assert.Equal(title, s.Properties["title"]);
        }
        var held = statements.Single(s => s.Label == "HELD_IN");
        Assert.Contains(SyntheticGraph.Evidence, (string)held.Properties["sources"], StringComparison.Ordinal);
    }

    [Fact]
    public void CypherLiteral_controlAndSeparatorCharacters_areEscapedNotWrittenRaw()
    {
        var sb = new StringBuilder();
        DiplomacyGraph.Export.Writers.CypherLiteral.String(sb, "a\u0000b\u2028c'\\");

        Assert.Equal("'a\\u0000b\\u2028c\\'\\\\'", sb.ToString());
    }
}
