using DiplomacyGraph.Domain.Graph;
using Microsoft.Data.Sqlite;
using static DiplomacyGraph.Storage.Sqlite.SqliteRows;

namespace DiplomacyGraph.Storage.Sqlite;

/// <summary>Batched loads shared by the queries: one statement per set of ids, the set passed as one JSON parameter.</summary>
internal static class SqliteReads
{
    public static async Task<Dictionary<string, long>> NidsAsync(SqliteConnection c, IEnumerable<string> ids, CancellationToken ct)
    {
        var result = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var cmd = Command(c, "SELECT id, nid FROM nodes WHERE id IN (SELECT value FROM json_each($ids))");
        cmd.Parameters.AddWithValue("$ids", IdsJson(ids.Distinct(StringComparer.Ordinal)));
        await using var r = await cmd.ExecuteLoggedReaderAsync(ct).ConfigureAwait(false);
        while (await r.ReadAsync(ct).ConfigureAwait(false)) result[r.GetString(0)] = r.GetInt64(1);
        return result;
    }

    public static async Task<long?> NidAsync(SqliteConnection c, string id, CancellationToken ct)
    {
        await using var cmd = Command(c, "SELECT nid FROM nodes WHERE id = $id");
        cmd.Parameters.AddWithValue("$id", id);
        return await cmd.ExecuteLoggedScalarAsync(ct).ConfigureAwait(false) is long nid ? nid : null;
    }

    public static async Task<Dictionary<long, GraphNode>> NodesByNidAsync(SqliteConnection c, IEnumerable<long> nids, CancellationToken ct)
    {
        var result = new Dictionary<long, GraphNode>();
        await using var cmd = Command(c, $"SELECT n.nid, {NodeColumns} FROM nodes n WHERE n.nid IN (SELECT value FROM json_each($nids))");
        cmd.Parameters.AddWithValue("$nids", IdsJson(nids.Distinct()));
        await using var r = await cmd.ExecuteLoggedReaderAsync(ct).ConfigureAwait(false);
        while (await r.ReadAsync(ct).ConfigureAwait(false)) result[r.GetInt64(0)] = ReadNode(r, 1);
        return result;
    }

    /// <summary>Runs an edge query (selecting <see cref="EdgeColumns"/>) and, when asked, attaches every edge's sources.</summary>
    public static Task<List<(long Nid, GraphEdge Edge)>> EdgesAsync(SqliteCommand cmd, bool withSources, CancellationToken ct) =>
        EdgesAsync(cmd, withSources, r => ReadEdge(r), ct);

    private static async Task<List<(long Nid, GraphEdge Edge)>> EdgesAsync(SqliteCommand cmd, bool withSources, Func<SqliteDataReader, (long, GraphEdge)> read, CancellationToken ct)
    {
        var edges = new List<(long Nid, GraphEdge Edge)>();
        await using (var r = await cmd.ExecuteLoggedReaderAsync(ct).ConfigureAwait(false))
        {
            while (await r.ReadAsync(ct).ConfigureAwait(false)) edges.Add(read(r));
        }
        if (edges.Count == 0 || !withSources) return edges;
        var sources = await SourcesAsync(cmd.Connection!, edges.Select(e => e.Nid), ct).ConfigureAwait(false);
        for (var i = 0; i < edges.Count; i++)
            if (sources.TryGetValue(edges[i].Nid, out var list)) edges[i] = (edges[i].Nid, edges[i].Edge with { Sources = list });
        return edges;
    }

    /// <summary>
    /// Edges by nid whose ends are among <paramref name="ends"/> (a traversal's nodes, already loaded by nid): their ids
    /// come from there instead of two joins back to the nodes table, two random probes per edge.
    /// </summary>
    public static async Task<Dictionary<long, GraphEdge>> EdgesByNidAsync(SqliteConnection c, IEnumerable<long> nids, IReadOnlyDictionary<long, GraphNode> ends,
        bool withSources, CancellationToken ct)
    {
        await using var cmd = Command(c, "SELECT e.nid, e.id, e.type, e.from_nid, e.to_nid, e.props FROM edges e WHERE e.nid IN (SELECT value FROM json_each($nids))");
        cmd.Parameters.AddWithValue("$nids", IdsJson(nids.Distinct()));
        var rows = await EdgesAsync(cmd, withSources, r => ReadEdge(r, ends), ct).ConfigureAwait(false);
        return rows.ToDictionary(e => e.Nid, e => e.Edge);
    }

    /// <summary>Sources per edge, ordered by article id, start, end (the order every store returns them in).</summary>
    private static async Task<Dictionary<long, List<EdgeSource>>> SourcesAsync(SqliteConnection c, IEnumerable<long> edgeNids, CancellationToken ct)
    {
        var result = new Dictionary<long, List<EdgeSource>>();
        await using var cmd = Command(c, """
            SELECT edge_nid, article_id, url, file, lang, evidence, start, "end" FROM edge_sources
            WHERE edge_nid IN (SELECT value FROM json_each($nids)) ORDER BY edge_nid, article_id, start, "end"
            """);
        cmd.Parameters.AddWithValue("$nids", IdsJson(edgeNids.Distinct()));
        await using var r = await cmd.ExecuteLoggedReaderAsync(ct).ConfigureAwait(false);
        while (await r.ReadAsync(ct).ConfigureAwait(false))
        {
            var nid = r.GetInt64(0);
            if (!result.TryGetValue(nid, out var list)) result[nid] = list = [];
            list.Add(ReadSource(r, 1));
        }
        return result;
    }
}
