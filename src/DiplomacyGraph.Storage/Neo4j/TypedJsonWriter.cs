using System.Collections;
using System.Globalization;
using System.Text.Json.Nodes;

namespace DiplomacyGraph.Storage.Neo4j;

/// <summary>
/// Encodes query parameters as the Query API's typed JSON, so that a date travels as a Cypher DATE and a
/// 64-bit integer keeps its precision: <c>{"$type": "Date", "_value": "2018-11-22"}</c>.
/// </summary>
internal static class TypedJsonWriter
{
    public static JsonObject Parameters(IReadOnlyDictionary<string, object?> parameters)
    {
        var o = new JsonObject();
        foreach (var (k, v) in parameters.OrderBy(p => p.Key, StringComparer.Ordinal)) o[k] = Write(v);
        return o;
    }

    public static JsonObject Write(object? value) => value switch
    {
        null => Typed("Null", null),
        string s => Typed("String", s),
        bool b => Typed("Boolean", b),
        int or long or short or byte or sbyte or ushort or uint => Typed("Integer", Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)),
        double d => Typed("Float", FormatFloat(d)),
        float f => Typed("Float", FormatFloat(f)),
        DateOnly d => Typed("Date", d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        Enum e => Typed("String", e.ToString()),
        IReadOnlyDictionary<string, object?> map => Typed("Map", MapOf(map)),
        IDictionary<string, string> map => Typed("Map", MapOf(map.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal))),
        IEnumerable list => Typed("List", new JsonArray(list.Cast<object?>().Select(x => (JsonNode)Write(x)).ToArray())),
        _ => throw new ArgumentException($"A parameter of type {value.GetType().Name} cannot be sent to Neo4j.", nameof(value)),
    };

    private static JsonObject MapOf(IReadOnlyDictionary<string, object?> map)
    {
        var o = new JsonObject();
        foreach (var (k, v) in map.OrderBy(p => p.Key, StringComparer.Ordinal)) o[k] = Write(v);
        return o;
    }

    private static string FormatFloat(double d) =>
        double.IsNaN(d) ? "NaN" : double.IsPositiveInfinity(d) ? "Infinity" : double.IsNegativeInfinity(d) ? "-Infinity"
        : d.ToString("R", CultureInfo.InvariantCulture);

    private static JsonObject Typed(string type, JsonNode? value) => new() { ["$type"] = type, ["_value"] = value };
}
