using DiplomacyGraph.Domain.Storage;

namespace DiplomacyGraph.Api.Services;

/// <summary>Size of the graph, for dashboards and health pages.</summary>
internal sealed class StatsService(IGraphStore store)
{
    public Task<GraphStats> GetStatsAsync(CancellationToken ct) => store.GetStatsAsync(ct);
}
