using DiplomacyGraph.Domain.Graph;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace DiplomacyGraph.Storage.Sqlite;

/// <summary>
/// Runs a traversal step query on the connection's native handle. A hub has 100k+ edges and a path search may read
/// several; stepping the statement directly costs about a third of going through <see cref="SqliteDataReader"/>
/// per row, which is most of the time such a search takes.
/// </summary>
internal static class RawSteps
{
    private static readonly Dictionary<string, NodeKind> Kinds =
        Enum.GetValues<NodeKind>().ToDictionary(k => k.ToString(), k => k, StringComparer.Ordinal);

    /// <summary>
    /// Steps <paramref name="sql"/> (columns: edge nid, frontier nid, other nid, other kind or NULL; parameters $front and,
    /// when given, $types) and hands each row to <paramref name="visit"/> until it returns false. Returns the rows read.
    /// </summary>
    public static long Run(SqliteConnection c, string sql, string front, string? types, bool needKinds,
        Func<SqliteTraversal.Step, bool> visit, CancellationToken ct)
    {
        var db = c.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(db, raw.sqlite3_prepare_v2(db, sql, out var stmt));
        using (stmt)
        {
            Check(db, raw.sqlite3_bind_text(stmt, raw.sqlite3_bind_parameter_index(stmt, "$front"), front));
            if (types is not null) Check(db, raw.sqlite3_bind_text(stmt, raw.sqlite3_bind_parameter_index(stmt, "$types"), types));
            long rows = 0;
            while (true)
            {
                var rc = raw.sqlite3_step(stmt);
                if (rc == raw.SQLITE_DONE) break;
                if (rc != raw.SQLITE_ROW) Check(db, rc);
                if ((++rows & 0xFFF) == 0) ct.ThrowIfCancellationRequested();
                var kind = needKinds && raw.sqlite3_column_type(stmt, 3) != raw.SQLITE_NULL ? KindOf(raw.sqlite3_column_text(stmt, 3).utf8_to_string()) : default;
                var step = new SqliteTraversal.Step(raw.sqlite3_column_int64(stmt, 0), raw.sqlite3_column_int64(stmt, 1), raw.sqlite3_column_int64(stmt, 2), kind);
                if (!visit(step)) break;
            }
            return rows;
        }
    }

    /// <summary>Steps <paramref name="sql"/> (two integer columns, one text parameter) and hands each row to <paramref name="row"/>.</summary>
    public static void Pairs(SqliteConnection c, string sql, string parameter, string value, Action<long, long> row, CancellationToken ct)
    {
        var db = c.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(db, raw.sqlite3_prepare_v2(db, sql, out var stmt));
        using (stmt)
        {
            Check(db, raw.sqlite3_bind_text(stmt, raw.sqlite3_bind_parameter_index(stmt, parameter), value));
            long rows = 0;
            while (true)
            {
                var rc = raw.sqlite3_step(stmt);
                if (rc == raw.SQLITE_DONE) return;
                if (rc != raw.SQLITE_ROW) Check(db, rc);
                if ((++rows & 0xFFF) == 0) ct.ThrowIfCancellationRequested();
                row(raw.sqlite3_column_int64(stmt, 0), raw.sqlite3_column_int64(stmt, 1));
            }
        }
    }

    private static NodeKind KindOf(string name) => Kinds.TryGetValue(name, out var kind) ? kind : Enum.Parse<NodeKind>(name);

    private static void Check(sqlite3 db, int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_ROW or raw.SQLITE_DONE)) throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), rc);
    }
}
