using DiplomacyGraph.Api.Tests.Infrastructure;
using DiplomacyGraph.Domain.Storage;

namespace DiplomacyGraph.Api.Tests.GraphQL;

/// <summary>Edge sources are read from the store only when the query selects <c>sources</c> (directly or in a fragment).</summary>
public sealed class SourcesSelectionTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task MeetingsPage_withoutSources_loadsEdgesWithoutSources()
    {
        api.Store.Reset();
        (await api.Client.GraphQLAsync("""
            { person(id: "person:xi-jinping") { meetings(first: 20) { nodes { date place { name } participants { name } articles { id } } } } }
            """)).AssertOk();

        var edges = EdgeQueries();
        Assert.NotEmpty(edges);
        Assert.All(edges, q => Assert.False(q.WithSources));
    }

    [Fact]
    public async Task MeetingsPage_withSources_loadsSourcesOnlyForThem()
    {
        api.Store.Reset();
        var r = (await api.Client.GraphQLAsync("""
            { person(id: "person:xi-jinping") { meetings(first: 20) { nodes { participants { name } sources { evidence } } } } }
            """)).AssertOk();

        var nodes = r.Data.GetProperty("person").GetProperty("meetings").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Contains(nodes, m => m.GetProperty("sources").GetArrayLength() > 0);
        var edges = EdgeQueries();
        Assert.Contains(edges, q => q.WithSources && q.Types is ["REPORTED_IN"]);
        Assert.Contains(edges, q => !q.WithSources && q.Types is ["PARTICIPATED_IN"]);
    }

    [Theory]
    [InlineData("offices { title }", false)]
    [InlineData("offices { title sources { file } }", true)]
    [InlineData("relationships { type }", false)]
    [InlineData("relationships { type sources { evidence } }", true)]
    [InlineData("relationships { ...R }", true)]
    [InlineData("relationships { ... on Relationship { sources { url } } }", true)]
    [InlineData("relationships { ... on Relationship { type } }", false)]
    public async Task PersonEdges_sourcesLoaded_exactlyWhenSelected(string selection, bool withSources)
    {
        api.Store.Reset();
        var fragment = selection.Contains("...R", StringComparison.Ordinal) ? " fragment R on Relationship { type sources { file } }" : string.Empty;
        var r = (await api.Client.GraphQLAsync($$"""{ person(id: "person:xi-jinping") { {{selection}} } }{{fragment}}""")).AssertOk();

        var edges = EdgeQueries();
        Assert.Equal(withSources, Assert.Single(edges).WithSources);
        if (withSources && selection.Contains("offices", StringComparison.Ordinal))
            Assert.All(r.Data.GetProperty("person").GetProperty("offices").EnumerateArray(), o => Assert.NotEqual(0, o.GetProperty("sources").GetArrayLength()));
    }

    [Theory]
    [InlineData("edges { type fromId toId }", false)]
    [InlineData("edges { type sources { file } }", true)]
    public async Task Traversals_sourcesLoaded_exactlyWhenSelected(string selection, bool withSources)
    {
        api.Store.Reset();
        (await api.Client.GraphQLAsync($$"""
            { neighborhood(id: "{{TestGraph.FoundingMeeting}}", depth: 1) { {{selection}} }
              shortestPath(from: "Nursultan Nazarbayev", to: "Abdel Fattah el-Sisi") { {{selection}} } }
            """)).AssertOk();

        Assert.Equal(withSources, Assert.Single(api.Store.Queries.OfType<NeighborhoodQuery>()).WithSources);
        Assert.Equal(withSources, Assert.Single(api.Store.Queries.OfType<PathQuery>()).WithSources);
    }

    private List<EdgeQuery> EdgeQueries() => [.. api.Store.Queries.OfType<EdgeQuery>()];
}
