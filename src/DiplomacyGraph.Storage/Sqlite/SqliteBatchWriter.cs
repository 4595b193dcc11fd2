using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;
using Microsoft.Data.Sqlite;
using static DiplomacyGraph.Storage.Sqlite.SqliteRows;

namespace DiplomacyGraph.Storage.Sqlite;

/// <summary>
/// Applies one validated batch inside the caller's transaction. Any exception leaves the transaction to be rolled back.
/// Commands are prepared once per batch and re-bound per row, which is what makes bulk loads fast.
/// </summary>
internal sealed class SqliteBatchWriter(SqliteConnection connection, SqliteTransaction tx) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long Nid, NodeKind Kind)> _known = new(StringComparer.Ordinal);
    private readonly Dictionary<NodeKind, long> _createdByKind = [];

    public async Task<WriteResult> WriteAsync(GraphBatch batch, CancellationToken ct)
    {
        int nodesCreated = 0, nodesMerged = 0, edgesCreated = 0, edgesMerged = 0;
        foreach (var node in GraphMerge.DistinctNodes(batch.Nodes))
        {
            ct.ThrowIfCancellationRequested();
            if (await WriteNodeAsync(node, ct).ConfigureAwait(false)) nodesCreated++;
            else nodesMerged++;
        }
        foreach (var edge in GraphMerge.DistinctEdges(batch.Edges))
        {
            ct.ThrowIfCancellationRequested();
            if (await WriteEdgeAsync(edge, ct).ConfigureAwait(false)) edgesCreated++;
            else edgesMerged++;
        }
        foreach (var (kind, n) in _createdByKind)
            await Exec("INSERT INTO counts(name, n) VALUES($name, $n) ON CONFLICT(name) DO UPDATE SET n = n + excluded.n", ct,
                ("$name", "node:" + kind), ("$n", n)).ConfigureAwait(false);
        if (edgesCreated > 0)
            await Exec("INSERT INTO counts(name, n) VALUES('edges', $n) ON CONFLICT(name) DO UPDATE SET n = n + excluded.n", ct, ("$n", edgesCreated)).ConfigureAwait(false);
        return new WriteResult(nodesCreated, nodesMerged, edgesCreated, edgesMerged);
    }

    public void Dispose()
    {
        foreach (var cmd in _commands.Values) cmd.Dispose();
    }

    /// <summary>Writes or merges one node; true when it was new.</summary>
    private async Task<bool> WriteNodeAsync(GraphNode incoming, CancellationToken ct)
    {
        // Insert first: in a bulk load nearly every node is new, and a conflict costs only the look-up we would do anyway.
        var node = GraphMerge.Normalize(incoming);
        if (await Scalar("""
            INSERT INTO nodes(id, kind, name_en, name_ar, en_machine, iso, country_iso, date, aliases, countries, props)
            VALUES($id, $kind, $en, $ar, $machine, $iso, $ciso, $date, $aliases, $countries, $props)
            ON CONFLICT(id) DO NOTHING RETURNING nid
            """, ct, NodeParameters(node).Append(("$id", node.Id)).Append(("$kind", node.Kind.ToString())).ToArray()).ConfigureAwait(false) is long created)
        {
            _known[node.Id] = (created, node.Kind);
            _createdByKind[node.Kind] = _createdByKind.GetValueOrDefault(node.Kind) + 1;
            await IndexNamesAsync(created, node, ct).ConfigureAwait(false);
            if (node.Kind == NodeKind.Meeting)
            {
                await Exec("INSERT INTO meetings(nid, id, date) VALUES($nid, $id, $date)", ct,
                    ("$nid", created), ("$id", node.Id), ("$date", Db(DateText(node.Date)))).ConfigureAwait(false);
                await SyncMeetingAsync(created, node, dateChanged: false, ct).ConfigureAwait(false);
            }
            return true;
        }

        GraphNode existing;
        long nid;
        await using (var r = await Run($"SELECT n.nid, {NodeColumns} FROM nodes n WHERE n.id = $id", ct, ("$id", incoming.Id)).ConfigureAwait(false))
        {
            await r.ReadAsync(ct).ConfigureAwait(false);
            nid = r.GetInt64(0);
            existing = ReadNode(r, 1);
        }
        if (existing.Kind != incoming.Kind)
            throw GraphBatchValidator.Invalid($"node '{incoming.Id}' is a {existing.Kind} in the store and cannot be written as a {incoming.Kind}");
        _known[incoming.Id] = (nid, existing.Kind);
        var merged = GraphMerge.Node(existing, incoming);
        if (GraphMerge.SameData(existing, merged)) return false;
        await Exec("""
            UPDATE nodes SET name_en = $en, name_ar = $ar, en_machine = $machine, iso = $iso, country_iso = $ciso,
                date = $date, aliases = $aliases, countries = $countries, props = $props WHERE nid = $nid
            """, ct, NodeParameters(merged).Append(("$nid", nid)).ToArray()).ConfigureAwait(false);
        await IndexNamesAsync(nid, merged, ct).ConfigureAwait(false);
        if (merged.Kind == NodeKind.Meeting) await SyncMeetingAsync(nid, merged, existing.Date != merged.Date, ct).ConfigureAwait(false);
        return false;
    }

    private static IEnumerable<(string, object)> NodeParameters(GraphNode n) =>
    [
        ("$en", Db(n.Names.En)), ("$ar", Db(n.Names.Ar)), ("$machine", n.Names.EnIsMachineMade ? 1 : 0),
        ("$iso", Db(n.Iso)), ("$ciso", Db(n.CountryIso)), ("$date", Db(DateText(n.Date))),
        ("$aliases", ToJson(n.Aliases)), ("$countries", ToJson(n.Countries)), ("$props", ToJson(n.Properties)),
    ];

    private async Task IndexNamesAsync(long nid, GraphNode node, CancellationToken ct)
    {
        foreach (var (key, rank) in SqliteNameIndex.Keys(node))
            await Exec("INSERT INTO name_keys(key, nid, rank) VALUES($k, $nid, $rank) ON CONFLICT(key, nid) DO UPDATE SET rank = min(rank, excluded.rank)",
                ct, ("$k", key), ("$nid", nid), ("$rank", rank)).ConfigureAwait(false);
        foreach (var token in SqliteNameIndex.Tokens(node))
            await Exec("INSERT OR IGNORE INTO name_tokens(token, nid) VALUES($t, $nid)", ct, ("$t", token), ("$nid", nid)).ConfigureAwait(false);
        foreach (var pkey in SqliteNameIndex.PhoneticKeys(node))
            await Exec("INSERT OR IGNORE INTO name_phonetic(pkey, nid) VALUES($p, $nid)", ct, ("$p", pkey), ("$nid", nid)).ConfigureAwait(false);
    }

    /// <summary>Keeps the denormalised meeting rows (date, countries) in step with the Meeting node.</summary>
    private async Task SyncMeetingAsync(long nid, GraphNode meeting, bool dateChanged, CancellationToken ct)
    {
        var date = Db(DateText(meeting.Date));
        if (dateChanged)
        {
            await Exec("UPDATE meetings SET date = $date WHERE nid = $nid", ct, ("$date", date), ("$nid", nid)).ConfigureAwait(false);
            await Exec("UPDATE meeting_participants SET date = $date WHERE meeting_nid = $nid", ct, ("$date", date), ("$nid", nid)).ConfigureAwait(false);
            await Exec("UPDATE meeting_countries SET date = $date WHERE meeting_nid = $nid", ct, ("$date", date), ("$nid", nid)).ConfigureAwait(false);
            await Exec("UPDATE meeting_country_pairs SET date = $date WHERE meeting_nid = $nid", ct, ("$date", date), ("$nid", nid)).ConfigureAwait(false);
            await Exec("""
                UPDATE participant_totals SET dated = dated + 1
                WHERE person_nid IN (SELECT person_nid FROM meeting_participants WHERE meeting_nid = $nid) AND $date IS NOT NULL
                """, ct, ("$date", date), ("$nid", nid)).ConfigureAwait(false);
            await Exec("""
                UPDATE meeting_pairs SET date = $date
                WHERE person_nid IN (SELECT person_nid FROM meeting_participants WHERE meeting_nid = $nid)
                  AND other_nid IN (SELECT person_nid FROM meeting_participants WHERE meeting_nid = $nid) AND meeting_nid = $nid
                """, ct, ("$date", date), ("$nid", nid)).ConfigureAwait(false);
            // The meeting was undated (dates only ever get filled in), so it counted already but widened no dates.
            await Exec("""
                UPDATE counterparts SET
                    first = CASE WHEN first IS NULL OR $date < first THEN $date ELSE first END,
                    last = CASE WHEN last IS NULL OR $date > last THEN $date ELSE last END
                WHERE person_nid IN (SELECT person_nid FROM meeting_participants WHERE meeting_nid = $nid)
                  AND other_nid IN (SELECT person_nid FROM meeting_participants WHERE meeting_nid = $nid) AND $date IS NOT NULL
                """, ct, ("$date", date), ("$nid", nid)).ConfigureAwait(false);
        }
        foreach (var iso in meeting.Countries.Select(c => c.ToUpperInvariant()).Distinct(StringComparer.Ordinal))
            await Exec("INSERT OR IGNORE INTO meeting_countries(meeting_nid, iso, date, meeting_id) VALUES($nid, $iso, $date, $id)", ct,
                ("$nid", nid), ("$iso", iso), ("$date", date), ("$id", meeting.Id)).ConfigureAwait(false);
        await Exec("""
            INSERT OR IGNORE INTO meeting_country_pairs(iso, other_iso, meeting_nid, date, meeting_id)
            SELECT a.iso, b.iso, a.meeting_nid, a.date, a.meeting_id
            FROM meeting_countries a JOIN meeting_countries b ON b.meeting_nid = a.meeting_nid AND b.iso <> a.iso
            WHERE a.meeting_nid = $nid
            """, ct, ("$nid", nid)).ConfigureAwait(false);
    }

    /// <summary>Writes or merges one edge; true when it was new.</summary>
    private async Task<bool> WriteEdgeAsync(GraphEdge edge, CancellationToken ct)
    {
        var from = await ResolveAsync(edge, edge.From, ct).ConfigureAwait(false);
        var to = await ResolveAsync(edge, edge.To, ct).ConfigureAwait(false);

        var created = await Scalar("""
            INSERT INTO edges(id, type, from_nid, to_nid, props) VALUES($id, $type, $from, $to, $props)
            ON CONFLICT(id) DO NOTHING RETURNING nid
            """, ct, ("$id", edge.Id), ("$type", edge.Type), ("$from", from.Nid), ("$to", to.Nid), ("$props", ToJson(edge.Properties))).ConfigureAwait(false) as long?;
        long nid;
        if (created is { } newNid)
        {
            nid = newNid;
            await Exec("INSERT INTO degrees(nid, n) VALUES($from, 1), ($to, 1) ON CONFLICT(nid) DO UPDATE SET n = n + 1", ct,
                ("$from", from.Nid), ("$to", to.Nid)).ConfigureAwait(false);
            if (edge.Type == RelationshipTypes.ParticipatedIn && to.Kind == NodeKind.Meeting)
                await AddParticipantAsync(from.Nid, to.Nid, ct).ConfigureAwait(false);
        }
        else
        {
            GraphEdge existing;
            await using (var r = await Run($"SELECT {EdgeColumns} FROM edges e {EdgeJoins} WHERE e.id = $id", ct, ("$id", edge.Id)).ConfigureAwait(false))
            {
                await r.ReadAsync(ct).ConfigureAwait(false);
                (nid, existing) = ReadEdge(r);
            }
            if (!GraphBatchValidator.SameShape(existing.Type, existing.From, existing.To, edge))
                throw GraphBatchValidator.Invalid($"edge '{edge.Id}' exists as {existing.Type} {existing.From} -> {existing.To} and cannot be written as {edge.Type} {edge.From} -> {edge.To}");
            var merged = GraphMerge.Edge(existing, edge with { Sources = [] });
            if (!GraphMerge.SameProperties(existing.Properties, merged.Properties))
                await Exec("UPDATE edges SET props = $props WHERE nid = $nid", ct, ("$props", ToJson(merged.Properties)), ("$nid", nid)).ConfigureAwait(false);
        }

        foreach (var s in edge.Sources)
            await Exec("""
                INSERT OR IGNORE INTO edge_sources(edge_nid, article_id, start, "end", url, file, lang, evidence)
                VALUES($edge, $article, $start, $end, $url, $file, $lang, $evidence)
                """, ct, ("$edge", nid), ("$article", s.ArticleId), ("$start", s.Start), ("$end", s.End),
                ("$url", Db(s.Url)), ("$file", Db(s.File)), ("$lang", Db(s.Lang)), ("$evidence", Db(s.Evidence))).ConfigureAwait(false);
        return created is not null;
    }

    // Undated meetings leave first/last as they are; a dated one widens them.
    private const string MergeFirstLast = """
        first = CASE WHEN first IS NULL THEN excluded.first WHEN excluded.first IS NULL THEN first ELSE min(first, excluded.first) END,
        last = CASE WHEN last IS NULL THEN excluded.last WHEN excluded.last IS NULL THEN last ELSE max(last, excluded.last) END
        """;

    /// <summary>Adds a person to a meeting's participant rows and its pairs with the participants already there.</summary>
    private async Task AddParticipantAsync(long person, long meeting, CancellationToken ct)
    {
        // Another edge id for the same person and meeting must not count the meeting twice.
        if (await Scalar("SELECT 1 FROM meeting_participants WHERE meeting_nid = $meeting AND person_nid = $person", ct,
            ("$person", person), ("$meeting", meeting)).ConfigureAwait(false) is not null) return;
        await Exec($"""
            INSERT INTO counterparts(person_nid, other_nid, n, first, last)
            SELECT * FROM (
                SELECT $person, x.person_nid, 1, x.date, x.date FROM meeting_participants x WHERE x.meeting_nid = $meeting AND x.person_nid <> $person
                UNION ALL
                SELECT x.person_nid, $person, 1, x.date, x.date FROM meeting_participants x WHERE x.meeting_nid = $meeting AND x.person_nid <> $person)
            WHERE true
            ON CONFLICT(person_nid, other_nid) DO UPDATE SET n = n + 1, {MergeFirstLast}
            """, ct, ("$person", person), ("$meeting", meeting)).ConfigureAwait(false);
        await Exec("""
            INSERT OR IGNORE INTO meeting_pairs(person_nid, other_nid, meeting_nid, date, meeting_id)
            SELECT $person, x.person_nid, x.meeting_nid, x.date, x.meeting_id FROM meeting_participants x
            WHERE x.meeting_nid = $meeting AND x.person_nid <> $person
            UNION ALL
            SELECT x.person_nid, $person, x.meeting_nid, x.date, x.meeting_id FROM meeting_participants x
            WHERE x.meeting_nid = $meeting AND x.person_nid <> $person
            """, ct, ("$person", person), ("$meeting", meeting)).ConfigureAwait(false);
        await Exec("""
            INSERT OR IGNORE INTO meeting_participants(meeting_nid, person_nid, date, meeting_id)
            SELECT nid, $person, date, id FROM meetings WHERE nid = $meeting
            """, ct, ("$person", person), ("$meeting", meeting)).ConfigureAwait(false);
        await Exec("""
            INSERT INTO participant_totals(person_nid, n, dated)
            SELECT $person, 1, date IS NOT NULL FROM meetings WHERE nid = $meeting
            ON CONFLICT(person_nid) DO UPDATE SET n = n + 1, dated = dated + excluded.dated
            """, ct, ("$person", person), ("$meeting", meeting)).ConfigureAwait(false);
    }

    private async Task<(long Nid, NodeKind Kind)> ResolveAsync(GraphEdge edge, string nodeId, CancellationToken ct)
    {
        if (_known.TryGetValue(nodeId, out var known)) return known;
        await using var r = await Run("SELECT nid, kind FROM nodes WHERE id = $id", ct, ("$id", nodeId)).ConfigureAwait(false);
        if (!await r.ReadAsync(ct).ConfigureAwait(false))
            throw GraphBatchValidator.Invalid($"edge '{edge.Id}' ({edge.Type}) points to node '{nodeId}', which is neither in the store nor in the batch");
        var found = (r.GetInt64(0), Enum.Parse<NodeKind>(r.GetString(1)));
        _known[nodeId] = found;
        return found;
    }

    private SqliteCommand Prepare(string sql, (string Name, object Value)[] parameters)
    {
        if (!_commands.TryGetValue(sql, out var cmd))
        {
            cmd = Command(connection, sql, tx);
            _commands[sql] = cmd;
        }
        cmd.Parameters.Clear();
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value);
        return cmd;
    }

    private Task<SqliteDataReader> Run(string sql, CancellationToken ct, params (string, object)[] p) => Prepare(sql, p).ExecuteReaderAsync(ct);

    private Task<int> Exec(string sql, CancellationToken ct, params (string, object)[] p) => Prepare(sql, p).ExecuteNonQueryAsync(ct);

    private Task<object?> Scalar(string sql, CancellationToken ct, params (string, object)[] p) => Prepare(sql, p).ExecuteScalarAsync(ct);
}
