using System.Runtime.CompilerServices;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;
using DiplomacyGraph.Domain.Text;
using DiplomacyGraph.Storage.Sqlite;

namespace DiplomacyGraph.Storage.Neo4j;

/// <summary>
/// <see cref="IGraphStore"/> on a Neo4j server, spoken to over its HTTP Query API (5.26 LTS and 2025.x).
/// Every statement comes from <see cref="CypherCatalogue"/>; rankings and tie-breaks are computed here, in the same
/// order as the embedded store, so both stores answer alike.
/// </summary>
internal sealed class Neo4jGraphStore : IGraphStore, IDisposable
{
    private const int PageSize = 500;
    // The same bounds as every store (the contract suite); the path statement's pattern is bounded by {1,6} to match.
    private const int MaxDepth = 3;
    private const int MaxHops = 6;
    private readonly Neo4jQueryClient _client;
    private readonly Neo4jGraphWriter _writer;

    public Neo4jGraphStore(Neo4jQueryClient client)
    {
        _client = client;
        _writer = new Neo4jGraphWriter(client);
    }

    public string Name => "neo4j";

    public async Task InitializeAsync(CancellationToken ct = default)
    {
        // Schema statements cannot share a transaction with data writes; each runs on its own and is idempotent (IF NOT EXISTS).
        foreach (var name in CypherCatalogue.SchemaNames)
            await _client.RunAsync(CypherStatement.Of(name), ct).ConfigureAwait(false);
    }

    public async Task<bool> IsReadyAsync(CancellationToken ct = default)
    {
        try
        {
            // No retries: a readiness probe must answer quickly, and the caller polls again anyway.
            var r = await _client.RunAsync(CypherStatement.Of(CypherCatalogue.Ping), ct, retry: false).ConfigureAwait(false);
            return r.Rows.Count == 1;
        }
        catch (Neo4jException)
        {
            return false;
        }
    }

    public Task<WriteResult> WriteAsync(GraphBatch batch, CancellationToken ct = default) => _writer.WriteAsync(batch, ct);

    public async Task<GraphStats> GetStatsAsync(CancellationToken ct = default)
    {
        var nodes = await _client.RunAsync(CypherStatement.Of(CypherCatalogue.StatsNodes), ct).ConfigureAwait(false);
        var byKind = Enum.GetValues<NodeKind>().ToDictionary(k => k, _ => 0L);
        foreach (var rec in nodes.Records())
            if (Enum.TryParse<NodeKind>(rec["kind"] as string, out var kind)) byKind[kind] = (long)rec["count"]!;
        var edges = await _client.RunAsync(CypherStatement.Of(CypherCatalogue.StatsEdges), ct).ConfigureAwait(false);
        return new GraphStats(byKind, edges.Rows.Count == 0 ? 0 : (long)edges.Rows[0][0]!);
    }

    public async Task<IReadOnlyDictionary<string, GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default)
    {
        var found = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(PageSize))
        {
            var r = await _client.RunAsync(CypherStatement.Of(CypherCatalogue.NodesById, P(("ids", chunk))), ct).ConfigureAwait(false);
            foreach (var row in r.Rows)
                if (row[0] is Neo4jNode n) { var g = Neo4jRecordMapper.ToNode(n); found[g.Id] = g; }
        }
        return found;
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query.Text, nameof(query.Text));
        ArgumentOutOfRangeException.ThrowIfNegative(query.First, nameof(query.First));
        var key = NameKey.Of(query.Text);
        if (key.Length == 0 || query.First == 0) return [];
        var r = await _client.RunAsync(CypherStatement.Of(CypherCatalogue.Search, P(
            ("kinds", Kinds(query.Kinds)), ("key", key), ("tokens", SqliteNameIndex.TokensOf(key).ToList()),
            ("phonetic", SqliteNameIndex.QueryPhonetic(key)), ("cap", Math.Min(query.First, 1000) + 50))), ct).ConfigureAwait(false);
        var candidates = r.Records().Select(x => (Neo4jRecordMapper.ToNode((Neo4jNode)x["n"]!), (int)(long)x["tier"]!));
        return SearchRanking.Rank(candidates, key, query.First);
    }

    public async Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(EdgeQuery query, CancellationToken ct = default)
    {
        var ids = query.NodeIds.Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0) return [];
        var types = query.Types?.ToList() ?? [];
        var edges = new Dictionary<string, GraphEdge>(StringComparer.Ordinal);
        if (query.Direction is EdgeDirection.Outgoing or EdgeDirection.Both)
            await CollectEdgesAsync(query.WithSources ? CypherCatalogue.EdgesOut : CypherCatalogue.EdgesOutBare, ids, types, edges, ct).ConfigureAwait(false);
        if (query.Direction is EdgeDirection.Incoming or EdgeDirection.Both)
            await CollectEdgesAsync(query.WithSources ? CypherCatalogue.EdgesIn : CypherCatalogue.EdgesInBare, ids, types, edges, ct).ConfigureAwait(false);
        return edges.Values.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
    }

    private async Task CollectEdgesAsync(string statement, List<string> ids, List<string> types, Dictionary<string, GraphEdge> into, CancellationToken ct)
    {
        foreach (var chunk in ids.Chunk(PageSize))
        {
            var r = await _client.RunAsync(CypherStatement.Of(statement, P(("ids", chunk), ("types", types))), ct).ConfigureAwait(false);
            foreach (var rec in r.Records())
            {
                var e = rec.ContainsKey("r")
                    ? Neo4jRecordMapper.ToEdge((Neo4jRelationship)rec["r"]!, (string)rec["fromId"]!, (string)rec["toId"]!)
                    : Neo4jRecordMapper.ToEdge((string)rec["id"]!, (string)rec["type"]!, (string)rec["fromId"]!, (string)rec["toId"]!, rec["propsJson"] as string);
                into[e.Id] = e;
            }
        }
    }

    public async Task<MeetingPage> FindMeetingsAsync(MeetingQuery query, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(query.First, nameof(query.First));
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset, nameof(query.Offset));
        var offset = query.Offset;
        var first = query.First;
        var r = await _client.RunAsync(CypherStatement.Of(CypherCatalogue.Meetings, P(
            ("from", query.From), ("to", query.To),
            ("countries", query.CountryIsos?.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList() ?? []),
            ("participants", query.ParticipantIds?.Where(p => !string.IsNullOrWhiteSpace(p)).Distinct(StringComparer.Ordinal).ToList() ?? []),
            ("place", query.PlaceId), ("mentioned", query.MentionedEntityId),
            ("ascending", query.Order == MeetingOrder.DateAscending),
            ("offset", offset), ("end", offset + first))), ct).ConfigureAwait(false);
        if (r.Rows.Count == 0) return new MeetingPage([], 0);
        var rec = r.Records().First();
        var page = ((IEnumerable<object?>)rec["page"]!).Select(n => Neo4jRecordMapper.ToNode((Neo4jNode)n!)).ToList();
        return new MeetingPage(page, checked((int)(long)rec["total"]!));
    }

    public async Task<IReadOnlyList<MeetingDateCount>> CountMeetingsByDateAsync(MeetingDateCountQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(query.Filter, nameof(query.Filter));
        var f = query.Filter;
        var r = await _client.RunAsync(CypherStatement.Of(CypherCatalogue.MeetingDateCounts, P(
            ("from", f.From), ("to", f.To),
            ("countries", f.CountryIsos?.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList() ?? []),
            ("participants", f.ParticipantIds?.Where(p => !string.IsNullOrWhiteSpace(p)).Distinct(StringComparer.Ordinal).ToList() ?? []),
            ("place", f.PlaceId), ("mentioned", f.MentionedEntityId),
            ("withPersons", query.WithPersons))), ct).ConfigureAwait(false);
        return [.. r.Records().Select(x => new MeetingDateCount(
            (DateOnly)x["date"]!,
            checked((int)(long)x["meetings"]!),
            ((IEnumerable<object?>)x["persons"]!).OfType<string>().Order(StringComparer.Ordinal).ToList()))];
    }

    public async Task<IReadOnlyList<CounterpartRow>> GetCounterpartsAsync(CounterpartQuery query, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(query.First, nameof(query.First));
        if (query.First == 0) return [];
        var r = await _client.RunAsync(CypherStatement.Of(CypherCatalogue.Counterparts, P(
            ("id", query.PersonId), ("from", query.From), ("to", query.To))), ct).ConfigureAwait(false);
        var rows = r.Records().Select(x => (Person: (string)x["person"]!, Meeting: (string)x["meeting"]!, Date: x["date"] as DateOnly?));
        var ranked = MeetingAggregates.Counterparts(rows, query.First);
        return query.WithMeetingIds ? ranked : [.. ranked.Select(x => x with { MeetingIds = [] })];
    }

    public async Task<IReadOnlyList<CountryTieRow>> GetCountryTiesAsync(CountryTieQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query.Iso, nameof(query.Iso));
        ArgumentOutOfRangeException.ThrowIfNegative(query.First, nameof(query.First));
        if (query.First == 0) return [];
        var iso = query.Iso.ToUpperInvariant();
        var r = await _client.RunAsync(CypherStatement.Of(CypherCatalogue.CountryTies, P(
            ("iso", iso), ("from", query.From), ("to", query.To))), ct).ConfigureAwait(false);
        var rows = r.Records().Select(x => (Meeting: (string)x["meeting"]!, Date: x["date"] as DateOnly?,
            Countries: ((IEnumerable<object?>)x["countries"]!).OfType<string>().ToList()));
        return MeetingAggregates.CountryTies(iso, rows, query.First);
    }

    public Task<Subgraph> GetNeighborhoodAsync(NeighborhoodQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query.NodeId, nameof(query.NodeId));
        ArgumentOutOfRangeException.ThrowIfNegative(query.Depth, nameof(query.Depth));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Depth, MaxDepth, nameof(query.Depth));
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1, nameof(query.Limit));
        return new Neo4jTraversal(_client).NeighborhoodAsync(query, ct);
    }

    public Task<Subgraph?> FindShortestPathAsync(PathQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query.FromId, nameof(query.FromId));
        ArgumentNullException.ThrowIfNull(query.ToId, nameof(query.ToId));
        ArgumentOutOfRangeException.ThrowIfLessThan(query.MaxHops, 1, nameof(query.MaxHops));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.MaxHops, MaxHops, nameof(query.MaxHops));
        return new Neo4jTraversal(_client).ShortestPathAsync(query, ct);
    }

    public async IAsyncEnumerable<GraphNode> ScanNodesAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        var after = string.Empty;
        while (true)
        {
            var r = await _client.RunAsync(CypherStatement.Of(CypherCatalogue.ScanNodes, P(("after", after), ("limit", PageSize))), ct).ConfigureAwait(false);
            foreach (var row in r.Rows)
            {
                var n = Neo4jRecordMapper.ToNode((Neo4jNode)row[0]!);
                after = n.Id;
                yield return n;
            }
            if (r.Rows.Count < PageSize) yield break;
        }
    }

    public async IAsyncEnumerable<GraphEdge> ScanEdgesAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        // A k-way merge of the per-type id-ordered scans yields all edges in global ordinal id order.
        var cursors = CypherWhitelist.RelationshipTypes.Select(t => new EdgeScanCursor(_client, t, PageSize)).ToList();
        foreach (var c in cursors) await c.FillAsync(ct).ConfigureAwait(false);
        while (true)
        {
            EdgeScanCursor? next = null;
            foreach (var c in cursors)
                if (c.Head is not null && (next is null || string.CompareOrdinal(c.Head.Id, next.Head!.Id) < 0)) next = c;
            if (next is null) yield break;
            yield return await next.TakeAsync(ct).ConfigureAwait(false);
        }
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    // Also synchronously disposable, so a DI container disposed with Dispose() can release the HTTP client.
    public void Dispose() => _client.Dispose();

    internal static List<string> Kinds(IReadOnlyList<NodeKind>? kinds) => kinds?.Select(CypherWhitelist.Label).ToList() ?? [];

    internal static Dictionary<string, object?> P(params (string Key, object? Value)[] items) =>
        items.ToDictionary(i => i.Key, i => i.Value, StringComparer.Ordinal);
}
