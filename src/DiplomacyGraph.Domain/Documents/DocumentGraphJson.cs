using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DiplomacyGraph.Domain.Documents;

/// <summary>The one JSON form of a document graph: camelCase, Arabic as plain UTF-8 (no \uXXXX escapes).</summary>
public static class DocumentGraphJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        PropertyNameCaseInsensitive = true,
    };

    public static string Serialize(DocumentGraph graph) => JsonSerializer.Serialize(graph, Options);

    public static DocumentGraph? Deserialize(string json) => JsonSerializer.Deserialize<DocumentGraph>(json, Options);
}
