using System.Text.Json;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Export.Formats;

namespace DiplomacyGraph.Export.Writers;

/// <summary>
/// Node-link JSON exactly as NetworkX's <c>node_link_data</c> writes a MultiDiGraph: <c>directed</c>,
/// <c>multigraph</c>, <c>graph</c>, <c>nodes</c> (each with <c>id</c>) and <c>links</c> (each with
/// <c>source</c>, <c>target</c>, <c>key</c>). The edge list is called <c>links</c>: that is what every
/// NetworkX up to 3.5 reads by default, and newer ones read with <c>node_link_graph(data, edges="links")</c>.
/// The edge's store id is its multigraph key, so parallel relationships stay apart.
/// </summary>
internal sealed class NodeLinkJsonWriter : IGraphWriter
{
    private const int FlushAt = 64 * 1024;

    public ExportFormat Format => ExportFormat.NodeLinkJson;

    public async Task WriteAsync(ExportGraph graph, Stream output, IProgress<ExportProgress>? progress, CancellationToken ct)
    {
        var counter = new ProgressCounter(graph, progress);
        await using (var json = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = FlatProperties.Json.Encoder }))
        {
            json.WriteStartObject();
            json.WriteBoolean("directed", true);
            json.WriteBoolean("multigraph", true);
            json.WriteStartObject("graph");
            json.WriteString("name", "DiplomacyGraph");
            json.WriteEndObject();

            json.WriteStartArray("nodes");
            await foreach (var node in graph.Nodes.WithCancellation(ct))
            {
                WriteNode(json, node);
                counter.Node();
                if (json.BytesPending > FlushAt) await json.FlushAsync(ct);
            }
            json.WriteEndArray();

            json.WriteStartArray("links");
            await foreach (var edge in graph.Edges.WithCancellation(ct))
            {
                WriteEdge(json, edge);
                counter.Edge();
                if (json.BytesPending > FlushAt) await json.FlushAsync(ct);
            }
            json.WriteEndArray();
            json.WriteEndObject();
            await json.FlushAsync(ct);
        }
        counter.Complete();
    }

    private static void WriteNode(Utf8JsonWriter json, GraphNode node)
    {
        json.WriteStartObject();
        json.WriteString("id", node.Id);
        json.WriteString("kind", node.Kind.ToString());
        json.WriteString("label", FlatProperties.Label(node));
        Optional(json, "name_en", node.Names.En);
        Optional(json, "name_ar", node.Names.Ar);
        json.WriteBoolean("name_en_machine", node.Names.EnIsMachineMade);
        Array(json, "aliases", node.Aliases);
        Optional(json, "iso", node.Iso);
        Optional(json, "country_iso", node.CountryIso);
        if (node.Date is { } date) json.WriteString("date", FlatProperties.DateText(date));
        Array(json, "countries", node.Countries);
        foreach (var key in FlatProperties.NodeKeys) Optional(json, key, FlatProperties.Get(node.Properties, key));
        Map(json, FlatProperties.Extra(node.Properties, FlatProperties.NodeKeys));
        json.WriteEndObject();
    }

    private static void WriteEdge(Utf8JsonWriter json, GraphEdge edge)
    {
        json.WriteStartObject();
        json.WriteString("source", edge.From);
        json.WriteString("target", edge.To);
        json.WriteString("key", edge.Id);
        json.WriteString("type", edge.Type);
        foreach (var key in FlatProperties.EdgeKeys) Optional(json, key, FlatProperties.Get(edge.Properties, key));
        Map(json, FlatProperties.Extra(edge.Properties, FlatProperties.EdgeKeys));
        Array(json, "source_articles", FlatProperties.SourceArticles(edge));
        json.WritePropertyName("sources");
        FlatProperties.WriteSources(json, edge);
        json.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null) json.WriteString(name, value);
    }

    private static void Array(Utf8JsonWriter json, string name, IEnumerable<string> items)
    {
        json.WriteStartArray(name);
        foreach (var item in items) json.WriteStringValue(item);
        json.WriteEndArray();
    }

    private static void Map(Utf8JsonWriter json, SortedDictionary<string, string> extra)
    {
        if (extra.Count == 0) return;
        json.WriteStartObject("properties");
        foreach (var (key, value) in extra) json.WriteString(key, value);
        json.WriteEndObject();
    }
}
