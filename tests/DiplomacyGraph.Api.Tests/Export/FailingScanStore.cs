using System.Runtime.CompilerServices;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;

namespace DiplomacyGraph.Api.Tests.Export;

/// <summary>A store whose edge scan breaks after the first edge, as a lost database connection would mid-export.</summary>
internal sealed class FailingScanStore(IGraphStore inner) : IGraphStore
{
    public string Name => inner.Name;
    public Task InitializeAsync(CancellationToken ct = default) => inner.InitializeAsync(ct);
    public Task<bool> IsReadyAsync(CancellationToken ct = default) => inner.IsReadyAsync(ct);
    public Task<WriteResult> WriteAsync(GraphBatch batch, CancellationToken ct = default) => inner.WriteAsync(batch, ct);
    public Task<GraphStats> GetStatsAsync(CancellationToken ct = default) => inner.GetStatsAsync(ct);
    public Task<IReadOnlyDictionary<string, GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => inner.GetNodesAsync(ids, ct);
    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken ct = default) => inner.SearchAsync(query, ct);
    public Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(EdgeQuery query, CancellationToken ct = default) => inner.GetEdgesAsync(query, ct);
    public Task<MeetingPage> FindMeetingsAsync(MeetingQuery query, CancellationToken ct = default) => inner.FindMeetingsAsync(query, ct);
    public Task<IReadOnlyList<MeetingDateCount>> CountMeetingsByDateAsync(MeetingDateCountQuery query, CancellationToken ct = default) => inner.CountMeetingsByDateAsync(query, ct);
    public Task<IReadOnlyList<CounterpartRow>> GetCounterpartsAsync(CounterpartQuery query, CancellationToken ct = default) => inner.GetCounterpartsAsync(query, ct);
    public Task<IReadOnlyList<CountryTieRow>> GetCountryTiesAsync(CountryTieQuery query, CancellationToken ct = default) => inner.GetCountryTiesAsync(query, ct);
    public Task<Subgraph> GetNeighborhoodAsync(NeighborhoodQuery query, CancellationToken ct = default) => inner.GetNeighborhoodAsync(query, ct);
    public Task<Subgraph?> FindShortestPathAsync(PathQuery query, CancellationToken ct = default) => inner.FindShortestPathAsync(query, ct);
    public IAsyncEnumerable<GraphNode> ScanNodesAsync(CancellationToken ct = default) => inner.ScanNodesAsync(ct);

    public async IAsyncEnumerable<GraphEdge> ScanEdgesAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var e in inner.ScanEdgesAsync(ct))
        {
            yield return e;
            throw new IOException("simulated: the store went away mid-scan");
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
