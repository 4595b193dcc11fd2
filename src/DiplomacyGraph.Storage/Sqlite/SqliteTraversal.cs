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

    /// <summary>An edge read from the frontier node <see cref="From"/> to the node at its other end.</summary>
    internal readonly record struct Step(long Edge, long From, long To, NodeKind Kind);

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
            Expand(c, frontier, q.Types, kinds is not null, s =>
            {
                if (!seen.Contains(s.To))
                {
                    if (kinds is not null && !kinds.Contains(s.Kind)) return true;
                    if (seen.Count >= q.Limit)
                    {
                        // Stop reading: a hub can have far more neighbours than anyone will look at.
                        truncated = true;
                        return false;
                    }
                    seen.Add(s.To);
                    order.Add(s.To);
                    next.Add(s.To);
                }
                if (edgeSet.Add(s.Edge)) edges.Add(s.Edge);
                return true;
            }, ct);
            frontier = next;
        }

        var nodes = await SqliteReads.NodesByNidAsync(c, order, ct).ConfigureAwait(false);
        var edgeRows = await SqliteReads.EdgesByNidAsync(c, edges, nodes, q.WithSources, ct).ConfigureAwait(false);
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
        var degrees = new Dictionary<long, long>();
        long read = 0, budget = q.MaxEdgesRead ?? long.MaxValue;
        while (meet < 0 && depthF + depthB < q.MaxHops && frontF.Count > 0 && frontB.Count > 0)
        {
            // Expand the side that reads fewer edges, low-degree nodes first: a hub is read last, and often not at all.
            var expandForward = await ForwardIsCheaperAsync(c, degrees, frontF, frontB, ct).ConfigureAwait(false);
            var (front, mine, other) = expandForward ? (frontF, forward, backward) : (frontB, backward, forward);
            var depth = (expandForward ? depthF : depthB) + 1;
            var next = new List<long>();
            foreach (var chunk in ChunksByDegree(front, degrees))
            {
                // A whole chunk is read once started, so the bound is checked against what the chunk will read.
                var cost = chunk.Sum(n => degrees[n]);
                if (read + cost > budget) return new Subgraph([], [], Truncated: true);
                read += Expand(c, chunk, null, via is not null, s =>
                {
                    if (via is not null && s.To != source && s.To != target && !via.Contains(s.Kind)) return true;
                    if (!mine.TryAdd(s.To, (s.From, s.Edge, depth))) return true;
                    next.Add(s.To);
                    // Levels are expanded whole and alternately, so the first node both sides reach closes a shortest
                    // path: a shorter one would have met one level earlier.
                    if (!other.ContainsKey(s.To)) return true;
                    meet = s.To;
                    return false;
                }, ct);
                if (meet >= 0) break;
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
        var edges = await SqliteReads.EdgesByNidAsync(c, edgePath, nodes, q.WithSources, ct).ConfigureAwait(false);
        return new Subgraph([.. nodePath.Select(n => nodes[n])], [.. edgePath.Select(e => edges[e])]);
    }

    private const long ChunkDegree = 4096;
    private const int ChunkNodes = 512;

    /// <summary>The frontier by ascending degree, in chunks of about <see cref="ChunkDegree"/> edges.</summary>
    private static IEnumerable<List<long>> ChunksByDegree(List<long> front, Dictionary<long, long> degrees)
    {
        var chunk = new List<long>();
        long sum = 0;
        foreach (var n in front.OrderBy(n => degrees[n]))
        {
            chunk.Add(n);
            sum += degrees[n];
            if (sum >= ChunkDegree || chunk.Count >= ChunkNodes)
            {
                yield return chunk;
                chunk = [];
                sum = 0;
            }
        }
        if (chunk.Count > 0) yield return chunk;
    }

    /// <summary>
    /// Whether expanding the forward frontier reads no more edges than expanding the backward one. Degrees are looked up
    /// for the smaller frontier first; the larger one's are looked up only when its size (a lower bound of its degree sum,
    /// every frontier node having been reached by an edge) does not already settle it, so that a frontier of 100k+
    /// nodes that will not be expanded costs nothing.
    /// </summary>
    private static async Task<bool> ForwardIsCheaperAsync(SqliteConnection c, Dictionary<long, long> degrees, List<long> frontF, List<long> frontB, CancellationToken ct)
    {
        var forwardSmaller = frontF.Count <= frontB.Count;
        var (small, large) = forwardSmaller ? (frontF, frontB) : (frontB, frontF);
        await LoadDegreesAsync(c, degrees, small, ct).ConfigureAwait(false);
        var smallSum = small.Sum(n => degrees[n]);
        if (smallSum <= large.Count) return forwardSmaller;
        await LoadDegreesAsync(c, degrees, large, ct).ConfigureAwait(false);
        var largeSum = large.Sum(n => degrees[n]);
        return forwardSmaller ? smallSum <= largeSum : largeSum <= smallSum;
    }

    /// <summary>Looks up the degree of every frontier node not yet known (0 for a node without edges).</summary>
    private static Task LoadDegreesAsync(SqliteConnection c, Dictionary<long, long> degrees, List<long> frontier, CancellationToken ct)
    {
        var missing = frontier.Where(n => !degrees.ContainsKey(n)).Distinct().Order().ToList();
        if (missing.Count == 0) return Task.CompletedTask;
        foreach (var n in missing) degrees[n] = 0;
        // Probed in nid order straight from the list: an IN (...) would first sort a 100k-node frontier into a temp index.
        const string Sql = "SELECT j.value, d.n FROM json_each($nids) j JOIN degrees d ON d.nid = j.value";
        var nids = IdsJson(missing);
        SqliteStatementLog.Record(Sql, ("$nids", nids));
        // A frontier can hold 100k nodes: stepped on the native handle, like the expansion that produced it.
        RawSteps.Pairs(c, Sql, "$nids", nids, (nid, n) => degrees[nid] = n, ct);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Reads every edge touching the frontier and hands it to <paramref name="visit"/> as a step from the frontier node
    /// to the node at the other end, until <paramref name="visit"/> returns false; returns the rows read. The other
    /// end's kind is looked up only when <paramref name="needKinds"/> (a kinds or via filter): the lookup is a second
    /// b-tree probe per row, most of the cost of expanding a hub.
    /// </summary>
    private static long Expand(SqliteConnection c, List<long> frontier, IReadOnlyList<string>? types, bool needKinds,
        Func<Step, bool> visit, CancellationToken ct)
    {
        var typeFilter = types is { Count: > 0 } ? " AND e.type IN (SELECT value FROM json_each($types))" : string.Empty;
        var (kindOut, joinOut, kindIn, joinIn) = needKinds
            ? ("n.kind", " JOIN nodes n ON n.nid = e.to_nid", "n.kind", " JOIN nodes n ON n.nid = e.from_nid")
            : ("NULL", string.Empty, "NULL", string.Empty);
        var sql = $"""
            SELECT e.nid, e.from_nid, e.to_nid, {kindOut} FROM edges e{joinOut}
            WHERE e.from_nid IN (SELECT value FROM json_each($front)){typeFilter}
            UNION ALL
            SELECT e.nid, e.to_nid, e.from_nid, {kindIn} FROM edges e{joinIn}
            WHERE e.to_nid IN (SELECT value FROM json_each($front)){typeFilter}
            """;
        var front = IdsJson(frontier);
        var typesJson = typeFilter.Length > 0 ? IdsJson(types!) : null;
        SqliteStatementLog.Record(sql, typesJson is null ? [("$front", front)] : [("$front", front), ("$types", typesJson)]);
        return RawSteps.Run(c, sql, front, typesJson, needKinds, visit, ct);
    }
}
