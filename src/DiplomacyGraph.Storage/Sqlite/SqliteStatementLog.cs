using Microsoft.Data.Sqlite;

namespace DiplomacyGraph.Storage.Sqlite;

/// <summary>
/// Records the read statements run in the current async flow while a capture is open, so a test can ask SQLite
/// for the plan of exactly the SQL the store runs (EXPLAIN QUERY PLAN). Costs one null check when no capture is open.
/// </summary>
internal static class SqliteStatementLog
{
    private static readonly AsyncLocal<List<CapturedStatement>?> Current = new();

    /// <summary>Starts recording in this async flow; dispose the result to stop.</summary>
    public static Capture Start()
    {
        var list = new List<CapturedStatement>();
        Current.Value = list;
        return new Capture(list);
    }

    public static Task<SqliteDataReader> ExecuteLoggedReaderAsync(this SqliteCommand cmd, CancellationToken ct)
    {
        Record(cmd);
        return cmd.ExecuteReaderAsync(ct);
    }

    public static Task<object?> ExecuteLoggedScalarAsync(this SqliteCommand cmd, CancellationToken ct)
    {
        Record(cmd);
        return cmd.ExecuteScalarAsync(ct);
    }

    /// <summary>Records a statement run outside <see cref="SqliteCommand"/> (on the raw handle).</summary>
    public static void Record(string sql, params (string Name, object? Value)[] parameters)
    {
        if (Current.Value is { } list) list.Add(new CapturedStatement(sql, parameters));
    }

    private static void Record(SqliteCommand cmd)
    {
        if (Current.Value is not { } list) return;
        list.Add(new CapturedStatement(cmd.CommandText, [.. cmd.Parameters.Cast<SqliteParameter>().Select(p => (p.ParameterName, p.Value))]));
    }

    internal sealed record CapturedStatement(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters);

    internal sealed class Capture(List<CapturedStatement> statements) : IDisposable
    {
        public IReadOnlyList<CapturedStatement> Statements => statements;

        public void Dispose() => Current.Value = null;
    }
}
