using System.Globalization;
using DiplomacyGraph.Api.GraphQL;
using DiplomacyGraph.Domain.Errors;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;
using Microsoft.Extensions.Options;

namespace DiplomacyGraph.Api.Services;

/// <summary>Graph traversal: the neighbourhood of a node and the shortest path between two.</summary>
internal sealed class TraversalService(IGraphStore store, EntityService entities, IOptions<ApiOptions> options)
{
    public const int MaxDepth = 3;
    public const int MaxHops = 6;

    public async Task<Subgraph?> NeighborhoodAsync(string idOrName, int depth, IReadOnlyList<NodeKind>? kinds, IReadOnlyList<string>? types, bool withSources, CancellationToken ct)
    {
        if (depth is < 1 or > MaxDepth)
            throw ApiError.InvalidArgument("depth", $"'depth' must be between 1 and {MaxDepth} (got {depth}).");
        var id = await entities.ResolveIdAsync(idOrName, null, ct).ConfigureAwait(false);
        if (id is null) return null;
        var result = await store.GetNeighborhoodAsync(new NeighborhoodQuery(id, depth, kinds, types, options.Value.MaxNeighborhoodNodes) { WithSources = withSources }, ct).ConfigureAwait(false);
        return result.Nodes.Count == 0 ? null : result;
    }

    /// <summary>
    /// A shortest path, or null when none exists within <paramref name="maxHops"/>. A search that would read more than
    /// <see cref="ApiOptions.MaxPathSearchEdges"/> relationships stops with a LIMIT_EXCEEDED error.
    /// </summary>
    public async Task<Subgraph?> ShortestPathAsync(string from, string to, int maxHops, IReadOnlyList<NodeKind>? via, bool withSources, CancellationToken ct)
    {
        if (maxHops is < 1 or > MaxHops)
            throw ApiError.InvalidArgument("maxHops", $"'maxHops' must be between 1 and {MaxHops} (got {maxHops}).");
        var fromId = await entities.ResolveIdAsync(from, null, ct).ConfigureAwait(false);
        var toId = await entities.ResolveIdAsync(to, null, ct).ConfigureAwait(false);
        if (fromId is null || toId is null) return null;
        var budget = options.Value.MaxPathSearchEdges;
        var path = await store.FindShortestPathAsync(new PathQuery(fromId, toId, maxHops, via) { WithSources = withSources, MaxEdgesRead = budget }, ct)
            .ConfigureAwait(false);
        if (path is { Truncated: true })
            throw new ApiError(ErrorCodes.LimitExceeded, string.Create(CultureInfo.InvariantCulture,
                $"shortestPath gave up: telling the shortest path within {maxHops} hops would read more than {budget} relationships (Api:MaxPathSearchEdges). Try fewer maxHops or a 'via' filter."));
        return path;
    }
}
