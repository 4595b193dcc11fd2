using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;
using GraphQL.DataLoader;

namespace DiplomacyGraph.Api.Services;

/// <summary>
/// Per-request batching of node and edge look-ups. Resolvers ask for keys and get pending results; the first result
/// awaited fetches every key asked so far with one <see cref="IGraphStore.GetNodesAsync"/> and one
/// <see cref="IGraphStore.GetEdgesAsync"/> per (relationship type, direction, with or without sources). Results are
/// cached for the request; edges loaded with their sources also answer look-ups that do not need them.
/// </summary>
internal sealed class GraphBatchLoader(IGraphStore store)
{
    /// <summary>Relationship "type" that stands for every type.</summary>
    public const string AnyType = "*";

    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _dispatch = new(1, 1);
    private readonly Dictionary<string, GraphNode?> _nodes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _pendingNodes = new(StringComparer.Ordinal);
    private readonly Dictionary<EdgeKey, (IReadOnlyList<GraphEdge> Edges, bool WithSources)> _edges = [];
    private readonly Dictionary<(string Type, EdgeDirection Direction, bool WithSources), HashSet<string>> _pendingEdges = [];

    /// <summary>Adds nodes fetched by another query (a page of meetings) so that look-ups of them cost nothing.</summary>
    public void Prime(IEnumerable<GraphNode> nodes)
    {
        lock (_gate)
        {
            foreach (var n in nodes) _nodes[n.Id] = n;
        }
    }

    /// <summary>The node with this id, or null when the store has none.</summary>
    public IDataLoaderResult<GraphNode?> Node(string id)
    {
        lock (_gate)
        {
            if (!_nodes.ContainsKey(id)) _pendingNodes.Add(id);
        }
        return new LoaderResult<GraphNode?>(() =>
        {
            lock (_gate) return _nodes.TryGetValue(id, out var n) ? (true, n) : (false, null);
        }, DispatchAsync);
    }

    /// <summary>The nodes with these ids, in the given order, missing ones left out.</summary>
    public IDataLoaderResult<IReadOnlyList<GraphNode>> Nodes(IReadOnlyList<string> ids)
    {
        lock (_gate)
        {
            foreach (var id in ids)
                if (!_nodes.ContainsKey(id)) _pendingNodes.Add(id);
        }
        return new LoaderResult<IReadOnlyList<GraphNode>>(() =>
        {
            lock (_gate)
            {
                var list = new List<GraphNode>(ids.Count);
                foreach (var id in ids)
                {
                    if (!_nodes.TryGetValue(id, out var n)) return (false, []);
                    if (n is not null) list.Add(n);
                }
                return (true, list);
            }
        }, DispatchAsync);
    }

    /// <summary>
    /// Edges of one type at one node, in one direction (Outgoing: the node is From; Incoming: the node is To). Their
    /// sources are loaded only when <paramref name="withSources"/>: reading provenance costs as much as the edges.
    /// </summary>
    public IDataLoaderResult<IReadOnlyList<GraphEdge>> Edges(string nodeId, string type, EdgeDirection direction, bool withSources)
    {
        var key = new EdgeKey(nodeId, type, direction);
        lock (_gate)
        {
            if (!Cached(key, withSources, out _))
            {
                if (!_pendingEdges.TryGetValue((type, direction, withSources), out var set))
                    _pendingEdges[(type, direction, withSources)] = set = new HashSet<string>(StringComparer.Ordinal);
                set.Add(nodeId);
            }
        }
        return new LoaderResult<IReadOnlyList<GraphEdge>>(() =>
        {
            lock (_gate) return Cached(key, withSources, out var e) ? (true, e) : (false, []);
        }, DispatchAsync);
    }

    /// <summary>The nodes at the other end of a node's edges of one type (batched in two steps).</summary>
    public IDataLoaderResult Neighbours(string nodeId, string type, EdgeDirection direction) =>
        new ChainedLoaderResult<IReadOnlyList<GraphEdge>>(Edges(nodeId, type, direction, withSources: false), edges =>
            Nodes(edges.Select(e => direction == EdgeDirection.Incoming ? e.From : e.To).Distinct(StringComparer.Ordinal).ToList()));

    /// <summary>The node at the other end of a node's first edge of one type, or null.</summary>
    public IDataLoaderResult Neighbour(string nodeId, string type, EdgeDirection direction) =>
        new ChainedLoaderResult<IReadOnlyList<GraphEdge>>(Edges(nodeId, type, direction, withSources: false), edges =>
            edges.Count == 0 ? null : Node(direction == EdgeDirection.Incoming ? edges[0].From : edges[0].To));

    private async Task DispatchAsync(CancellationToken ct)
    {
        await _dispatch.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            string[] nodeIds;
            List<(string Type, EdgeDirection Direction, bool WithSources, string[] Ids)> edgeBatches;
            lock (_gate)
            {
                nodeIds = [.. _pendingNodes];
                _pendingNodes.Clear();
                edgeBatches = [.. _pendingEdges.Select(p => (p.Key.Type, p.Key.Direction, p.Key.WithSources, p.Value.ToArray()))];
                _pendingEdges.Clear();
            }

            // One call per kind of look-up, run one after the other: stores need not support concurrent calls.
            if (nodeIds.Length > 0)
            {
                var found = await store.GetNodesAsync(nodeIds, ct).ConfigureAwait(false);
                lock (_gate)
                {
                    foreach (var id in nodeIds) _nodes[id] = found.TryGetValue(id, out var n) ? n : null;
                }
            }
            // Look-ups of several types over the same nodes (a page's places and participants) share one store call.
            foreach (var group in edgeBatches.GroupBy(b => (b.WithSources, Key: string.Join('\u0001', b.Ids.Order(StringComparer.Ordinal)))))
            {
                var batches = group.ToList();
                IReadOnlyList<GraphEdge>? shared = null;
                if (batches.Count > 1 && batches.All(b => b.Type != AnyType))
                {
                    var directions = batches.Select(b => b.Direction).Distinct().ToList();
                    var query = new EdgeQuery(batches[0].Ids, directions.Count == 1 ? directions[0] : EdgeDirection.Both, [.. batches.Select(b => b.Type).Distinct(StringComparer.Ordinal)])
                    {
                        WithSources = group.Key.WithSources,
                    };
                    shared = await store.GetEdgesAsync(query, ct).ConfigureAwait(false);
                }
                foreach (var (type, direction, withSources, ids) in batches)
                {
                    var edges = shared?.Where(e => string.Equals(e.Type, type, StringComparison.Ordinal))
                        ?? await store.GetEdgesAsync(new EdgeQuery(ids, direction, type == AnyType ? null : [type]) { WithSources = withSources }, ct).ConfigureAwait(false);
                    Store(type, direction, withSources, ids, edges);
                }
            }
        }
        finally
        {
            _dispatch.Release();
        }
    }

    /// <summary>Files the edges of one look-up under each of its nodes (an edge counts at each end the direction selects).</summary>
    private void Store(string type, EdgeDirection direction, bool withSources, string[] ids, IEnumerable<GraphEdge> edges)
    {
        var byNode = ids.ToDictionary(id => id, _ => new List<GraphEdge>(), StringComparer.Ordinal);
        foreach (var e in edges)
        {
            if (direction != EdgeDirection.Incoming && byNode.TryGetValue(e.From, out var outgoing)) outgoing.Add(e);
            if (direction != EdgeDirection.Outgoing && byNode.TryGetValue(e.To, out var incoming) && (direction == EdgeDirection.Incoming || !string.Equals(e.From, e.To, StringComparison.Ordinal))) incoming.Add(e);
        }
        lock (_gate)
        {
            foreach (var (id, list) in byNode)
            {
                // Never replace edges that carry sources with the same edges without them.
                var key = new EdgeKey(id, type, direction);
                if (withSources || !Cached(key, withSources: true, out _)) _edges[key] = (list, withSources);
            }
        }
    }

    /// <summary>Cached edges for the key that satisfy the request (with sources when they are needed). Call under the lock.</summary>
    private bool Cached(EdgeKey key, bool withSources, out IReadOnlyList<GraphEdge> edges)
    {
        if (_edges.TryGetValue(key, out var entry) && (entry.WithSources || !withSources))
        {
            edges = entry.Edges;
            return true;
        }
        edges = [];
        return false;
    }

    private readonly record struct EdgeKey(string NodeId, string Type, EdgeDirection Direction);
}
