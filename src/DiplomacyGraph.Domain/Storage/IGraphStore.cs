using DiplomacyGraph.Domain.Graph;

namespace DiplomacyGraph.Domain.Storage;

/// <summary>
/// The one interface every graph store implements (SQLite embedded, Neo4j server). Every store passes the
/// same contract test suite. Methods take batches of ids so callers can load a page's worth in one round trip.
/// </summary>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>Short name for logs and health ("sqlite", "neo4j").</summary>
    string Name { get; }

    /// <summary>Creates the schema (tables, constraints, indexes) if missing. Idempotent.</summary>
    Task InitializeAsync(CancellationToken ct = default);

    /// <summary>True when the store answers a trivial query.</summary>
    Task<bool> IsReadyAsync(CancellationToken ct = default);

    /// <summary>
    /// Writes a batch in one transaction: nodes and edges are merged by id (names: <see cref="Names.MergeWith"/>;
    /// aliases and countries: union; edge sources: union by article and offsets). All or nothing.
    /// Writing the same batch twice changes nothing.
    /// </summary>
    Task<WriteResult> WriteAsync(GraphBatch batch, CancellationToken ct = default);

    /// <summary>Counts of nodes by kind and of edges.</summary>
    Task<GraphStats> GetStatsAsync(CancellationToken ct = default);

    /// <summary>The nodes with these ids (missing ids are absent from the result).</summary>
    Task<IReadOnlyDictionary<string, GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);

    /// <summary>Nodes whose name, alias or phonetic key matches; best first.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken ct = default);

    /// <summary>Edges touching any of the given nodes, in the given direction, optionally of given types.</summary>
    Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(EdgeQuery query, CancellationToken ct = default);

    /// <summary>Meetings matching a filter, ordered and paged, with the total count.</summary>
    Task<MeetingPage> FindMeetingsAsync(MeetingQuery query, CancellationToken ct = default);

    /// <summary>
    /// Meetings matching a filter counted per date, oldest date first (one aggregate, however many meetings match),
    /// optionally with the distinct participants per date.
    /// </summary>
    Task<IReadOnlyList<MeetingDateCount>> CountMeetingsByDateAsync(MeetingDateCountQuery query, CancellationToken ct = default);

    /// <summary>The persons a person met, ranked by number of meetings.</summary>
    Task<IReadOnlyList<CounterpartRow>> GetCounterpartsAsync(CounterpartQuery query, CancellationToken ct = default);

    /// <summary>Partner countries of a country, ranked by number of meetings that involve both.</summary>
    Task<IReadOnlyList<CountryTieRow>> GetCountryTiesAsync(CountryTieQuery query, CancellationToken ct = default);

    /// <summary>Nodes and edges within <see cref="NeighborhoodQuery.Depth"/> hops of a node.</summary>
    Task<Subgraph> GetNeighborhoodAsync(NeighborhoodQuery query, CancellationToken ct = default);

    /// <summary>A shortest path between two nodes, or null when none exists within the hop limit.</summary>
    Task<Subgraph?> FindShortestPathAsync(PathQuery query, CancellationToken ct = default);

    /// <summary>Every node, streamed in id order (for export and migration).</summary>
    IAsyncEnumerable<GraphNode> ScanNodesAsync(CancellationToken ct = default);

    /// <summary>Every edge, streamed in id order (for export and migration).</summary>
    IAsyncEnumerable<GraphEdge> ScanEdgesAsync(CancellationToken ct = default);
}
