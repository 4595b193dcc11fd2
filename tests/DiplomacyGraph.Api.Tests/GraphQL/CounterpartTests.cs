using DiplomacyGraph.Api.Tests.Infrastructure;

namespace DiplomacyGraph.Api.Tests.GraphQL;

/// <summary>Who met whom: counterparts ranked by meetings.</summary>
public sealed class CounterpartTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Counterparts_ofXi_rankSagintayevFirstWithDates()
    {
        var r = (await api.Client.GraphQLAsync("""
            { person(name: "شي جين بينغ") { counterparts(first: 3) { person { id } meetingCount firstMet lastMet meetings { date } } } }
            """)).AssertOk();

        var list = r.Data.GetProperty("person").GetProperty("counterparts");
        Assert.Equal(3, list.GetArrayLength());
        var top = list[0];
        Assert.Equal(TestGraph.Sagintayev, top.GetProperty("person").GetProperty("id").GetString());
        Assert.Equal(3, top.GetProperty("meetingCount").GetInt32());
        Assert.Equal("2018-11-22", top.GetProperty("firstMet").GetString());
        Assert.Equal("2019-03-10", top.GetProperty("lastMet").GetString());
        Assert.Equal(3, top.GetProperty("meetings").GetArrayLength());
        Assert.Equal(1, list[1].GetProperty("meetingCount").GetInt32());
    }

    [Fact]
    public async Task Counterparts_withinDates_countOnlyThoseMeetings()
    {
        var r = (await api.Client.GraphQLAsync("""
            { person(name: "Xi Jinping") { counterparts(from: "2019-01-01", to: "2019-12-31") { person { id } meetingCount } } }
            """)).AssertOk();

        var list = r.Data.GetProperty("person").GetProperty("counterparts").EnumerateArray().ToList();
        Assert.Equal(2, list.Count);
        Assert.Equal(TestGraph.Sagintayev, list[0].GetProperty("person").GetProperty("id").GetString());
        Assert.Equal(2, list[0].GetProperty("meetingCount").GetInt32());
        Assert.Equal(TestGraph.Sisi, list[1].GetProperty("person").GetProperty("id").GetString());
    }
}
