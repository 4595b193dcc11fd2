using System.Globalization;
using System.Text;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Export.Formats;

namespace DiplomacyGraph.Export.Writers;

/// <summary>
/// A Cypher script that recreates the subgraph: one uniqueness constraint, then one parameter-free <c>MERGE</c>
/// statement per node and per relationship, each on its own line and ending with <c>;</c> (cypher-shell reads it
/// with <c>cypher-shell -f</c>). Every node carries the <c>Node</c> label next to its kind, so relationships can
/// find their ends by id through the constraint's index. Running the script twice changes nothing.
/// </summary>
internal sealed class CypherScriptWriter : IGraphWriter
{
    public const string ConstraintStatement = "CREATE CONSTRAINT dg_node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;";

    private const int FlushAt = 64 * 1024;

    public ExportFormat Format => ExportFormat.Cypher;

    public async Task WriteAsync(ExportGraph graph, Stream output, IProgress<ExportProgress>? progress, CancellationToken ct)
    {
        var counter = new ProgressCounter(graph, progress);
        var utf8 = new UTF8Encoding(false);
        var sb = new StringBuilder(FlushAt * 2);
        sb.Append(ConstraintStatement).Append('\n');
        await foreach (var node in graph.Nodes.WithCancellation(ct))
        {
            AppendNode(sb, node);
            counter.Node();
            if (sb.Length > FlushAt) await FlushAsync(sb, output, utf8, ct);
        }
        await foreach (var edge in graph.Edges.WithCancellation(ct))
        {
            AppendEdge(sb, edge);
            counter.Edge();
            if (sb.Length > FlushAt) await FlushAsync(sb, output, utf8, ct);
        }
        await FlushAsync(sb, output, utf8, ct);
        await output.FlushAsync(ct);
        counter.Complete();
    }

    private static async Task FlushAsync(StringBuilder sb, Stream output, Encoding utf8, CancellationToken ct)
    {
        await output.WriteAsync(utf8.GetBytes(sb.ToString()), ct);
        sb.Clear();
    }

    internal static void AppendNode(StringBuilder sb, GraphNode node)
    {
        sb.Append("MERGE (n:Node {id: ");
        CypherLiteral.String(sb, node.Id);
        sb.Append("}) SET n:");
        CypherLiteral.Name(sb, node.Kind.ToString());
        var set = new SetClause(sb, "n");
        set.String("kind", node.Kind.ToString());
        set.String("name_en", node.Names.En);
        set.String("name_ar", node.Names.Ar);
        set.Raw("name_en_machine", node.Names.EnIsMachineMade ? "true" : "false");
        set.List("aliases", node.Aliases);
        set.String("iso", node.Iso);
        set.String("country_iso", node.CountryIso);
        if (node.Date is { } d) set.Raw("date", "date('" + FlatProperties.DateText(d) + "')");
        set.List("countries", node.Countries);
        foreach (var key in FlatProperties.NodeKeys) set.String(key, FlatProperties.Get(node.Properties, key));
        set.String("properties", FlatProperties.ExtraJson(node.Properties, FlatProperties.NodeKeys));
        sb.Append(";\n");
    }

    internal static void AppendEdge(StringBuilder sb, GraphEdge edge)
    {
        sb.Append("MATCH (a:Node {id: ");
        CypherLiteral.String(sb, edge.From);
        sb.Append("}), (b:Node {id: ");
        CypherLiteral.String(sb, edge.To);
        sb.Append("}) MERGE (a)-[r:");
        CypherLiteral.Name(sb, edge.Type);
        sb.Append(" {id: ");
        CypherLiteral.String(sb, edge.Id);
        sb.Append("}]->(b)");
        var set = new SetClause(sb, "r", first: true);
        foreach (var key in FlatProperties.EdgeKeys) set.String(key, FlatProperties.Get(edge.Properties, key));
        set.String("properties", FlatProperties.ExtraJson(edge.Properties, FlatProperties.EdgeKeys));
        set.List("source_articles", FlatProperties.SourceArticles(edge));
        if (edge.Sources.Count > 0) set.String("sources", FlatProperties.SourcesJson(edge));
        set.Raw("source_count", edge.Sources.Count.ToString(CultureInfo.InvariantCulture));
        sb.Append(";\n");
    }

    /// <summary>Appends <c>, v.key = value</c> items (the first one opening with <c> SET </c> when asked).</summary>
    private sealed class SetClause(StringBuilder sb, string variable, bool first = false)
    {
        private bool _first = first;

        public void String(string key, string? value)
        {
            if (value is null) return;
            Key(key);
            CypherLiteral.String(sb, value);
        }

        public void List(string key, IReadOnlyCollection<string> items)
        {
            if (items.Count == 0) return;
            Key(key);
            CypherLiteral.List(sb, items);
        }

        public void Raw(string key, string value)
        {
            Key(key);
            sb.Append(value);
        }

        private void Key(string key)
        {
            sb.Append(_first ? " SET " : ", ").Append(variable).Append('.').Append(key).Append(" = ");
            _first = false;
        }
    }
}
