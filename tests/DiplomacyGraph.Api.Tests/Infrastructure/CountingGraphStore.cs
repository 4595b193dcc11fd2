using System.Collections.Concurrent;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;

namespace DiplomacyGraph.Api.Tests.Infrastructure;

/// <summary>A decorator over a real store that counts the calls made to each method.</summary>
internal sealed class CountingGraphStore(IGraphStore inner) : IGraphStore
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    public int Calls(string method) => _calls.TryGetValue(method, out var n) ? n : 0;

    public int TotalCalls => _calls.Values.Sum();

    public void Reset() => _calls.Clear();

    private void Count(string method) => _calls.AddOrUpdate(method, 1, (_, n) => n + 1);

    public string Name => inner.Name;

    public Task InitializeAsync(CancellationToken ct = default) => inner.InitializeAsync(ct);

    public Task<bool> IsReadyAsync(CancellationToken ct = default) => inner.IsReadyAsync(ct);

    public Task<WriteResult> WriteAsync(GraphBatch batch, CancellationToken ct = default)
    {
        Count(nameof(WriteAsync));
        return inner.WriteAsync(batch, ct);
    }

    public Task<GraphStats> GetStatsAsync(CancellationToken ct = default)
    {
        Count(nameof(GetStatsAsync));
        return inner.GetStatsAsync(ct);
    }

    public Task<IReadOnlyDictionary<string, GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default)
    {
        Count(nameof(GetNodesAsync));
        return inner.GetNodesAsync(ids, ct);
    }

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken ct = default)
    {
        Count(nameof(SearchAsync));
        return inner.SearchAsync(query, ct);
    }

    public Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(EdgeQuery query, CancellationToken ct = default)
    {
        Count(nameof(GetEdgesAsync));
        return inner.GetEdgesAsync(query, ct);
    }

    /// <summary>Extra time every meeting query takes (honouring cancellation): a store that is slow on purpose.</summary>
    public TimeSpan MeetingQueryDelay { get; set; } = TimeSpan.Zero;

    public async Task<MeetingPage> FindMeetingsAsync(MeetingQuery query, CancellationToken ct = default)
    {
        Count(nameof(FindMeetingsAsync));
        if (MeetingQueryDelay > TimeSpan.Zero) await Task.Delay(MeetingQueryDelay, ct).ConfigureAwait(false);
        return await inner.FindMeetingsAsync(query, ct).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<MeetingDateCount>> CountMeetingsByDateAsync(MeetingDateCountQuery query, CancellationToken ct = default)
    {
        Count(nameof(CountMeetingsByDateAsync));
        return inner.CountMeetingsByDateAsync(query, ct);
    }

    public Task<IReadOnlyList<CounterpartRow>> GetCounterpartsAsync(CounterpartQuery query, CancellationToken ct = default)
    {
        Count(nameof(GetCounterpartsAsync));
        return inner.GetCounterpartsAsync(query, ct);
    }

    public Task<IReadOnlyList<CountryTieRow>> GetCountryTiesAsync(CountryTieQuery query, CancellationToken ct = default)
    {
        Count(nameof(GetCountryTiesAsync));
        return inner.GetCountryTiesAsync(query, ct);
    }

    public Task<Subgraph> GetNeighborhoodAsync(NeighborhoodQuery query, CancellationToken ct = default)
    {
        Count(nameof(GetNeighborhoodAsync));
        return inner.GetNeighborhoodAsync(query, ct);
    }

    public Task<Subgraph?> FindShortestPathAsync(PathQuery query, CancellationToken ct = default)
    {
        Count(nameof(FindShortestPathAsync));
        return inner.FindShortestPathAsync(query, ct);
    }

    public IAsyncEnumerable<GraphNode> ScanNodesAsync(CancellationToken ct = default) => inner.ScanNodesAsync(ct);

    public IAsyncEnumerable<GraphEdge> ScanEdgesAsync(CancellationToken ct = default) => inner.ScanEdgesAsync(ct);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
