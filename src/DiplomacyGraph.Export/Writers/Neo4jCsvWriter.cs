using System.Globalization;
using System.Text;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Export.Formats;

namespace DiplomacyGraph.Export.Writers;

/// <summary>
/// <c>nodes.csv</c> and <c>relationships.csv</c> for <c>neo4j-admin database import full</c>, zipped with an
/// <c>IMPORT.txt</c> giving the command line. One file per side (not per label): labels come from the
/// <c>:LABEL</c> column, so the files stream in one pass. Ids live in the <c>Node</c> id space and are the store ids.
/// </summary>
internal sealed class Neo4jCsvWriter : IGraphWriter
{
    public const string NodeHeader =
        "id:ID(Node),:LABEL,kind:string,name_en:string,name_ar:string,name_en_machine:boolean,aliases:string[]," +
        "iso:string,country_iso:string,date:date,countries:string[],url:string,file:string,lang:string,title:string,properties:string";

    public const string RelationshipHeader =
        ":START_ID(Node),:END_ID(Node),:TYPE,id:string,title:string,kind:string,properties:string," +
        "source_articles:string[],sources:string,source_count:int";

    public const string ImportCommand =
        "neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv " +
        "--array-delimiter=\";\" --multiline-fields=true --overwrite-destination neo4j";

    private const int FlushAt = 64 * 1024;

    public ExportFormat Format => ExportFormat.Neo4jCsv;

    public async Task WriteAsync(ExportGraph graph, Stream output, IProgress<ExportProgress>? progress, CancellationToken ct)
    {
        var counter = new ProgressCounter(graph, progress);
        await using (var zip = await ZipOutput.CreateAsync(output, ct))
        {
            await using (var entry = await zip.OpenEntryAsync("nodes.csv", ct))
            {
                await WriteRowsAsync(entry, NodeHeader, graph.Nodes, AppendNode, counter.Node, ct);
            }
            await using (var entry = await zip.OpenEntryAsync("relationships.csv", ct))
            {
                await WriteRowsAsync(entry, RelationshipHeader, graph.Edges, AppendEdge, counter.Edge, ct);
            }
            await using (var entry = await zip.OpenEntryAsync("IMPORT.txt", ct))
            {
                var text = "Import into an empty database (Neo4j 5):\n\n  " + ImportCommand + "\n\n" +
                    "Node ids are DiplomacyGraph store ids (id space Node); lists use ';' as the array delimiter; " +
                    "'sources' and 'properties' are JSON text.\n";
                await entry.WriteAsync(Encoding.UTF8.GetBytes(text), ct);
            }
        }
        counter.Complete();
    }

    private static async Task WriteRowsAsync<T>(Stream entry, string header, IAsyncEnumerable<T> rows, Action<StringBuilder, T> append, Action count, CancellationToken ct)
    {
        var utf8 = new UTF8Encoding(false);
        var sb = new StringBuilder(FlushAt * 2);
        sb.Append(header).Append('\n');
        await foreach (var row in rows.WithCancellation(ct))
        {
            append(sb, row);
            sb.Append('\n');
            count();
            if (sb.Length > FlushAt)
            {
                await entry.WriteAsync(utf8.GetBytes(sb.ToString()), ct);
                sb.Clear();
            }
        }
        await entry.WriteAsync(utf8.GetBytes(sb.ToString()), ct);
    }

    private static void AppendNode(StringBuilder sb, GraphNode node)
    {
        CsvCell.String(sb, node.Id); sb.Append(',');
        CsvCell.String(sb, node.Kind.ToString()); sb.Append(',');
        CsvCell.String(sb, node.Kind.ToString()); sb.Append(',');
        CsvCell.String(sb, node.Names.En); sb.Append(',');
        CsvCell.String(sb, node.Names.Ar); sb.Append(',');
        CsvCell.Raw(sb, node.Names.EnIsMachineMade ? "true" : "false"); sb.Append(',');
        CsvCell.Array(sb, node.Aliases); sb.Append(',');
        CsvCell.String(sb, node.Iso); sb.Append(',');
        CsvCell.String(sb, node.CountryIso); sb.Append(',');
        CsvCell.Raw(sb, node.Date is { } d ? FlatProperties.DateText(d) : null); sb.Append(',');
        CsvCell.Array(sb, node.Countries);
        foreach (var key in FlatProperties.NodeKeys)
        {
            sb.Append(',');
            CsvCell.String(sb, FlatProperties.Get(node.Properties, key));
        }
        sb.Append(',');
        CsvCell.String(sb, FlatProperties.ExtraJson(node.Properties, FlatProperties.NodeKeys));
    }

    private static void AppendEdge(StringBuilder sb, GraphEdge edge)
    {
        CsvCell.String(sb, edge.From); sb.Append(',');
        CsvCell.String(sb, edge.To); sb.Append(',');
        CsvCell.String(sb, edge.Type); sb.Append(',');
        CsvCell.String(sb, edge.Id);
        foreach (var key in FlatProperties.EdgeKeys)
        {
            sb.Append(',');
            CsvCell.String(sb, FlatProperties.Get(edge.Properties, key));
        }
        sb.Append(',');
        CsvCell.String(sb, FlatProperties.ExtraJson(edge.Properties, FlatProperties.EdgeKeys)); sb.Append(',');
        CsvCell.Array(sb, FlatProperties.SourceArticles(edge)); sb.Append(',');
        CsvCell.String(sb, edge.Sources.Count > 0 ? FlatProperties.SourcesJson(edge) : null); sb.Append(',');
        CsvCell.Raw(sb, edge.Sources.Count.ToString(CultureInfo.InvariantCulture));
    }
}
