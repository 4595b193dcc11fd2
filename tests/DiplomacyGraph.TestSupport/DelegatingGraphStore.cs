using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;

namespace DiplomacyGraph.TestSupport;

/// <summary>
/// A store that forwards every call to a real one: fault-injecting doubles override only the member they break.
/// Disposing it leaves the inner store to its owner.
/// </summary>
public abstract class DelegatingGraphStore(IGraphStore inner) : IGraphStore
{
    protected IGraphStore Inner { get; } = inner;

    public virtual string Name => Inner.Name;
    public virtual Task InitializeAsync(CancellationToken ct = default) => Inner.InitializeAsync(ct);
    public virtual Task<bool> IsReadyAsync(CancellationToken ct = default) => Inner.IsReadyAsync(ct);
    public virtual Task<WriteResult> WriteAsync(GraphBatch batch, CancellationToken ct = default) => Inner.WriteAsync(batch, ct);
    public virtual Task<GraphStats> GetStatsAsync(CancellationToken ct = default) => Inner.GetStatsAsync(ct);
    public virtual Task<IReadOnlyDictionary<string, GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => Inner.GetNodesAsync(ids, ct);
    public virtual Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken ct = default) => Inner.SearchAsync(query, ct);
    public virtual Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(EdgeQuery query, CancellationToken ct = default) => Inner.GetEdgesAsync(query, ct);
    public virtual Task<MeetingPage> FindMeetingsAsync(MeetingQuery query, CancellationToken ct = default) => Inner.FindMeetingsAsync(query, ct);
    public virtual Task<IReadOnlyList<MeetingDateCount>> CountMeetingsByDateAsync(MeetingDateCountQuery query, CancellationToken ct = default) => Inner.CountMeetingsByDateAsync(query, ct);
    public virtual Task<IReadOnlyList<CounterpartRow>> GetCounterpartsAsync(CounterpartQuery query, CancellationToken ct = default) => Inner.GetCounterpartsAsync(query, ct);
    public virtual Task<IReadOnlyList<CountryTieRow>> GetCountryTiesAsync(CountryTieQuery query, CancellationToken ct = default) => Inner.GetCountryTiesAsync(query, ct);
    public virtual Task<Subgraph> GetNeighborhoodAsync(NeighborhoodQuery query, CancellationToken ct = default) => Inner.GetNeighborhoodAsync(query, ct);
    public virtual Task<Subgraph?> FindShortestPathAsync(PathQuery query, CancellationToken ct = default) => Inner.FindShortestPathAsync(query, ct);
    public virtual IAsyncEnumerable<GraphNode> ScanNodesAsync(CancellationToken ct = default) => Inner.ScanNodesAsync(ct);
    public virtual IAsyncEnumerable<GraphEdge> ScanEdgesAsync(CancellationToken ct = default) => Inner.ScanEdgesAsync(ct);

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
