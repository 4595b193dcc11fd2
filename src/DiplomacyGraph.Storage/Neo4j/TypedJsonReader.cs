using System.Globalization;
using System.Text.Json;

namespace DiplomacyGraph.Storage.Neo4j;

/// <summary>
/// Decodes the Query API's typed JSON (<c>{"$type": …, "_value": …}</c>) into CLR values:
/// Null → null, Boolean → bool, Integer → long, Float → double, String → string, Date → <see cref="DateOnly"/>,
/// List → list, Map → dictionary, Node/Relationship/Path → <see cref="Neo4jNode"/>/<see cref="Neo4jRelationship"/>/<see cref="Neo4jPath"/>.
/// Other temporal, spatial and binary types keep their documented string form. Plain JSON (no <c>$type</c>) is read as is.
/// </summary>
internal static class TypedJsonReader
{
    public static object? Read(JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Null or JsonValueKind.Undefined: return null;
            case JsonValueKind.True: return true;
            case JsonValueKind.False: return false;
            case JsonValueKind.String: return e.GetString();
            case JsonValueKind.Number: return e.TryGetInt64(out var l) ? (object)l : e.GetDouble();
            case JsonValueKind.Array: return e.EnumerateArray().Select(Read).ToList();
        }
        if (e.TryGetProperty("$type", out var type) && e.TryGetProperty("_value", out var value))
            return ReadTyped(type.GetString() ?? string.Empty, value);
        return ReadMap(e);
    }

    private static object? ReadTyped(string type, JsonElement v) => type switch
    {
        "Null" => null,
        "Boolean" => v.GetBoolean(),
        "Integer" => v.ValueKind == JsonValueKind.Number ? v.GetInt64() : long.Parse(v.GetString()!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
        "Float" => v.ValueKind == JsonValueKind.Number ? v.GetDouble() : ParseFloat(v.GetString()!),
        "String" => v.GetString(),
        "Date" => DateOnly.ParseExact(v.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        "List" => v.EnumerateArray().Select(Read).ToList(),
        "Map" => ReadMap(v),
        "Node" => ReadNode(v),
        "Relationship" => ReadRelationship(v),
        "Path" => new Neo4jPath(v.EnumerateArray().Select(x => Read(x) ?? throw Protocol("a null inside a Path")).ToList()),
        // Time, LocalTime, DateTime kinds, Duration, Point, Base64, Vector, Unsupported: the documented string form.
        _ => v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText(),
    };

    private static double ParseFloat(string s) => s switch
    {
        "NaN" or "-NaN" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private static Dictionary<string, object?> ReadMap(JsonElement e)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var p in e.EnumerateObject()) map[p.Name] = Read(p.Value);
        return map;
    }

    private static Neo4jNode ReadNode(JsonElement v)
    {
        var labels = v.TryGetProperty("_labels", out var l) ? l.EnumerateArray().Select(x => x.GetString() ?? string.Empty).ToList() : [];
        return new Neo4jNode(Str(v, "_element_id"), labels, Props(v));
    }

    private static Neo4jRelationship ReadRelationship(JsonElement v) =>
        new(Str(v, "_element_id"), Str(v, "_start_node_element_id"), Str(v, "_end_node_element_id"), Str(v, "_type"), Props(v));

    private static IReadOnlyDictionary<string, object?> Props(JsonElement v) =>
        v.TryGetProperty("_properties", out var p) && p.ValueKind == JsonValueKind.Object ? ReadMap(p) : new Dictionary<string, object?>();

    private static string Str(JsonElement v, string name) =>
        v.TryGetProperty(name, out var p) ? p.GetString() ?? string.Empty : throw Protocol($"no '{name}'");

    private static Neo4jException Protocol(string what) =>
        new("DiplomacyGraph.Neo4j.Protocol", "Unexpected typed JSON from the Query API: " + what + ".");
}
