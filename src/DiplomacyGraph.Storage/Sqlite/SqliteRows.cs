using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using DiplomacyGraph.Domain.Graph;
using Microsoft.Data.Sqlite;

namespace DiplomacyGraph.Storage.Sqlite;

/// <summary>Conversions between rows and graph records, and the column lists that go with them.</summary>
internal static class SqliteRows
{
    /// <summary>Columns of a node row, table alias <c>n</c>; read with <see cref="ReadNode"/>.</summary>
    public const string NodeColumns = "n.id, n.kind, n.name_en, n.name_ar, n.en_machine, n.iso, n.country_iso, n.date, n.aliases, n.countries, n.props";

    /// <summary>Columns of an edge row (alias <c>e</c>, ends <c>f</c> and <c>t</c>); read with <see cref="ReadEdge(SqliteDataReader, int)"/>.</summary>
    public const string EdgeColumns = "e.nid, e.id, e.type, f.id, t.id, e.props";

    public const string EdgeJoins = "JOIN nodes f ON f.nid = e.from_nid JOIN nodes t ON t.nid = e.to_nid";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static GraphNode ReadNode(SqliteDataReader r, int at = 0)
    {
        var names = new Names(NullableString(r, at + 2), NullableString(r, at + 3), r.GetInt64(at + 4) != 0);
        return new GraphNode(r.GetString(at), Enum.Parse<NodeKind>(r.GetString(at + 1)), names, StringList(r.GetString(at + 8)))
        {
            Iso = NullableString(r, at + 5),
            CountryIso = NullableString(r, at + 6),
            Date = ParseDate(NullableString(r, at + 7)),
            Countries = StringList(r.GetString(at + 9)),
            Properties = Map(r.GetString(at + 10)),
        };
    }

    /// <summary>An edge without its sources (they are loaded per batch of edges).</summary>
    public static (long Nid, GraphEdge Edge) ReadEdge(SqliteDataReader r, int at = 0) =>
        (r.GetInt64(at), new GraphEdge(r.GetString(at + 1), r.GetString(at + 2), r.GetString(at + 3), r.GetString(at + 4))
        {
            Properties = Map(r.GetString(at + 5)),
        });

    /// <summary>An edge without its sources from columns nid, id, type, from nid, to nid, props; the ends' ids from <paramref name="ends"/>.</summary>
    public static (long Nid, GraphEdge Edge) ReadEdge(SqliteDataReader r, IReadOnlyDictionary<long, GraphNode> ends) =>
        (r.GetInt64(0), new GraphEdge(r.GetString(1), r.GetString(2), ends[r.GetInt64(3)].Id, ends[r.GetInt64(4)].Id)
        {
            Properties = Map(r.GetString(5)),
        });

    /// <summary>Reads a source from columns article_id, url, file, lang, evidence, start, end.</summary>
    public static EdgeSource ReadSource(SqliteDataReader r, int at) =>
        new(r.GetString(at), NullableString(r, at + 1), NullableString(r, at + 2), NullableString(r, at + 3), NullableString(r, at + 4),
            r.GetInt32(at + 5), r.GetInt32(at + 6));

    public static string? NullableString(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static string? DateText(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ParseDate(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string ToJson(IEnumerable<string> list) => JsonSerializer.Serialize(list, Json);

    public static string ToJson(IReadOnlyDictionary<string, string> map) =>
        JsonSerializer.Serialize(new SortedDictionary<string, string>(map.ToDictionary(), StringComparer.Ordinal), Json);

    public static string IdsJson<T>(IEnumerable<T> ids) => JsonSerializer.Serialize(ids, Json);

    public static object Db(string? value) => (object?)value ?? DBNull.Value;

    public static SqliteCommand Command(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        return cmd;
    }

    // Most rows hold the column defaults; skipping the JSON reader for them matters when a traversal reads 500 rows.
    private static IReadOnlyList<string> StringList(string json) =>
        json == "[]" ? [] : JsonSerializer.Deserialize<string[]>(json, Json) ?? [];

    private static IReadOnlyDictionary<string, string> Map(string json) =>
        json == "{}" ? new Dictionary<string, string>() : JsonSerializer.Deserialize<Dictionary<string, string>>(json, Json) ?? new Dictionary<string, string>();
}
