using DiplomacyGraph.Api.Tests.Infrastructure;

namespace DiplomacyGraph.Api.Tests.GraphQL;

/// <summary>The per-request batch loader keeps store calls bounded whatever the page size.</summary>
public sealed class BatchingTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task MeetingsPage_of100WithParticipantsPlacesAndSources_costsBoundedStoreCalls()
    {
        api.Store.Reset();
        var r = (await api.Client.GraphQLAsync("""
            { meetings(filter: { participant: "person:xi-jinping" }, first: 100) {
                nodes { id date place { name country { iso } } participants { name offices { title } } countries { iso } sources { evidence } }
            } }
            """)).AssertOk();

        var nodes = r.Data.GetProperty("meetings").GetProperty("nodes");
        Assert.Equal(100, nodes.GetArrayLength());
        Assert.All(nodes.EnumerateArray(), m => Assert.Equal(2, m.GetProperty("participants").GetArrayLength()));
        Assert.Equal(1, api.Store.Calls("FindMeetingsAsync"));
        // Level by level: (participants, place and sources edges + countries) then (persons, places) then (offices) then (office countries...).
        Assert.InRange(api.Store.Calls("GetEdgesAsync"), 1, 5);
        Assert.InRange(api.Store.Calls("GetNodesAsync"), 1, 4);
        Assert.InRange(api.Store.TotalCalls, 3, 10);
    }

    [Fact]
    public async Task MeetingsPage_placesParticipantsAndArticles_shareOneEdgeLookup()
    {
        api.Store.Reset();
        var r = (await api.Client.GraphQLAsync($$"""
            { meeting(id: "{{TestGraph.FoundingMeeting}}") { place { id } participants { id } articles { id } } }
            """)).AssertOk();

        var m = r.Data.GetProperty("meeting");
        Assert.Equal(TestGraph.Beijing, m.GetProperty("place").GetProperty("id").GetString());
        Assert.Equal([TestGraph.Sagintayev, TestGraph.Xi], m.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(1, m.GetProperty("articles").GetArrayLength());
        // Three relationship types at the same node: one edge look-up, then one node look-up for all their other ends.
        Assert.Equal(1, api.Store.Calls("GetEdgesAsync"));
    }

    [Fact]
    public async Task Counterparts_withMeetings_loadMeetingsInOneBatch()
    {
        api.Store.Reset();
        var r = (await api.Client.GraphQLAsync("""
            { person(id: "person:xi-jinping") { counterparts(first: 100) { person { name } meetingCount meetings { date place { name } } } } }
            """)).AssertOk();

        Assert.Equal(100, r.Data.GetProperty("person").GetProperty("counterparts").GetArrayLength());
        Assert.Equal(1, api.Store.Calls("GetCounterpartsAsync"));
        Assert.InRange(api.Store.TotalCalls, 3, 8);
    }
}
