using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;
using DiplomacyGraph.Domain.Text;
using Microsoft.Data.Sqlite;
using static DiplomacyGraph.Storage.Sqlite.SqliteRows;

namespace DiplomacyGraph.Storage.Sqlite;

/// <summary>
/// Name search over the name index: exact name key, exact alias key, key prefix, all tokens, phonetic skeleton.
/// Each tier is one indexed lookup; a node scores the best tier it reaches.
/// </summary>
internal static class SqliteSearch
{
    public const double ExactName = 1.0;
    public const double ExactAlias = 0.9;
    public const double Prefix = 0.7;
    public const double Tokens = 0.5;
    public const double Phonetic = 0.3;

    // The SQL returns a tier number (no culture-formatted numbers in SQL text); this maps it to a score.
    private static readonly double[] TierScores = [ExactName, ExactAlias, Prefix, Tokens, Phonetic];

    public static async Task<IReadOnlyList<SearchHit>> SearchAsync(SqliteConnection c, SearchQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query.Text, nameof(query.Text));
        ArgumentOutOfRangeException.ThrowIfNegative(query.First, nameof(query.First));
        var key = NameKey.Of(query.Text);
        if (key.Length == 0 || query.First == 0) return [];

        var kinds = query.Kinds is { Count: > 0 } k ? IdsJson(k.Distinct().Select(x => x.ToString())) : null;
        var kindFilter = kinds is null ? string.Empty : " AND n.kind IN (SELECT value FROM json_each($kinds))";
        var cap = Math.Min(query.First, 1000) + 50;
        var scores = new Dictionary<long, double>();

        await CollectAsync(c, scores, $"""
            SELECT k.nid, CASE WHEN MIN(k.rank) = 0 THEN 0 ELSE 1 END FROM name_keys k JOIN nodes n ON n.nid = k.nid
            WHERE k.key = $key{kindFilter} GROUP BY k.nid LIMIT $cap
            """, kinds, cap, ct, ("$key", key)).ConfigureAwait(false);
        await CollectAsync(c, scores, $"""
            SELECT DISTINCT k.nid, 2 FROM name_keys k JOIN nodes n ON n.nid = k.nid
            WHERE k.key > $key AND k.key < $end{kindFilter} LIMIT $cap
            """, kinds, cap, ct, ("$key", key), ("$end", SqliteNameIndex.PrefixEnd(key))).ConfigureAwait(false);

        var tokens = SqliteNameIndex.TokensOf(key).ToList();
        if (tokens.Count > 1) tokens = await RarestFirstAsync(c, tokens, ct).ConfigureAwait(false);
        if (tokens.Count > 0)
        {
            // One join per query token: a node matches when every token of the query is a token of its names.
            var joins = string.Concat(tokens.Skip(1).Select((_, i) => $" JOIN name_tokens t{i + 1} ON t{i + 1}.nid = t0.nid AND t{i + 1}.token = $t{i + 1}"));
            var parameters = tokens.Select((t, i) => ($"$t{i}", (object)t)).ToArray();
            await CollectAsync(c, scores, $"""
                SELECT DISTINCT t0.nid, 3 FROM name_tokens t0{joins} JOIN nodes n ON n.nid = t0.nid
                WHERE t0.token = $t0{kindFilter} LIMIT $cap
                """, kinds, cap, ct, parameters).ConfigureAwait(false);
        }

        var phonetic = SqliteNameIndex.QueryPhonetic(key);
        if (phonetic.Length > 0)
            await CollectAsync(c, scores, $"""
                SELECT p.nid, 4 FROM name_phonetic p JOIN nodes n ON n.nid = p.nid
                WHERE p.pkey = $p{kindFilter} LIMIT $cap
                """, kinds, cap, ct, ("$p", phonetic)).ConfigureAwait(false);

        if (scores.Count == 0) return [];
        var nodes = await SqliteReads.NodesByNidAsync(c, scores.Keys, ct).ConfigureAwait(false);
        return [.. nodes
            .Select(p => new SearchHit(p.Value, scores[p.Key]))
            .OrderByDescending(h => h.Score)
            .ThenBy(h => NameKey.Of(h.Node.Names.Get("en")).Length)
            .ThenBy(h => h.Node.Id, StringComparer.Ordinal)
            .Take(query.First)];
    }

    /// <summary>
    /// Orders tokens by how many names hold them (counted up to a cap), so the join starts from the rarest token:
    /// "person 1234" must not walk every name that contains "person".
    /// </summary>
    private static async Task<List<string>> RarestFirstAsync(SqliteConnection c, List<string> tokens, CancellationToken ct)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var cmd = Command(c, "SELECT COUNT(*) FROM (SELECT 1 FROM name_tokens WHERE token = $t LIMIT 2000)");
        foreach (var token in tokens)
        {
            cmd.Parameters.Clear();
            cmd.Parameters.AddWithValue("$t", token);
            counts[token] = (long)(await cmd.ExecuteLoggedScalarAsync(ct).ConfigureAwait(false))!;
        }
        return [.. tokens.OrderBy(t => counts[t]).ThenBy(t => t, StringComparer.Ordinal)];
    }

    private static async Task CollectAsync(SqliteConnection c, Dictionary<long, double> scores, string sql, string? kinds, int cap,
        CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var cmd = Command(c, sql);
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value);
        if (kinds is not null) cmd.Parameters.AddWithValue("$kinds", kinds);
        cmd.Parameters.AddWithValue("$cap", cap);
        await using var r = await cmd.ExecuteLoggedReaderAsync(ct).ConfigureAwait(false);
        while (await r.ReadAsync(ct).ConfigureAwait(false))
        {
            var nid = r.GetInt64(0);
            var score = TierScores[r.GetInt32(1)];
            if (!scores.TryGetValue(nid, out var s) || s < score) scores[nid] = score;
        }
    }
}
