using GraphQL.DataLoader;

namespace DiplomacyGraph.Api.Services;

/// <summary>
/// A value the <see cref="GraphBatchLoader"/> will have once its pending batch is fetched. GraphQL.NET's execution
/// strategy resolves these only after every resolver of the current level has run, so all ids of a level are
/// collected before the first one is fetched.
/// </summary>
internal sealed class LoaderResult<T>(Func<(bool Ready, T Value)> tryGet, Func<CancellationToken, Task> dispatch) : IDataLoaderResult<T>
{
    public async Task<T> GetResultAsync(CancellationToken cancellationToken = default)
    {
        var (ready, value) = tryGet();
        if (ready) return value;
        await dispatch(cancellationToken).ConfigureAwait(false);
        (ready, value) = tryGet();
        return ready ? value : throw new InvalidOperationException("The batch loader dispatched without loading a requested key.");
    }

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
        await GetResultAsync(cancellationToken).ConfigureAwait(false);
}
