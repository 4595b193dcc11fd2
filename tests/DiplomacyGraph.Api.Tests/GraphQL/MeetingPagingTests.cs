using DiplomacyGraph.Api.Tests.Infrastructure;

namespace DiplomacyGraph.Api.Tests.GraphQL;

/// <summary>Relay paging and filtering of meetings.</summary>
public sealed class MeetingPagingTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string PageQuery = """
        query($after: String) {
          meetings(filter: { participant: "Xi Jinping" }, first: 50, after: $after) {
            totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
            edges { cursor node { id date } }
            nodes { id }
          }
        }
        """;

    [Fact]
    public async Task Meetings_pagedWithCursors_visitEveryMeetingOnceInDateOrder()
    {
        var seen = new List<(string Id, string Date)>();
        string? after = null;
        for (var page = 0; page < 10; page++)
        {
            var c = (await api.Client.GraphQLAsync(PageQuery, new { after })).AssertOk().Data.GetProperty("meetings");
            Assert.Equal(TestGraph.XiMeetingCount, c.GetProperty("totalCount").GetInt32());
            Assert.Equal(page > 0, c.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
            var edges = c.GetProperty("edges").EnumerateArray().ToList();
            Assert.Equal(edges.Select(e => e.GetProperty("node").GetProperty("id").GetString()), c.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
            seen.AddRange(edges.Select(e => (e.GetProperty("node").GetProperty("id").GetString()!, e.GetProperty("node").GetProperty("date").GetString()!)));
            if (!c.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()) break;
            after = c.GetProperty("pageInfo").GetProperty("endCursor").GetString();
            Assert.Equal(edges[^1].GetProperty("cursor").GetString(), after);
        }

        Assert.Equal(TestGraph.XiMeetingCount, seen.Count);
        Assert.Equal(seen.Count, seen.Select(s => s.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(seen.Select(s => s.Date).OrderDescending(StringComparer.Ordinal), seen.Select(s => s.Date));
    }

    [Fact]
    public async Task Meetings_filterByParticipantsCountryAndDates_narrowsResult()
    {
        var r = (await api.Client.GraphQLAsync("""
            { both: meetings(filter: { participants: ["شي جين بينغ", "Sagintayev"] }, orderBy: DATE_ASC) { totalCount nodes { date } }
              kz2019: meetings(country: "KZ", from: "2019-01-01", to: "2019-12-31") { totalCount }
              place: meetings(filter: { place: "Astana" }) { totalCount }
              nobody: meetings(participant: "Qwxzv Plmk") { totalCount nodes { id } } }
            """)).AssertOk();

        Assert.Equal(3, r.Data.GetProperty("both").GetProperty("totalCount").GetInt32());
        Assert.Equal("2018-11-22", r.Data.GetProperty("both").GetProperty("nodes")[0].GetProperty("date").GetString());
        Assert.Equal(2, r.Data.GetProperty("kz2019").GetProperty("totalCount").GetInt32());
        Assert.Equal(1, r.Data.GetProperty("place").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, r.Data.GetProperty("nobody").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task MetBetween_twoPersons_returnsTheirMeetingsOnly()
    {
        var r = (await api.Client.GraphQLAsync("{ metBetween(a: \"Xi Jinping\", b: \"باكيتجان ساجينتاييف\") { totalCount nodes { date } } }")).AssertOk();

        var m = r.Data.GetProperty("metBetween");
        Assert.Equal(3, m.GetProperty("totalCount").GetInt32());
        Assert.Equal(["2019-03-10", "2019-01-15", "2018-11-22"], m.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("date").GetString()!).ToArray());
    }

    [Fact]
    public async Task Meetings_badCursor_isInvalidArgumentError()
    {
        var r = await api.Client.GraphQLAsync("{ meetings(after: \"not-a-cursor\") { totalCount } }");

        Assert.True(r.HasErrors);
        Assert.Equal("INVALID_ARGUMENT", r.FirstErrorCode);
        Assert.Contains("cursor", r.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
