using GraphQL.DataLoader;

namespace DiplomacyGraph.Api.Services;

/// <summary>
/// A loader result followed by another batched step (edges, then the nodes at their other ends). Returning the
/// second step as a pending result, rather than awaiting it, lets the execution strategy collect that step's keys
/// from every sibling before fetching them, so a chain costs one store call per step, not per parent.
/// </summary>
internal sealed class ChainedLoaderResult<T>(IDataLoaderResult<T> first, Func<T, object?> next) : IDataLoaderResult
{
    public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default) =>
        next(await first.GetResultAsync(cancellationToken).ConfigureAwait(false));
}
