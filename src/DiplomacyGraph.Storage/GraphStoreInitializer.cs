using DiplomacyGraph.Domain.Storage;
using Microsoft.Extensions.Logging;

namespace DiplomacyGraph.Storage;

/// <summary>Creates the store's schema at start; the host (serve, CLI commands) runs it once before first use.</summary>
public sealed class GraphStoreInitializer(IGraphStore store, ILogger<GraphStoreInitializer> logger)
{
    /// <summary>Runs <see cref="IGraphStore.InitializeAsync"/> and checks that the store answers.</summary>
    public async Task InitializeAsync(CancellationToken ct = default)
    {
        await store.InitializeAsync(ct).ConfigureAwait(false);
        if (!await store.IsReadyAsync(ct).ConfigureAwait(false))
            throw new InvalidOperationException($"the {store.Name} graph store was initialised but does not answer");
        logger.LogInformation("Graph store {Store} ready", store.Name);
    }
}
