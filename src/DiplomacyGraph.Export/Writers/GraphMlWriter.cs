using System.Globalization;
using System.Text;
using System.Xml;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Export.Formats;

namespace DiplomacyGraph.Export.Writers;

/// <summary>
/// GraphML with typed keys. Lists (aliases, countries, source articles) and provenance are JSON text, because
/// GraphML has no list type; dates are ISO text. Absent values get no &lt;data&gt; element.
/// The XML is built synchronously into an in-memory chunk that is handed to the output asynchronously whenever it
/// passes <see cref="FlushAt"/> bytes: far cheaper than an awaited call per element, and memory stays one chunk.
/// </summary>
internal sealed class GraphMlWriter : IGraphWriter
{
    private const string Ns = "http://graphml.graphdrawing.org/xmlns";

    // (key id, attr.name, attr.type) — ids are prefixed because node and edge keys share one id space.
    private static readonly (string Id, string Name, string Type)[] NodeKeys =
    [
        ("n_kind", "kind", "string"), ("n_label", "label", "string"),
        ("n_name_en", "name_en", "string"), ("n_name_ar", "name_ar", "string"), ("n_name_en_machine", "name_en_machine", "boolean"),
        ("n_aliases", "aliases", "string"), ("n_iso", "iso", "string"), ("n_country_iso", "country_iso", "string"),
        ("n_date", "date", "string"), ("n_countries", "countries", "string"),
        ("n_url", "url", "string"), ("n_file", "file", "string"), ("n_lang", "lang", "string"), ("n_title", "title", "string"),
        ("n_properties", "properties", "string"),
    ];

    private static readonly (string Id, string Name, string Type)[] EdgeKeys =
    [
        ("e_type", "type", "string"), ("e_label", "label", "string"), ("e_title", "title", "string"), ("e_kind", "kind", "string"),
        ("e_properties", "properties", "string"), ("e_source_articles", "source_articles", "string"),
        ("e_sources", "sources", "string"), ("e_source_count", "source_count", "int"),
    ];

    private const int FlushAt = 64 * 1024;

    public ExportFormat Format => ExportFormat.GraphMl;

    public async Task WriteAsync(ExportGraph graph, Stream output, IProgress<ExportProgress>? progress, CancellationToken ct)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, CloseOutput = false };
        var counter = new ProgressCounter(graph, progress);
        var chunk = new MemoryStream(FlushAt * 2);
        using (var xml = XmlWriter.Create(chunk, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement(null, "graphml", Ns);
            foreach (var (id, name, type) in NodeKeys) WriteKey(xml, id, "node", name, type);
            foreach (var (id, name, type) in EdgeKeys) WriteKey(xml, id, "edge", name, type);
            xml.WriteStartElement(null, "graph", Ns);
            xml.WriteAttributeString("id", "G");
            xml.WriteAttributeString("edgedefault", "directed");

            await foreach (var node in graph.Nodes.WithCancellation(ct))
            {
                WriteNode(xml, node);
                counter.Node();
                await DrainIfFullAsync(xml, chunk, output, counter, ct);
            }
            await foreach (var edge in graph.Edges.WithCancellation(ct))
            {
                WriteEdge(xml, edge);
                counter.Edge();
                await DrainIfFullAsync(xml, chunk, output, counter, ct);
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
            xml.Flush();
        }
        await DrainAsync(chunk, output, ct);
        await output.FlushAsync(ct);
        counter.Complete();
    }

    // The XmlWriter keeps its own buffer; looking at the chunk every 256 items keeps flushes rare.
    private static async Task DrainIfFullAsync(XmlWriter xml, MemoryStream chunk, Stream output, ProgressCounter counter, CancellationToken ct)
    {
        if ((counter.Nodes + counter.Edges) % 256 != 0) return;
        xml.Flush();
        if (chunk.Length >= FlushAt) await DrainAsync(chunk, output, ct);
    }

    private static async Task DrainAsync(MemoryStream chunk, Stream output, CancellationToken ct)
    {
        if (chunk.Length == 0) return;
        await output.WriteAsync(chunk.GetBuffer().AsMemory(0, (int)chunk.Length), ct);
        chunk.SetLength(0);
    }

    private static void WriteKey(XmlWriter xml, string id, string domain, string name, string type)
    {
        xml.WriteStartElement(null, "key", Ns);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("for", domain);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", type);
        xml.WriteEndElement();
    }

    private static void WriteNode(XmlWriter xml, GraphNode node)
    {
        xml.WriteStartElement(null, "node", Ns);
        xml.WriteAttributeString("id", XmlText(node.Id));
        Data(xml, "n_kind", node.Kind.ToString());
        Data(xml, "n_label", FlatProperties.Label(node));
        Data(xml, "n_name_en", node.Names.En);
        Data(xml, "n_name_ar", node.Names.Ar);
        Data(xml, "n_name_en_machine", node.Names.EnIsMachineMade ? "true" : "false");
        if (node.Aliases.Count > 0) Data(xml, "n_aliases", FlatProperties.JsonArray(node.Aliases));
        Data(xml, "n_iso", node.Iso);
        Data(xml, "n_country_iso", node.CountryIso);
        if (node.Date is { } date) Data(xml, "n_date", FlatProperties.DateText(date));
        if (node.Countries.Count > 0) Data(xml, "n_countries", FlatProperties.JsonArray(node.Countries));
        foreach (var key in FlatProperties.NodeKeys) Data(xml, "n_" + key, FlatProperties.Get(node.Properties, key));
        Data(xml, "n_properties", FlatProperties.ExtraJson(node.Properties, FlatProperties.NodeKeys));
        xml.WriteEndElement();
    }

    private static void WriteEdge(XmlWriter xml, GraphEdge edge)
    {
        xml.WriteStartElement(null, "edge", Ns);
        xml.WriteAttributeString("id", XmlText(edge.Id));
        xml.WriteAttributeString("source", XmlText(edge.From));
        xml.WriteAttributeString("target", XmlText(edge.To));
        Data(xml, "e_type", edge.Type);
        Data(xml, "e_label", edge.Type);
        foreach (var key in FlatProperties.EdgeKeys) Data(xml, "e_" + key, FlatProperties.Get(edge.Properties, key));
        Data(xml, "e_properties", FlatProperties.ExtraJson(edge.Properties, FlatProperties.EdgeKeys));
        if (edge.Sources.Count > 0)
        {
            Data(xml, "e_source_articles", FlatProperties.JsonArray(FlatProperties.SourceArticles(edge)));
            Data(xml, "e_sources", FlatProperties.SourcesJson(edge));
        }
        Data(xml, "e_source_count", edge.Sources.Count.ToString(CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string key, string? value)
    {
        if (value is null) return;
        xml.WriteStartElement(null, "data", Ns);
        xml.WriteAttributeString("key", key);
        xml.WriteString(XmlText(value));
        xml.WriteEndElement();
    }

    // XML 1.0 cannot carry most control characters; U+FFFD marks where one stood rather than failing mid-file.
    private static string XmlText(string value)
    {
        foreach (var c in value)
        {
            if (!XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c)) return Sanitize(value);
        }
        return value;
    }

    private static string Sanitize(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var c in value) sb.Append(XmlConvert.IsXmlChar(c) || char.IsSurrogate(c) ? c : '\uFFFD');
        return sb.ToString();
    }
}
