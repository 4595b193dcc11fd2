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

    /// <summary>The edge, neighbourhood and path queries made since the last <see cref="Reset"/>, in order.</summary>
    public ConcurrentQueue<object> Queries { get; } = new();

    /// <summary>When set, every path search gives up as a store does past its work bound (a Truncated, empty result).</summary>
    public bool PathSearchGivesUp { get; set; }

    public void Reset()
    {
        _calls.Clear();
        Queries.Clear();
    }

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
        Queries.Enqueue(query);
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
        Queries.Enqueue(query);
        return inner.GetNeighborhoodAsync(query, ct);
    }

    public Task<Subgraph?> FindShortestPathAsync(PathQuery query, CancellationToken ct = default)
    {
        Count(nameof(FindShortestPathAsync));
        Queries.Enqueue(query);
        return PathSearchGivesUp ? Task.FromResult<Subgraph?>(new Subgraph([], [], Truncated: true)) : inner.FindShortestPathAsync(query, ct);
    }

    public IAsyncEnumerable<GraphNode> ScanNodesAsync(CancellationToken ct = default) => inner.ScanNodesAsync(ct);

    public IAsyncEnumerable<GraphEdge> ScanEdgesAsync(CancellationToken ct = default) => inner.ScanEdgesAsync(ct);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
