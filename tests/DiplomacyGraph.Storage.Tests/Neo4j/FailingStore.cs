using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;

namespace DiplomacyGraph.Storage.Tests.Neo4j;

/// <summary>Fault injection: a real store whose <see cref="WriteAsync"/> fails from the given call on, as a dropped server would.</summary>
internal sealed class FailingStore(IGraphStore inner, int failFromWrite) : IGraphStore
{
    public int Writes { get; private set; }

    public string Name => inner.Name;

    public Task<WriteResult> WriteAsync(GraphBatch batch, CancellationToken ct = default) =>
        ++Writes >= failFromWrite ? throw new IOException("connection lost") : inner.WriteAsync(batch, ct);

    public Task InitializeAsync(CancellationToken ct = default) => inner.InitializeAsync(ct);
    public Task<bool> IsReadyAsync(CancellationToken ct = default) => inner.IsReadyAsync(ct);
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
    public IAsyncEnumerable<GraphEdge> ScanEdgesAsync(CancellationToken ct = default) => inner.ScanEdgesAsync(ct);
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
