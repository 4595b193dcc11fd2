using DiplomacyGraph.Api.Tests.Infrastructure;

namespace DiplomacyGraph.Api.Tests.GraphQL;

/// <summary>Dashboards: bilateral ties as a series with empty buckets, and partner countries.</summary>
public sealed class BilateralTiesTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task BilateralTies_byMonth_hasEveryMonthIncludingEmptyOnes()
    {
        var r = (await api.Client.GraphQLAsync("""
            { bilateralTies(a: "China", b: "قازاقستان", from: "2018-10-01", to: "2019-03-31", granularity: MONTH) {
                a { iso } b { iso } totalMeetings buckets { period start end meetingCount persons { id } }
            } }
            """)).AssertOk();

        var t = r.Data.GetProperty("bilateralTies");
        Assert.Equal("CN", t.GetProperty("a").GetProperty("iso").GetString());
        Assert.Equal("KZ", t.GetProperty("b").GetProperty("iso").GetString());
        var buckets = t.GetProperty("buckets").EnumerateArray().ToList();
        Assert.Equal(["2018-10", "2018-11", "2018-12", "2019-01", "2019-02", "2019-03"], buckets.Select(b => b.GetProperty("period").GetString()!).ToArray());
        Assert.Equal([0, 1, 0, 1, 0, 1], buckets.Select(b => b.GetProperty("meetingCount").GetInt32()).ToArray());
        Assert.Equal("2019-02-01", buckets[4].GetProperty("start").GetString());
        Assert.Equal("2019-02-28", buckets[4].GetProperty("end").GetString());
        Assert.Equal(2, buckets[1].GetProperty("persons").GetArrayLength());
        Assert.Equal(3, t.GetProperty("totalMeetings").GetInt32());
    }

    [Theory]
    [InlineData("YEAR", new[] { "2018", "2019" })]
    [InlineData("QUARTER", new[] { "2018-Q4", "2019-Q1" })]
    public async Task BilateralTies_withoutRange_spansFirstToLastMeeting(string granularity, string[] periods)
    {
        var r = (await api.Client.GraphQLAsync($"{{ bilateralTies(a: \"CN\", b: \"KZ\", granularity: {granularity}) {{ buckets {{ period meetingCount }} }} }}")).AssertOk();

        Assert.Equal(periods, r.Data.GetProperty("bilateralTies").GetProperty("buckets").EnumerateArray().Select(b => b.GetProperty("period").GetString()!).ToArray());
    }

    [Fact]
    public async Task BilateralTies_byWeek_labelsIsoWeeks()
    {
        var r = (await api.Client.GraphQLAsync("{ bilateralTies(a: \"CN\", b: \"KZ\", from: \"2018-11-19\", to: \"2018-12-02\", granularity: WEEK) { buckets { period start meetingCount } } }")).AssertOk();

        var buckets = r.Data.GetProperty("bilateralTies").GetProperty("buckets").EnumerateArray().ToList();
        Assert.Equal(["2018-W47", "2018-W48"], buckets.Select(b => b.GetProperty("period").GetString()!).ToArray());
        Assert.Equal("2018-11-19", buckets[0].GetProperty("start").GetString());
        Assert.Equal(1, buckets[0].GetProperty("meetingCount").GetInt32());
    }

    [Fact]
    public async Task BilateralTies_tooManyDayBuckets_isLimitError()
    {
        var r = await api.Client.GraphQLAsync("{ bilateralTies(a: \"CN\", b: \"KZ\", from: \"1900-01-01\", to: \"2020-01-01\", granularity: DAY) { totalMeetings } }");

        Assert.Equal("LIMIT_EXCEEDED", r.FirstErrorCode);
    }

    [Fact]
    public async Task CountryTies_ofChina_rankPartnersByMeetings()
    {
        var r = (await api.Client.GraphQLAsync("{ countryTies(country: \"الصين\") { iso country { name } meetingCount firstMet lastMet } }")).AssertOk();

        var ties = r.Data.GetProperty("countryTies").EnumerateArray().ToList();
        Assert.Equal(["FR", "KZ", "EG"], ties.Select(t => t.GetProperty("iso").GetString()!).ToArray());
        Assert.Equal(TestGraph.VisitorCount, ties[0].GetProperty("meetingCount").GetInt32());
        Assert.Equal(3, ties[1].GetProperty("meetingCount").GetInt32());
        Assert.Equal("Kazakhstan", ties[1].GetProperty("country").GetProperty("name").GetString());
    }
}
