using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;
using Microsoft.Data.Sqlite;
using static DiplomacyGraph.Storage.Sqlite.SqliteRows;

namespace DiplomacyGraph.Storage.Sqlite;

/// <summary>
/// Meeting filters. The most selective list (a participant, else a country, else all meetings) drives the query
/// through its (key, date, id) index; the other conditions are EXISTS probes on primary keys. Dated and undated
/// meetings are paged as two index ranges so that neither order needs a sort of the whole match.
/// </summary>
internal static class SqliteMeetingQueries
{
    public static async Task<MeetingPage> FindAsync(SqliteConnection c, MeetingQuery q, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(q.First, nameof(q.First));
        ArgumentOutOfRangeException.ThrowIfNegative(q.Offset, nameof(q.Offset));
        await using var cmd = Command(c, string.Empty);
        if (await FilterAsync(c, cmd, q, ct).ConfigureAwait(false) is not (string from, string filter)) return new MeetingPage([], 0);

        // A person's whole history is counted by the writes; only narrower filters count their index range.
        var personOnly = q.ParticipantIds is [var only] && !string.IsNullOrWhiteSpace(only) && (q.CountryIsos?.Count ?? 0) == 0 && q.PlaceId is null && q.MentionedEntityId is null
            && q.From is null && q.To is null;
        cmd.CommandText = personOnly
            ? "SELECT COALESCE(MAX(n), 0), COALESCE(MAX(dated), 0) FROM participant_totals WHERE person_nid = $p0"
            : $"SELECT COUNT(*), COUNT(d.date) FROM {from} WHERE {filter}";
        long total, dated;
        await using (var r = await cmd.ExecuteLoggedReaderAsync(ct).ConfigureAwait(false))
        {
            await r.ReadAsync(ct).ConfigureAwait(false);
            total = r.GetInt64(0);
            dated = r.GetInt64(1);
        }
        if (q.First == 0 || q.Offset >= total) return new MeetingPage([], (int)total);

        var dir = q.Order == MeetingOrder.DateAscending ? "ASC" : "DESC";
        var page = new List<long>(q.First);
        if (q.Offset < dated)
            await PageAsync(cmd, $"SELECT d.meeting_nid FROM {from} WHERE {filter} AND d.date IS NOT NULL ORDER BY d.date {dir}, d.meeting_id {dir}",
                q.First, q.Offset, page, ct).ConfigureAwait(false);
        if (page.Count < q.First && total > dated)
            await PageAsync(cmd, $"SELECT d.meeting_nid FROM {from} WHERE {filter} AND d.date IS NULL ORDER BY d.meeting_id {dir}",
                q.First - page.Count, Math.Max(0, q.Offset - dated), page, ct).ConfigureAwait(false);

        var nodes = await SqliteReads.NodesByNidAsync(c, page, ct).ConfigureAwait(false);
        return new MeetingPage([.. page.Where(nodes.ContainsKey).Select(n => nodes[n])], (int)total);
    }

    public static async Task<IReadOnlyList<MeetingDateCount>> CountByDateAsync(SqliteConnection c, MeetingDateCountQuery q, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(q.Filter, nameof(q.Filter));
        await using var cmd = Command(c, string.Empty);
        if (await FilterAsync(c, cmd, q.Filter, ct).ConfigureAwait(false) is not (string from, string filter)) return [];

        // The driving index is (key, date, meeting_id), so grouping by date walks it in order without a sort.
        cmd.CommandText = $"SELECT d.date, COUNT(*) FROM {from} WHERE {filter} AND d.date IS NOT NULL GROUP BY d.date ORDER BY d.date";
        var counts = new List<(string Date, int Count)>();
        await using (var r = await cmd.ExecuteLoggedReaderAsync(ct).ConfigureAwait(false))
        {
            while (await r.ReadAsync(ct).ConfigureAwait(false)) counts.Add((r.GetString(0), r.GetInt32(1)));
        }

        var persons = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (q.WithPersons && counts.Count > 0)
        {
            cmd.CommandText = $"""
                SELECT DISTINCT d.date, n.id FROM {from}
                JOIN meeting_participants x ON x.meeting_nid = d.meeting_nid JOIN nodes n ON n.nid = x.person_nid
                WHERE {filter} AND d.date IS NOT NULL ORDER BY d.date, n.id
                """;
            await using var r = await cmd.ExecuteLoggedReaderAsync(ct).ConfigureAwait(false);
            while (await r.ReadAsync(ct).ConfigureAwait(false))
            {
                var date = r.GetString(0);
                if (!persons.TryGetValue(date, out var list)) persons[date] = list = [];
                list.Add(r.GetString(1));
            }
        }
        return [.. counts.Select(x => new MeetingDateCount(ParseDate(x.Date)!.Value, x.Count, persons.GetValueOrDefault(x.Date) ?? []))];
    }

    public static async Task<IReadOnlyList<CounterpartRow>> CounterpartsAsync(SqliteConnection c, CounterpartQuery q, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(q.First, nameof(q.First));
        if (q.First == 0 || await SqliteReads.NidAsync(c, q.PersonId, ct).ConfigureAwait(false) is not { } person) return [];
        var dates = DateFilter("p", q.From, q.To);

        var rows = new List<(long Nid, string Id, int Count, DateOnly? First, DateOnly? Last)>();
        // Without dates the kept per-pair totals answer directly, read in rank order and cut at First.
        var sql = q.From is null && q.To is null
            ? """
              SELECT c.other_nid, n.id, c.n, c.first, c.last FROM counterparts c JOIN nodes n ON n.nid = c.other_nid
              WHERE c.person_nid = $person ORDER BY c.n DESC, c.last DESC, n.id LIMIT $first
              """
            : $"""
            SELECT g.other_nid, n.id, g.cnt, g.first, g.last FROM (
                SELECT p.other_nid, COUNT(*) AS cnt, MIN(p.date) AS first, MAX(p.date) AS last
                FROM meeting_pairs p WHERE p.person_nid = $person{dates} GROUP BY p.other_nid) g
            JOIN nodes n ON n.nid = g.other_nid
            ORDER BY g.cnt DESC, g.last DESC, n.id LIMIT $first
            """;
        await using (var cmd = Command(c, sql))
        {
            AddDates(cmd, q.From, q.To);
            cmd.Parameters.AddWithValue("$person", person);
            cmd.Parameters.AddWithValue("$first", q.First);
            await using var r = await cmd.ExecuteLoggedReaderAsync(ct).ConfigureAwait(false);
            while (await r.ReadAsync(ct).ConfigureAwait(false))
                rows.Add((r.GetInt64(0), r.GetString(1), r.GetInt32(2), ParseDate(NullableString(r, 3)), ParseDate(NullableString(r, 4))));
        }
        if (rows.Count == 0) return [];
        if (!q.WithMeetingIds) return [.. rows.Select(x => new CounterpartRow(x.Id, x.Count, x.First, x.Last, []))];

        var meetings = rows.ToDictionary(x => x.Nid, _ => new List<string>());
        await using (var cmd = Command(c, $"""
            SELECT p.other_nid, p.meeting_id FROM meeting_pairs p
            WHERE p.person_nid = $person AND p.other_nid IN (SELECT value FROM json_each($others)){dates}
            ORDER BY p.date IS NULL, p.date DESC, p.meeting_id DESC
            """))
        {
            AddDates(cmd, q.From, q.To);
            cmd.Parameters.AddWithValue("$person", person);
            cmd.Parameters.AddWithValue("$others", IdsJson(rows.Select(x => x.Nid)));
            await using var r = await cmd.ExecuteLoggedReaderAsync(ct).ConfigureAwait(false);
            while (await r.ReadAsync(ct).ConfigureAwait(false)) meetings[r.GetInt64(0)].Add(r.GetString(1));
        }
        return [.. rows.Select(x => new CounterpartRow(x.Id, x.Count, x.First, x.Last, meetings[x.Nid]))];
    }

    public static async Task<IReadOnlyList<CountryTieRow>> CountryTiesAsync(SqliteConnection c, CountryTieQuery q, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(q.Iso, nameof(q.Iso));
        ArgumentOutOfRangeException.ThrowIfNegative(q.First, nameof(q.First));
        if (q.First == 0) return [];
        await using var cmd = Command(c, $"""
            SELECT o.iso, COUNT(*) AS cnt, MIN(o.date), MAX(o.date) AS last
            FROM meeting_countries p
            JOIN meeting_countries o ON o.meeting_nid = p.meeting_nid AND o.iso <> p.iso
            WHERE p.iso = $iso{DateFilter("p", q.From, q.To)}
            GROUP BY o.iso ORDER BY cnt DESC, last DESC, o.iso LIMIT $first
            """);
        AddDates(cmd, q.From, q.To);
        cmd.Parameters.AddWithValue("$iso", q.Iso.ToUpperInvariant());
        cmd.Parameters.AddWithValue("$first", q.First);
        var rows = new List<CountryTieRow>();
        await using var r = await cmd.ExecuteLoggedReaderAsync(ct).ConfigureAwait(false);
        while (await r.ReadAsync(ct).ConfigureAwait(false))
            rows.Add(new CountryTieRow(r.GetString(0), r.GetInt32(1), ParseDate(NullableString(r, 2)), ParseDate(NullableString(r, 3))));
        return rows;
    }

    /// <summary>
    /// The FROM source (aliased d, with meeting_nid, date and meeting_id) and WHERE condition of a meeting filter, its
    /// parameters added to <paramref name="cmd"/>; null when a referenced node does not exist (nothing can match).
    /// </summary>
    private static async Task<(string From, string Filter)?> FilterAsync(SqliteConnection c, SqliteCommand cmd, MeetingQuery q, CancellationToken ct)
    {
        var participants = Distinct(q.ParticipantIds);
        var countries = Distinct(q.CountryIsos?.Select(i => i.ToUpperInvariant()));

        var referenced = participants.Concat(q.PlaceId is null ? [] : [q.PlaceId]).Concat(q.MentionedEntityId is null ? [] : [q.MentionedEntityId]).ToList();
        var nids = await SqliteReads.NidsAsync(c, referenced, ct).ConfigureAwait(false);
        if (referenced.Any(id => !nids.ContainsKey(id))) return null;

        string from;
        var where = new List<string>();
        if (participants.Count > 1)
        {
            // Two persons: the meetings they share are one range of the pair table, however many meetings each has.
            from = "meeting_pairs d";
            where.Add("d.person_nid = $p0 AND d.other_nid = $p1");
        }
        else if (participants.Count > 0)
        {
            from = "meeting_participants d";
            where.Add("d.person_nid = $p0");
        }
        else if (countries.Count > 1)
        {
            // Two countries: their shared meetings are one range of the country-pair table, in date order.
            from = "meeting_country_pairs d";
            where.Add("d.iso = $c0 AND d.other_iso = $c1");
        }
        else if (countries.Count > 0)
        {
            from = "meeting_countries d";
            where.Add("d.iso = $c0");
        }
        else from = "(SELECT nid AS meeting_nid, date, id AS meeting_id FROM meetings) d";

        for (var i = 0; i < participants.Count; i++)
        {
            cmd.Parameters.AddWithValue($"$p{i}", nids[participants[i]]);
            if (i > 1) where.Add($"EXISTS (SELECT 1 FROM meeting_participants x WHERE x.meeting_nid = d.meeting_nid AND x.person_nid = $p{i})");
        }
        for (var i = 0; i < countries.Count; i++)
        {
            cmd.Parameters.AddWithValue($"$c{i}", countries[i]);
            var driving = participants.Count == 0 && (i == 0 || (i == 1 && countries.Count > 1));
            if (!driving)
                where.Add($"EXISTS (SELECT 1 FROM meeting_countries x WHERE x.meeting_nid = d.meeting_nid AND x.iso = $c{i})");
        }
        if (q.PlaceId is not null)
        {
            cmd.Parameters.AddWithValue("$place", nids[q.PlaceId]);
            where.Add($"EXISTS (SELECT 1 FROM edges h WHERE h.from_nid = d.meeting_nid AND h.type = '{RelationshipTypes.HeldIn}' AND h.to_nid = $place)");
        }
        if (q.MentionedEntityId is not null)
        {
            cmd.Parameters.AddWithValue("$mentioned", nids[q.MentionedEntityId]);
            where.Add($"""
                EXISTS (SELECT 1 FROM edges r JOIN edges m ON m.from_nid = r.to_nid AND m.type = '{RelationshipTypes.Mentions}' AND m.to_nid = $mentioned
                        WHERE r.from_nid = d.meeting_nid AND r.type = '{RelationshipTypes.ReportedIn}')
                """);
        }
        if (q.From is { } fromDate)
        {
            cmd.Parameters.AddWithValue("$from", DateText(fromDate));
            where.Add("d.date >= $from");
        }
        if (q.To is { } toDate)
        {
            cmd.Parameters.AddWithValue("$to", DateText(toDate));
            where.Add("d.date <= $to");
        }
        return (from, where.Count == 0 ? "1 = 1" : string.Join(" AND ", where));

    }

    private static async Task PageAsync(SqliteCommand cmd, string sql, int limit, long offset, List<long> page, CancellationToken ct)
    {
        cmd.CommandText = sql + " LIMIT $limit OFFSET $offset";
        if (cmd.Parameters.Contains("$limit")) cmd.Parameters.RemoveAt("$limit");
        if (cmd.Parameters.Contains("$offset")) cmd.Parameters.RemoveAt("$offset");
        cmd.Parameters.AddWithValue("$limit", limit);
        cmd.Parameters.AddWithValue("$offset", offset);
        await using var r = await cmd.ExecuteLoggedReaderAsync(ct).ConfigureAwait(false);
        while (await r.ReadAsync(ct).ConfigureAwait(false)) page.Add(r.GetInt64(0));
    }

    private static string DateFilter(string alias, DateOnly? from, DateOnly? to) =>
        (from is null ? string.Empty : $" AND {alias}.date >= $from") + (to is null ? string.Empty : $" AND {alias}.date <= $to");

    private static void AddDates(SqliteCommand cmd, DateOnly? from, DateOnly? to)
    {
        if (from is not null) cmd.Parameters.AddWithValue("$from", DateText(from));
        if (to is not null) cmd.Parameters.AddWithValue("$to", DateText(to));
    }

    private static List<string> Distinct(IEnumerable<string>? values) =>
        values is null ? [] : [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal)];
}
