using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;
using Microsoft.Data.Sqlite;
using static DiplomacyGraph.Storage.Sqlite.SqliteRows;

namespace DiplomacyGraph.Storage.Sqlite;

/// <summary>
/// Breadth-first traversals that fetch a whole frontier's neighbours in one statement per level,
/// following edges in both directions.
/// </summary>
internal static class SqliteTraversal
{
    public const int MaxDepth = 3;
    public const int MaxHops = 6;

    private readonly record struct Step(long Edge, long From, long To, NodeKind Kind);

    public static async Task<Subgraph> NeighborhoodAsync(SqliteConnection c, NeighborhoodQuery q, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(q.NodeId, nameof(q.NodeId));
        ArgumentOutOfRangeException.ThrowIfNegative(q.Depth, nameof(q.Depth));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(q.Depth, MaxDepth, nameof(q.Depth));
        ArgumentOutOfRangeException.ThrowIfLessThan(q.Limit, 1, nameof(q.Limit));
        if (await SqliteReads.NidAsync(c, q.NodeId, ct).ConfigureAwait(false) is not { } start) return new Subgraph([], []);

        var kinds = q.Kinds is { Count: > 0 } k ? k.ToHashSet() : null;
        var order = new List<long> { start };
        var seen = new HashSet<long> { start };
        var edges = new List<long>();
        var edgeSet = new HashSet<long>();
        var frontier = new List<long> { start };
        var truncated = false;
        for (var level = 1; level <= q.Depth && frontier.Count > 0 && !truncated; level++)
        {
            var next = new List<long>();
            await foreach (var s in NeighboursAsync(c, frontier, q.Types, ct).ConfigureAwait(false))
            {
                if (!seen.Contains(s.To))
                {
                    if (kinds is not null && !kinds.Contains(s.Kind)) continue;
                    if (seen.Count >= q.Limit)
                    {
                        // Stop reading: a hub can have far more neighbours than anyone will look at.
                        truncated = true;
                        break;
                    }
                    seen.Add(s.To);
                    order.Add(s.To);
                    next.Add(s.To);
                }
                if (edgeSet.Add(s.Edge)) edges.Add(s.Edge);
            }
            frontier = next;
        }

        var nodes = await SqliteReads.NodesByNidAsync(c, order, ct).ConfigureAwait(false);
        var edgeRows = await SqliteReads.EdgesByNidAsync(c, edges, ct).ConfigureAwait(false);
        return new Subgraph(
            [.. order.Where(nodes.ContainsKey).Select(n => nodes[n])],
            [.. edges.Where(edgeRows.ContainsKey).Select(e => edgeRows[e])],
            truncated);
    }

    public static async Task<Subgraph?> ShortestPathAsync(SqliteConnection c, PathQuery q, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(q.FromId, nameof(q.FromId));
        ArgumentNullException.ThrowIfNull(q.ToId, nameof(q.ToId));
        ArgumentOutOfRangeException.ThrowIfLessThan(q.MaxHops, 1, nameof(q.MaxHops));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(q.MaxHops, MaxHops, nameof(q.MaxHops));
        var ids = await SqliteReads.NidsAsync(c, [q.FromId, q.ToId], ct).ConfigureAwait(false);
        if (!ids.TryGetValue(q.FromId, out var source) || !ids.TryGetValue(q.ToId, out var target)) return null;
        if (source == target)
            return new Subgraph([.. (await SqliteReads.NodesByNidAsync(c, [source], ct).ConfigureAwait(false)).Values], []);

        var via = q.Via is { Count: > 0 } v ? v.ToHashSet() : null;
        // Per side: node -> (previous node towards that side's end, edge used, depth).
        var forward = new Dictionary<long, (long Prev, long Edge, int Depth)> { [source] = (-1, -1, 0) };
        var backward = new Dictionary<long, (long Prev, long Edge, int Depth)> { [target] = (-1, -1, 0) };
        List<long> frontF = [source], frontB = [target];
        int depthF = 0, depthB = 0;
        long meet = -1;
        while (meet < 0 && depthF + depthB < q.MaxHops && frontF.Count > 0 && frontB.Count > 0)
        {
            var expandForward = frontF.Count <= frontB.Count;
            var (front, mine, other) = expandForward ? (frontF, forward, backward) : (frontB, backward, forward);
            var depth = (expandForward ? depthF : depthB) + 1;
            var next = new List<long>();
            var best = int.MaxValue;
            await foreach (var s in NeighboursAsync(c, front, null, ct).ConfigureAwait(false))
            {
                if (mine.ContainsKey(s.To)) continue;
                if (via is not null && s.To != source && s.To != target && !via.Contains(s.Kind)) continue;
                mine[s.To] = (s.From, s.Edge, depth);
                next.Add(s.To);
                if (other.TryGetValue(s.To, out var o) && depth + o.Depth < best)
                {
                    best = depth + o.Depth;
                    meet = s.To;
                }
            }
            if (expandForward) { frontF = next; depthF = depth; }
            else { frontB = next; depthB = depth; }
        }
        if (meet < 0) return null;

        var nodePath = new List<long>();
        var edgePath = new List<long>();
        for (var n = meet; n != source; n = forward[n].Prev)
        {
            nodePath.Add(n);
            edgePath.Add(forward[n].Edge);
        }
        nodePath.Add(source);
        nodePath.Reverse();
        edgePath.Reverse();
        for (var n = meet; n != target; n = backward[n].Prev)
        {
            edgePath.Add(backward[n].Edge);
            nodePath.Add(backward[n].Prev);
        }

        var nodes = await SqliteReads.NodesByNidAsync(c, nodePath, ct).ConfigureAwait(false);
        var edges = await SqliteReads.EdgesByNidAsync(c, edgePath, ct).ConfigureAwait(false);
        return new Subgraph([.. nodePath.Select(n => nodes[n])], [.. edgePath.Select(e => edges[e])]);
    }

    /// <summary>Every edge touching the frontier, as a step from the frontier node to the node at the other end.</summary>
    private static async IAsyncEnumerable<Step> NeighboursAsync(SqliteConnection c, List<long> frontier, IReadOnlyList<string>? types,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var typeFilter = types is { Count: > 0 } ? " AND e.type IN (SELECT value FROM json_each($types))" : string.Empty;
        await using var cmd = Command(c, $"""
            SELECT e.nid, e.from_nid, e.to_nid, n.kind FROM edges e JOIN nodes n ON n.nid = e.to_nid
            WHERE e.from_nid IN (SELECT value FROM json_each($front)){typeFilter}
            UNION ALL
            SELECT e.nid, e.to_nid, e.from_nid, n.kind FROM edges e JOIN nodes n ON n.nid = e.from_nid
            WHERE e.to_nid IN (SELECT value FROM json_each($front)){typeFilter}
            """);
        cmd.Parameters.AddWithValue("$front", IdsJson(frontier));
        if (typeFilter.Length > 0) cmd.Parameters.AddWithValue("$types", IdsJson(types!));
        await using var r = await cmd.ExecuteLoggedReaderAsync(ct).ConfigureAwait(false);
        while (await r.ReadAsync(ct).ConfigureAwait(false))
            yield return new Step(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), Enum.Parse<NodeKind>(r.GetString(3)));
    }
}
