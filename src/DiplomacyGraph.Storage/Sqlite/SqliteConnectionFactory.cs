using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace DiplomacyGraph.Storage.Sqlite;

/// <summary>Opens pooled connections to one database file with the per-connection settings the store relies on.</summary>
internal sealed class SqliteConnectionFactory
{
    // Per-connection settings: WAL makes NORMAL durable enough (a crash loses at most the last commit, never corrupts).
    private const string ConnectionPragmas = "PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-8000;";

    // Pooled connections keep their native handle, and the pragmas stay set on it: they run once per handle, not per open.
    private readonly ConditionalWeakTable<sqlite3, object> _configured = [];
    private readonly string _connectionString;

    public SqliteConnectionFactory(string path)
    {
        FilePath = Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string FilePath { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            if (connection.Handle is { } handle && _configured.TryGetValue(handle, out _)) return connection;
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = ConnectionPragmas;
            await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            if (connection.Handle is { } opened) _configured.AddOrUpdate(opened, this);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public void ClearPool()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
