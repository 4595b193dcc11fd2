using System.Runtime.CompilerServices;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;
using Microsoft.Data.Sqlite;
using static DiplomacyGraph.Storage.Sqlite.SqliteRows;

namespace DiplomacyGraph.Storage.Sqlite;

/// <summary>
/// The embedded graph store: one SQLite file in WAL mode. Readers run concurrently on pooled connections;
/// writes are serialised in process and each batch is one transaction. Every value reaches SQL as a parameter.
/// </summary>
public sealed class SqliteGraphStore : IGraphStore
{
    private const int ScanPageSize = 1000;

    private readonly SqliteConnectionFactory _connections;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private int _disposed;

    /// <summary>A store on the database file at <paramref name="path"/> (created, with its folder, on first use).</summary>
    public SqliteGraphStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _connections = new SqliteConnectionFactory(path);
    }

    /// <inheritdoc />
    public string Name => "sqlite";

    /// <summary>The full path of the database file.</summary>
    public string FilePath => _connections.FilePath;

    /// <inheritdoc />
    public async Task InitializeAsync(CancellationToken ct = default)
    {
        if (Path.GetDirectoryName(FilePath) is { Length: > 0 } folder) Directory.CreateDirectory(folder);
        await _writeLock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await using var c = await _connections.OpenAsync(ct).ConfigureAwait(false);
            await using var cmd = Command(c, SqliteSchema.Ddl);
            await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            cmd.CommandText = SqliteSchema.SeedCounts;
            await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            cmd.CommandText = SqliteSchema.SeedDerived;
            await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            cmd.CommandText = "INSERT OR REPLACE INTO schema_info(key, value) VALUES('version', $v)";
            cmd.Parameters.AddWithValue("$v", SqliteSchema.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <inheritdoc />
    public async Task<bool> IsReadyAsync(CancellationToken ct = default)
    {
        try
        {
            await using var c = await _connections.OpenAsync(ct).ConfigureAwait(false);
            await using var cmd = Command(c, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'nodes'");
            return await cmd.ExecuteLoggedScalarAsync(ct).ConfigureAwait(false) is long n && n == 1;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task<WriteResult> WriteAsync(GraphBatch batch, CancellationToken ct = default)
    {
        GraphBatchValidator.Validate(batch);
        if (batch.Nodes.Count == 0 && batch.Edges.Count == 0) return WriteResult.None;
        await _writeLock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await using var c = await _connections.OpenAsync(ct).ConfigureAwait(false);
            // IMMEDIATE takes the write lock up front, so another process writing the same file waits instead of failing mid-batch.
            await using var tx = c.BeginTransaction(deferred: false);
            using var writer = new SqliteBatchWriter(c, tx);
            var result = await writer.WriteAsync(batch, ct).ConfigureAwait(false);
            await tx.CommitAsync(CancellationToken.None).ConfigureAwait(false);
            return result;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <inheritdoc />
    public async Task<GraphStats> GetStatsAsync(CancellationToken ct = default)
    {
        await using var c = await _connections.OpenAsync(ct).ConfigureAwait(false);
        var byKind = Enum.GetValues<NodeKind>().ToDictionary(k => k, _ => 0L);
        // Counters kept by every write: counting a million rows per health check would not be.
        await using var cmd = Command(c, "SELECT name, n FROM counts");
        var edges = 0L;
        await using var r = await cmd.ExecuteLoggedReaderAsync(ct).ConfigureAwait(false);
        while (await r.ReadAsync(ct).ConfigureAwait(false))
        {
            var name = r.GetString(0);
            if (name == "edges") edges = r.GetInt64(1);
            else if (name.StartsWith("node:", StringComparison.Ordinal) && Enum.TryParse<NodeKind>(name[5..], out var kind)) byKind[kind] = r.GetInt64(1);
        }
        return new GraphStats(byKind, edges);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var result = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        var wanted = ids.Where(i => !string.IsNullOrEmpty(i)).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0) return result;
        await using var c = await _connections.OpenAsync(ct).ConfigureAwait(false);
        await using var cmd = Command(c, $"SELECT {NodeColumns} FROM nodes n WHERE n.id IN (SELECT value FROM json_each($ids))");
        cmd.Parameters.AddWithValue("$ids", IdsJson(wanted));
        await using var r = await cmd.ExecuteLoggedReaderAsync(ct).ConfigureAwait(false);
        while (await r.ReadAsync(ct).ConfigureAwait(false))
        {
            var node = ReadNode(r);
            result[node.Id] = node;
        }
        return result;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var c = await _connections.OpenAsync(ct).ConfigureAwait(false);
        return await SqliteSearch.SearchAsync(c, query, ct).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(EdgeQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(query.NodeIds, nameof(query.NodeIds));
        if (query.NodeIds.Count == 0) return [];
        await using var c = await _connections.OpenAsync(ct).ConfigureAwait(false);
        // Joins from the queried ids straight into the (end, type, other end) indexes; the queried end is its own id.
        var typeFilter = query.Types is { Count: > 0 } ? " AND e.type IN (SELECT value FROM json_each($types))" : string.Empty;
        const string Queried = "json_each($ids) j JOIN nodes q ON q.id = j.value";
        var outgoing = $"SELECT e.nid, e.id, e.type, q.id, t.id, e.props FROM {Queried} JOIN edges e ON e.from_nid = q.nid{typeFilter} JOIN nodes t ON t.nid = e.to_nid";
        var incoming = $"SELECT e.nid, e.id, e.type, f.id, q.id, e.props FROM {Queried} JOIN edges e ON e.to_nid = q.nid{typeFilter} JOIN nodes f ON f.nid = e.from_nid";
        var selected = query.Direction switch
        {
            EdgeDirection.Outgoing => outgoing,
            EdgeDirection.Incoming => incoming,
            // UNION drops the second copy of an edge between two queried nodes (its rows are identical).
            _ => outgoing + " UNION " + incoming,
        };
        await using var cmd = Command(c, $"SELECT * FROM ({selected}) ORDER BY 2");
        cmd.Parameters.AddWithValue("$ids", IdsJson(query.NodeIds.Distinct(StringComparer.Ordinal)));
        if (typeFilter.Length > 0) cmd.Parameters.AddWithValue("$types", IdsJson(query.Types!));
        return [.. (await SqliteReads.EdgesAsync(cmd, query.WithSources, ct).ConfigureAwait(false)).Select(e => e.Edge)];
    }

    /// <inheritdoc />
    public async Task<MeetingPage> FindMeetingsAsync(MeetingQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var c = await _connections.OpenAsync(ct).ConfigureAwait(false);
        return await SqliteMeetingQueries.FindAsync(c, query, ct).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CounterpartRow>> GetCounterpartsAsync(CounterpartQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var c = await _connections.OpenAsync(ct).ConfigureAwait(false);
        return await SqliteMeetingQueries.CounterpartsAsync(c, query, ct).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<MeetingDateCount>> CountMeetingsByDateAsync(MeetingDateCountQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var c = await _connections.OpenAsync(ct).ConfigureAwait(false);
        return await SqliteMeetingQueries.CountByDateAsync(c, query, ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<CountryTieRow>> GetCountryTiesAsync(CountryTieQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var c = await _connections.OpenAsync(ct).ConfigureAwait(false);
        return await SqliteMeetingQueries.CountryTiesAsync(c, query, ct).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<Subgraph> GetNeighborhoodAsync(NeighborhoodQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var c = await _connections.OpenAsync(ct).ConfigureAwait(false);
        return await SqliteTraversal.NeighborhoodAsync(c, query, ct).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<Subgraph?> FindShortestPathAsync(PathQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var c = await _connections.OpenAsync(ct).ConfigureAwait(false);
        return await SqliteTraversal.ShortestPathAsync(c, query, ct).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<GraphNode> ScanNodesAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        // Keyset pages: no read transaction stays open between pages, so a long export never blocks WAL checkpoints.
        var after = string.Empty;
        while (true)
        {
            var page = new List<GraphNode>(ScanPageSize);
            await using (var c = await _connections.OpenAsync(ct).ConfigureAwait(false))
            await using (var cmd = Command(c, $"SELECT {NodeColumns} FROM nodes n WHERE n.id > $after ORDER BY n.id LIMIT $n"))
            {
                cmd.Parameters.AddWithValue("$after", after);
                cmd.Parameters.AddWithValue("$n", ScanPageSize);
                await using var r = await cmd.ExecuteLoggedReaderAsync(ct).ConfigureAwait(false);
                while (await r.ReadAsync(ct).ConfigureAwait(false)) page.Add(ReadNode(r));
            }
            foreach (var node in page) yield return node;
            if (page.Count < ScanPageSize) yield break;
            after = page[^1].Id;
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<GraphEdge> ScanEdgesAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        var after = string.Empty;
        while (true)
        {
            List<(long Nid, GraphEdge Edge)> page;
            await using (var c = await _connections.OpenAsync(ct).ConfigureAwait(false))
            await using (var cmd = Command(c, $"SELECT {EdgeColumns} FROM edges e {EdgeJoins} WHERE e.id > $after ORDER BY e.id LIMIT $n"))
            {
                cmd.Parameters.AddWithValue("$after", after);
                cmd.Parameters.AddWithValue("$n", ScanPageSize);
                page = await SqliteReads.EdgesAsync(cmd, withSources: true, ct).ConfigureAwait(false);
            }
            foreach (var (_, edge) in page) yield return edge;
            if (page.Count < ScanPageSize) yield break;
            after = page[^1].Edge.Id;
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            // Pooled connections keep the file open; release them so the file can be moved or deleted.
            _connections.ClearPool();
            _writeLock.Dispose();
        }
        return ValueTask.CompletedTask;
    }
}
