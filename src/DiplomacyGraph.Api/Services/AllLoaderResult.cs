using GraphQL.DataLoader;

namespace DiplomacyGraph.Api.Services;

/// <summary>Several pending loader results awaited together (they share one dispatch).</summary>
internal sealed class AllLoaderResult<T>(IReadOnlyList<IDataLoaderResult<T>> parts) : IDataLoaderResult<T[]>
{
    public async Task<T[]> GetResultAsync(CancellationToken cancellationToken = default)
    {
        var results = new T[parts.Count];
        for (var i = 0; i < parts.Count; i++) results[i] = await parts[i].GetResultAsync(cancellationToken).ConfigureAwait(false);
        return results;
    }

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
        await GetResultAsync(cancellationToken).ConfigureAwait(false);
}
