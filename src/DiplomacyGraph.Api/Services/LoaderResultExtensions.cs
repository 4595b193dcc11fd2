using GraphQL.DataLoader;

namespace DiplomacyGraph.Api.Services;

/// <summary>Transforms a pending loader result without another store call.</summary>
internal static class LoaderResultExtensions
{
    public static IDataLoaderResult<TOut> Map<TIn, TOut>(this IDataLoaderResult<TIn> result, Func<TIn, TOut> map) =>
        new MappedLoaderResult<TIn, TOut>(result, map);

    private sealed class MappedLoaderResult<TIn, TOut>(IDataLoaderResult<TIn> inner, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await inner.GetResultAsync(cancellationToken).ConfigureAwait(false));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
