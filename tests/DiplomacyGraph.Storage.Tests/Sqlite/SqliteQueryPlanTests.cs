using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;
using DiplomacyGraph.Storage.Sqlite;
using DiplomacyGraph.Storage.Tests.Contract;
using Microsoft.Data.Sqlite;

namespace DiplomacyGraph.Storage.Tests.Sqlite;

/// <summary>
/// The statements behind the latency-critical queries use indexes: SQLite's EXPLAIN QUERY PLAN of exactly the SQL the
/// store ran shows no full table scan, and a person's meeting page needs no sort. (Speed itself is measured in bench/.)
/// </summary>
public sealed class SqliteQueryPlanTests : IAsyncLifetime
{
    private readonly TempDatabase _db = new();
    private SqliteGraphStore _store = null!;
    private MeetingGraph _g = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _store = new SqliteGraphStore(_db.Path);
        await _store.InitializeAsync(Ct);
        _g = new MeetingGraph();
        await _store.WriteAsync(_g.Batch, Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        _db.Dispose();
    }

    public static TheoryData<string> Queries =>
        ["person meetings page", "person meetings page ascending", "meetings of two persons", "meetings of two countries", "meetings at a place",
         "counterparts", "country ties", "search", "neighborhood", "shortest path", "edges", "nodes"];

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Query_plan_usesIndexesOnly(string query)
    {
        using var capture = SqliteStatementLog.Start();
        await RunAsync(query);
        Assert.NotEmpty(capture.Statements);

        foreach (var statement in capture.Statements)
        {
            var plan = await PlanAsync(statement);
            var scans = plan.Where(line => line.StartsWith("SCAN ", StringComparison.Ordinal)
                && !line.Contains("USING", StringComparison.Ordinal) && !line.Contains("VIRTUAL TABLE", StringComparison.Ordinal)
                && !line.StartsWith("SCAN CONSTANT ROW", StringComparison.Ordinal) && !line.StartsWith("SCAN (subquery", StringComparison.Ordinal)).ToList();
            Assert.True(scans.Count == 0, $"full table scan in\n{statement.Sql}\nplan:\n{string.Join("\n", plan)}");
            if (query.StartsWith("person meetings page", StringComparison.Ordinal) && statement.Sql.Contains("LIMIT $limit", StringComparison.Ordinal))
                Assert.DoesNotContain(plan, line => line.Contains("TEMP B-TREE", StringComparison.Ordinal));
        }
    }

    private Task RunAsync(string query) => query switch
    {
        "person meetings page" => _store.FindMeetingsAsync(new MeetingQuery([_g.A], First: 2), Ct),
        "person meetings page ascending" => _store.FindMeetingsAsync(new MeetingQuery([_g.A], Order: MeetingOrder.DateAscending, Offset: 4, First: 2), Ct),
        "meetings of two persons" => _store.FindMeetingsAsync(new MeetingQuery([_g.A, _g.B], ["CN"], From: new DateOnly(2019, 1, 1)), Ct),
        "meetings of two countries" => _store.FindMeetingsAsync(new MeetingQuery(CountryIsos: ["CN", "KZ"], To: new DateOnly(2020, 1, 1)), Ct),
        "meetings at a place" => _store.FindMeetingsAsync(new MeetingQuery([_g.A], PlaceId: _g.Beijing) { MentionedEntityId = _g.Initiative }, Ct),
        "counterparts" => _store.GetCounterpartsAsync(new CounterpartQuery(_g.A, From: new DateOnly(2000, 1, 1)), Ct),
        "country ties" => _store.GetCountryTiesAsync(new CountryTieQuery("CN"), Ct),
        "search" => _store.SearchAsync(new SearchQuery("xi jinping", [NodeKind.Person]), Ct),
        "neighborhood" => _store.GetNeighborhoodAsync(new NeighborhoodQuery(_g.A, 2, Types: [RelationshipTypes.ParticipatedIn]), Ct),
        "shortest path" => _store.FindShortestPathAsync(new PathQuery(_g.D, _g.C, Via: [NodeKind.Person, NodeKind.Meeting]), Ct),
        "edges" => _store.GetEdgesAsync(new EdgeQuery([_g.A, _g.M1], EdgeDirection.Both, [RelationshipTypes.ParticipatedIn]), Ct),
        _ => _store.GetNodesAsync([_g.A, _g.B], Ct),
    };

    private async Task<List<string>> PlanAsync(SqliteStatementLog.CapturedStatement statement)
    {
        await using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _store.FilePath, Pooling = false }.ToString());
        await c.OpenAsync(Ct);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "EXPLAIN QUERY PLAN " + statement.Sql;
        foreach (var (name, value) in statement.Parameters) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        var lines = new List<string>();
        await using var r = await cmd.ExecuteReaderAsync(Ct);
        while (await r.ReadAsync(Ct)) lines.Add(r.GetString(3));
        return lines;
    }
}
