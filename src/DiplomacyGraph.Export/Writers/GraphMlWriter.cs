using System.Globalization;
using System.Text;
using System.Xml;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Export.Formats;

namespace DiplomacyGraph.Export.Writers;

/// <summary>
/// GraphML with typed keys. Lists (aliases, countries, source articles) and provenance are JSON text, because
/// GraphML has no list type; dates are ISO text. Absent values get no &lt;data&gt; element.
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

    public ExportFormat Format => ExportFormat.GraphMl;

    public async Task WriteAsync(ExportGraph graph, Stream output, IProgress<ExportProgress>? progress, CancellationToken ct)
    {
        var settings = new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true, CloseOutput = false };
        var counter = new ProgressCounter(graph, progress);
        await using (var xml = XmlWriter.Create(output, settings))
        {
            await xml.WriteStartDocumentAsync();
            await xml.WriteStartElementAsync(null, "graphml", Ns);
            foreach (var (id, name, type) in NodeKeys) await WriteKeyAsync(xml, id, "node", name, type);
            foreach (var (id, name, type) in EdgeKeys) await WriteKeyAsync(xml, id, "edge", name, type);
            await xml.WriteStartElementAsync(null, "graph", Ns);
            await xml.WriteAttributeStringAsync(null, "id", null, "G");
            await xml.WriteAttributeStringAsync(null, "edgedefault", null, "directed");

            await foreach (var node in graph.Nodes.WithCancellation(ct))
            {
                await WriteNodeAsync(xml, node);
                counter.Node();
            }
            await foreach (var edge in graph.Edges.WithCancellation(ct))
            {
                await WriteEdgeAsync(xml, edge);
                counter.Edge();
            }

            await xml.WriteEndElementAsync();
            await xml.WriteEndElementAsync();
            await xml.WriteEndDocumentAsync();
            await xml.FlushAsync();
        }
        counter.Complete();
    }

    private static async Task WriteKeyAsync(XmlWriter xml, string id, string domain, string name, string type)
    {
        await xml.WriteStartElementAsync(null, "key", Ns);
        await xml.WriteAttributeStringAsync(null, "id", null, id);
        await xml.WriteAttributeStringAsync(null, "for", null, domain);
        await xml.WriteAttributeStringAsync(null, "attr.name", null, name);
        await xml.WriteAttributeStringAsync(null, "attr.type", null, type);
        await xml.WriteEndElementAsync();
    }

    private static async Task WriteNodeAsync(XmlWriter xml, GraphNode node)
    {
        await xml.WriteStartElementAsync(null, "node", Ns);
        await xml.WriteAttributeStringAsync(null, "id", null, XmlText(node.Id));
        await DataAsync(xml, "n_kind", node.Kind.ToString());
        await DataAsync(xml, "n_label", FlatProperties.Label(node));
        await DataAsync(xml, "n_name_en", node.Names.En);
        await DataAsync(xml, "n_name_ar", node.Names.Ar);
        await DataAsync(xml, "n_name_en_machine", node.Names.EnIsMachineMade ? "true" : "false");
        if (node.Aliases.Count > 0) await DataAsync(xml, "n_aliases", FlatProperties.JsonArray(node.Aliases));
        await DataAsync(xml, "n_iso", node.Iso);
        await DataAsync(xml, "n_country_iso", node.CountryIso);
        if (node.Date is { } date) await DataAsync(xml, "n_date", FlatProperties.DateText(date));
        if (node.Countries.Count > 0) await DataAsync(xml, "n_countries", FlatProperties.JsonArray(node.Countries));
        foreach (var key in FlatProperties.NodeKeys) await DataAsync(xml, "n_" + key, FlatProperties.Get(node.Properties, key));
        await DataAsync(xml, "n_properties", FlatProperties.ExtraJson(node.Properties, FlatProperties.NodeKeys));
        await xml.WriteEndElementAsync();
    }

    private static async Task WriteEdgeAsync(XmlWriter xml, GraphEdge edge)
    {
        await xml.WriteStartElementAsync(null, "edge", Ns);
        await xml.WriteAttributeStringAsync(null, "id", null, XmlText(edge.Id));
        await xml.WriteAttributeStringAsync(null, "source", null, XmlText(edge.From));
        await xml.WriteAttributeStringAsync(null, "target", null, XmlText(edge.To));
        await DataAsync(xml, "e_type", edge.Type);
        await DataAsync(xml, "e_label", edge.Type);
        foreach (var key in FlatProperties.EdgeKeys) await DataAsync(xml, "e_" + key, FlatProperties.Get(edge.Properties, key));
        await DataAsync(xml, "e_properties", FlatProperties.ExtraJson(edge.Properties, FlatProperties.EdgeKeys));
        if (edge.Sources.Count > 0)
        {
            await DataAsync(xml, "e_source_articles", FlatProperties.JsonArray(FlatProperties.SourceArticles(edge)));
            await DataAsync(xml, "e_sources", FlatProperties.SourcesJson(edge));
        }
        await DataAsync(xml, "e_source_count", edge.Sources.Count.ToString(CultureInfo.InvariantCulture));
        await xml.WriteEndElementAsync();
    }

    private static async Task DataAsync(XmlWriter xml, string key, string? value)
    {
        if (value is null) return;
        await xml.WriteStartElementAsync(null, "data", Ns);
        await xml.WriteAttributeStringAsync(null, "key", null, key);
        await xml.WriteStringAsync(XmlText(value));
        await xml.WriteEndElementAsync();
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
