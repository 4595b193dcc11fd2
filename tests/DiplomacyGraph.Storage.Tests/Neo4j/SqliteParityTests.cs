using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;
using DiplomacyGraph.Storage.Neo4j;
using DiplomacyGraph.Storage.Sqlite;
using DiplomacyGraph.Storage.Tests.Contract;
using DiplomacyGraph.Storage.Tests.Sqlite;

namespace DiplomacyGraph.Storage.Tests.Neo4j;

/// <summary>
/// The Neo4j store ranks in C#: its statements return plain rows (node + search tier, meeting + date) and
/// <see cref="SearchRanking"/> / <see cref="MeetingAggregates"/> order them. Here those C# halves get the rows the
/// statements would return for the contract fixture (computed from the batch with the statements' own conditions) and
/// must answer exactly as the embedded store does. The Cypher halves are checked by the contract suite on a real server.
/// </summary>
public sealed class SqliteParityTests : IAsyncLifetime
{
    private readonly TempDatabase _db = new();
    private readonly MeetingGraph _g = new();
    private GraphBatch _batch = GraphBatch.Empty;
    private SqliteGraphStore _sqlite = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var b = new TestGraphBuilder();
        b.Person("Kareem Ahmed");
        b.Person("Abdul Karim");
        b.Person("Karimov Islam");
        b.Person("Massimov K", null, "Karim");
        b.Person("Karim");
        b.Entity(NodeKind.Organization, "China Daily Group");
        b.Entity(NodeKind.Event, "China International Import Expo");
        // A second meeting of A, B and C on m2/m3's day: same-date meetings of one counterpart, ordered by id.
        b.Meeting(new DateOnly(2019, 3, 1), [_g.A, _g.B, _g.C], ["CN", "KZ", "EG"]);
        var extra = b.Build();
        _batch = new GraphBatch([.. _g.Batch.Nodes, .. extra.Nodes], [.. _g.Batch.Edges, .. extra.Edges]);
        _sqlite = new SqliteGraphStore(_db.Path);
        await _sqlite.InitializeAsync(Ct);
        await _sqlite.WriteAsync(_batch, Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _sqlite.DisposeAsync();
        _db.Dispose();
    }

    /// <summary>What <c>read.search</c> returns: the CASE of the statement evaluated on the properties the mapper writes.</summary>
    private IEnumerable<(GraphNode, int)> SearchRows(string text, IReadOnlyList<NodeKind>? kinds)
    {
        var key = Domain.Text.NameKey.Of(text);
        var tokens = SqliteNameIndex.TokensOf(key).ToList();
        var phonetic = SqliteNameIndex.QueryPhonetic(key);
        foreach (var node in _batch.Nodes.Select(GraphMerge.Normalize))
        {
            if (kinds is { Count: > 0 } && !kinds.Contains(node.Kind)) continue;
            var p = Neo4jRecordMapper.NodeProperties(node);
            var keys = (List<string>)p["searchKeys"]!;
            var nodeTokens = (List<string>)p["nameTokens"]!;
            var phonetics = (List<string>)p["phoneticKeys"]!;
            int? tier = keys.Contains(key) ? 0
                : keys.Any(k => k.StartsWith(key, StringComparison.Ordinal)) ? 2
                : tokens.Count > 0 && tokens.All(nodeTokens.Contains) ? 3
                : phonetic != "" && phonetics.Contains(phonetic) ? 4
                : null;
            if (tier is { } t) yield return (node, t);
        }
    }

    [Theory]
    [InlineData("Xi Jinping", null)]
    [InlineData("شِي جين بينغ", null)]
    [InlineData("شي", null)]
    [InlineData("KARIM", null)]
    [InlineData("ساجينتاييف", null)]
    [InlineData("china", null)]
    [InlineData("china", NodeKind.Country)]
    [InlineData("kz", null)]
    [InlineData("meeting", null)]
    [InlineData("belt road", null)]
    [InlineData("Zzyzx", null)]
    public async Task SearchRanking_sameCandidates_ranksAsSqlite(string text, NodeKind? kind)
    {
        IReadOnlyList<NodeKind>? kinds = kind is { } k ? [k] : null;
        var expected = await _sqlite.SearchAsync(new SearchQuery(text, kinds, First: 50), Ct);

        var actual = SearchRanking.Rank(SearchRows(text, kinds), Domain.Text.NameKey.Of(text), 50);

        Assert.Equal(expected.Select(h => (h.Node.Id, h.Score)), actual.Select(h => (h.Node.Id, h.Score)));
    }

    /// <summary>What <c>read.counterparts</c> returns for a person: (other participant, meeting, date) rows.</summary>
    private IEnumerable<(string, string, DateOnly?)> CounterpartRows(string person, DateOnly? from, DateOnly? to)
    {
        var dates = _batch.Nodes.Where(n => n.Kind == NodeKind.Meeting).ToDictionary(n => n.Id, n => n.Date);
        var participants = _batch.Edges.Where(e => e.Type == RelationshipTypes.ParticipatedIn).ToLookup(e => e.To, e => e.From);
        foreach (var meeting in participants.Where(m => m.Contains(person)).Select(m => m.Key))
        {
            var date = dates[meeting];
            if ((from is not null && (date is null || date < from)) || (to is not null && (date is null || date > to))) continue;
            foreach (var other in participants[meeting].Where(o => o != person).Distinct()) yield return (other, meeting, date);
        }
    }

    [Fact]
    public async Task Counterparts_sameRows_rankAsSqlite()
    {
        foreach (var person in new[] { _g.A, _g.B, _g.C, _g.D })
            foreach (var (from, to) in new (DateOnly?, DateOnly?)[] { (null, null), (new DateOnly(2019, 1, 1), null), (null, new DateOnly(2019, 3, 1)) })
                foreach (var first in new[] { 1, 2, 20 })
                {
                    var expected = await _sqlite.GetCounterpartsAsync(new CounterpartQuery(person, from, to, first), Ct);
                    var actual = MeetingAggregates.Counterparts(CounterpartRows(person, from, to), first);
                    Assert.Equal(expected.Select(Describe), actual.Select(Describe));
                }
    }

    [Fact]
    public async Task CountryTies_sameRows_rankAsSqlite()
    {
        var meetings = _batch.Nodes.Where(n => n.Kind == NodeKind.Meeting).ToList();
        foreach (var iso in new[] { "CN", "kz", "EG", "RU", "XX" })
            foreach (var (from, to) in new (DateOnly?, DateOnly?)[] { (null, null), (new DateOnly(2019, 1, 1), null), (null, new DateOnly(2018, 12, 31)) })
                foreach (var first in new[] { 1, 2, 20 })
                {
                    var upper = iso.ToUpperInvariant();
                    var rows = meetings
                        .Select(m => (m.Id, m.Date, Countries: m.Countries.Select(c => c.ToUpperInvariant()).Distinct().ToList()))
                        .Where(m => m.Countries.Contains(upper))
                        .Where(m => (from is null || m.Date >= from) && (to is null || m.Date <= to));
                    var expected = await _sqlite.GetCountryTiesAsync(new CountryTieQuery(iso, from, to, first), Ct);
                    var actual = MeetingAggregates.CountryTies(upper, rows, first);
                    Assert.Equal(expected, actual);
                }
    }

    private static string Describe(CounterpartRow r) => $"{r.PersonId}|{r.MeetingCount}|{r.FirstMet}|{r.LastMet}|{string.Join(",", r.MeetingIds)}";
}
