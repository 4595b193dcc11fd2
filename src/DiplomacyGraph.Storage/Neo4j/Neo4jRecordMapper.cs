using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Text;
using DiplomacyGraph.Storage.Sqlite;

namespace DiplomacyGraph.Storage.Neo4j;

/// <summary>
/// How a <see cref="GraphNode"/> or <see cref="GraphEdge"/> is laid out as Neo4j properties and read back.
/// Neo4j properties cannot hold maps or lists of maps, so free properties and edge sources travel as JSON strings
/// (<c>propsJson</c>, <c>sourcesJson</c>); simple free properties are also copied as plain properties for people
/// browsing the graph. Search keys (<c>nameKeys</c>, <c>nameTokens</c>, <c>phoneticKeys</c>) are derived on write.
/// </summary>
internal static partial class Neo4jRecordMapper
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "id", "kind", "nameEn", "nameAr", "enMachine", "aliases", "iso", "countryIso", "date", "countries", "countryKeys", "propsJson",
        "searchKeys", "nameKeyEn", "nameKeyAr", "nameTokens", "phoneticKeys", "searchText", "sourcesJson", "sourceCount",
    };

    public static Dictionary<string, object?> NodeProperties(GraphNode n)
    {
        // The same keys, tokens and phonetic skeletons as the embedded store's name index, so search finds the same nodes.
        var keys = SqliteNameIndex.Keys(n).Select(k => k.Key).ToList();
        var props = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = n.Id,
            ["kind"] = n.Kind.ToString(),
            ["nameEn"] = n.Names.En,
            ["nameAr"] = n.Names.Ar,
            ["enMachine"] = n.Names.EnIsMachineMade,
            ["aliases"] = n.Aliases.ToList(),
            ["iso"] = n.Iso,
            ["countryIso"] = n.CountryIso,
            ["date"] = n.Date,
            ["countries"] = n.Countries.ToList(),
            ["countryKeys"] = n.Countries.Select(c => c.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList(),
            ["propsJson"] = JsonSerializer.Serialize(Sorted(n.Properties), Json),
            ["searchKeys"] = keys,
            ["nameKeyEn"] = n.Names.En is null ? null : NameKey.Of(n.Names.En),
            ["nameKeyAr"] = n.Names.Ar is null ? null : NameKey.Of(n.Names.Ar),
            ["nameTokens"] = SqliteNameIndex.Tokens(n).ToList(),
            ["phoneticKeys"] = SqliteNameIndex.PhoneticKeys(n).Order(StringComparer.Ordinal).ToList(),
            ["searchText"] = string.Join(" | ", keys),
        };
        CopyPlain(n.Properties, props);
        return props;
    }

    public static GraphNode ToNode(Neo4jNode n)
    {
        var p = n.Properties;
        var kindText = Str(p, "kind") ?? n.Labels.FirstOrDefault(l => l != "Node") ?? string.Empty;
        if (!Enum.TryParse<NodeKind>(kindText, ignoreCase: false, out var kind))
            throw new Neo4jException("DiplomacyGraph.Neo4j.Data", $"Node '{Str(p, "id")}' has an unknown kind '{kindText}'.");
        return new GraphNode(Str(p, "id") ?? string.Empty, kind,
            new Names(Str(p, "nameEn"), Str(p, "nameAr"), p.TryGetValue("enMachine", out var m) && m is true),
            Strings(p, "aliases"))
        {
            Iso = Str(p, "iso"),
            CountryIso = Str(p, "countryIso"),
            Date = p.TryGetValue("date", out var d) ? d as DateOnly? : null,
            Countries = Strings(p, "countries"),
            Properties = Map(Str(p, "propsJson")),
        };
    }

    public static Dictionary<string, object?> EdgeProperties(GraphEdge e)
    {
        var props = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = e.Id,
            ["propsJson"] = JsonSerializer.Serialize(Sorted(e.Properties), Json),
            ["sourcesJson"] = JsonSerializer.Serialize(Ordered(e.Sources), Json),
            ["sourceCount"] = e.Sources.Count,
        };
        CopyPlain(e.Properties, props);
        return props;
    }

    /// <summary>An edge from a returned relationship; its sources only when <paramref name="withSources"/>.</summary>
    public static GraphEdge ToEdge(Neo4jRelationship r, string from, string to, bool withSources = true)
    {
        var p = r.Properties;
        var sources = withSources && Str(p, "sourcesJson") is { } s ? JsonSerializer.Deserialize<List<EdgeSource>>(s, Json) ?? [] : [];
        return new GraphEdge(Str(p, "id") ?? string.Empty, r.Type, from, to)
        {
            Properties = Map(Str(p, "propsJson")),
            Sources = Ordered(sources),
        };
    }

    /// <summary>An edge without sources from the columns of a <c>.without_sources</c> statement.</summary>
    public static GraphEdge ToEdge(string id, string type, string from, string to, string? propsJson) =>
        new(id, type, from, to) { Properties = Map(propsJson) };

    // Every store returns sources ordered by article id, start, end.
    private static List<EdgeSource> Ordered(IEnumerable<EdgeSource> sources) =>
        sources.OrderBy(x => x.ArticleId, StringComparer.Ordinal).ThenBy(x => x.Start).ThenBy(x => x.End).ToList();

    private static SortedDictionary<string, string> Sorted(IReadOnlyDictionary<string, string> d) => new(d.ToDictionary(), StringComparer.Ordinal);

    private static void CopyPlain(IReadOnlyDictionary<string, string> from, Dictionary<string, object?> to)
    {
        foreach (var (k, v) in from)
            if (Identifier().IsMatch(k) && !Reserved.Contains(k)) to[k] = v;
    }

    private static IReadOnlyDictionary<string, string> Map(string? json) =>
        string.IsNullOrEmpty(json) ? new Dictionary<string, string>() : JsonSerializer.Deserialize<Dictionary<string, string>>(json, Json) ?? [];

    private static string? Str(IReadOnlyDictionary<string, object?> p, string key) => p.TryGetValue(key, out var v) ? v as string : null;

    private static List<string> Strings(IReadOnlyDictionary<string, object?> p, string key) =>
        p.TryGetValue(key, out var v) && v is IEnumerable<object?> list ? list.OfType<string>().ToList() : [];

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,63}$")]
    private static partial Regex Identifier();
}
