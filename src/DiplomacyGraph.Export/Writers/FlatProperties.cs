using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using DiplomacyGraph.Domain.Graph;

namespace DiplomacyGraph.Export.Writers;

/// <summary>
/// The one mapping from the graph model to flat properties that every format shares, so a column is called the
/// same in GraphML, JSON, CSV, Cypher and Parquet. Well-known free properties get their own column; the others
/// travel as one JSON object in <c>properties</c>. Edge provenance travels as a JSON array in <c>sources</c>.
/// </summary>
internal static class FlatProperties
{
    /// <summary>Node free properties with a column of their own (an Article's url, file, lang, title).</summary>
    public static readonly IReadOnlyList<string> NodeKeys = ["url", "file", "lang", "title"];

    /// <summary>Edge free properties with a column of their own (HOLDS_OFFICE title, PARTNER_OF kind).</summary>
    public static readonly IReadOnlyList<string> EdgeKeys = ["title", "kind"];

    /// <summary>JSON that keeps Arabic as UTF-8 rather than \u escapes.</summary>
    public static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Label text for viewers (Gephi): the English name, else the Arabic one, else the id.</summary>
    public static string Label(GraphNode node) => node.Names.En ?? node.Names.Ar ?? node.Id;

    public static string? Get(IReadOnlyDictionary<string, string> properties, string key) =>
        properties.TryGetValue(key, out var value) ? value : null;

    public static string DateText(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The properties not covered by a column, as a JSON object; null when there are none.</summary>
    public static string? ExtraJson(IReadOnlyDictionary<string, string> properties, IReadOnlyList<string> knownKeys)
    {
        var extra = Extra(properties, knownKeys);
        return extra.Count == 0 ? null : JsonSerializer.Serialize(extra, Json);
    }

    public static SortedDictionary<string, string> Extra(IReadOnlyDictionary<string, string> properties, IReadOnlyList<string> knownKeys)
    {
        var extra = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in properties)
        {
            if (!knownKeys.Contains(key, StringComparer.Ordinal)) extra[key] = value;
        }
        return extra;
    }

    /// <summary>The article ids an edge was read from, in order, without repeats.</summary>
    public static string[] SourceArticles(GraphEdge edge) =>
        edge.Sources.Select(s => s.ArticleId).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>An edge's provenance as a JSON array of objects (article, url, file, lang, evidence, start, end).</summary>
    public static string SourcesJson(GraphEdge edge)
    {
        // One buffer and writer per thread: this runs once per edge, and allocating a writer each time dominated the cost.
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
        var writer = t_writer ??= new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Json.Encoder });
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        WriteSources(writer, edge);
        writer.Flush();
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    public static void WriteSources(Utf8JsonWriter writer, GraphEdge edge)
    {
        writer.WriteStartArray();
        foreach (var s in edge.Sources)
        {
            writer.WriteStartObject();
            writer.WriteString("article", s.ArticleId);
            WriteOptional(writer, "url", s.Url);
            WriteOptional(writer, "file", s.File);
            WriteOptional(writer, "lang", s.Lang);
            WriteOptional(writer, "evidence", s.Evidence);
            writer.WriteNumber("start", s.Start);
            writer.WriteNumber("end", s.End);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    /// <summary>A list as a JSON array (GraphML has no list type).</summary>
    public static string JsonArray(IEnumerable<string> items) => JsonSerializer.Serialize(items, Json);

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null) writer.WriteString(name, value);
    }
}
