using DiplomacyGraph.Domain.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DiplomacyGraph.Api.Http;

/// <summary>Ready = the graph store answers a trivial query.</summary>
internal sealed class GraphStoreHealthCheck(IGraphStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await store.IsReadyAsync(cancellationToken).ConfigureAwait(false)
                ? HealthCheckResult.Healthy($"{store.Name} store reachable")
                : HealthCheckResult.Unhealthy($"{store.Name} store not ready");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"{store.Name} store unreachable: {ex.Message}");
        }
    }
}
