using DiplomacyGraph.Api.Tests.Infrastructure;
using DiplomacyGraph.Domain.Storage;

namespace DiplomacyGraph.Api.Tests.GraphQL;

/// <summary>A host with a configured path-search bound.</summary>
public sealed class PathSearchBoundFixture : ApiFixture
{
    protected override Dictionary<string, string?> Settings => new()
    {
        ["Api:ApiKey"] = ApiKey,
        ["Api:MaxPathSearchEdges"] = "5000",
    };
}

/// <summary>shortestPath hands the configured bound to the store and turns a search that gave up into a LIMIT_EXCEEDED error.</summary>
public sealed class PathSearchBoundTests(PathSearchBoundFixture api) : IClassFixture<PathSearchBoundFixture>
{
    [Fact]
    public async Task ShortestPath_withinTheBound_passesTheBoundAndAnswers()
    {
        api.Store.Reset();
        api.Store.PathSearchGivesUp = false;
        var r = (await api.Client.GraphQLAsync("{ shortestPath(from: \"Nursultan Nazarbayev\", to: \"Abdel Fattah el-Sisi\") { length } }")).AssertOk();

        Assert.True(r.Data.GetProperty("shortestPath").GetProperty("length").GetInt32() > 0);
        Assert.Equal(5000, Assert.Single(api.Store.Queries.OfType<PathQuery>()).MaxEdgesRead);
    }

    [Fact]
    public async Task ShortestPath_searchGaveUp_isLimitExceededError()
    {
        api.Store.Reset();
        api.Store.PathSearchGivesUp = true;
        try
        {
            var r = await api.Client.GraphQLAsync("{ shortestPath(from: \"Nursultan Nazarbayev\", to: \"Abdel Fattah el-Sisi\") { length } }");

            Assert.Equal("LIMIT_EXCEEDED", r.FirstErrorCode);
            var message = r.FirstError.GetProperty("message").GetString()!;
            Assert.Contains("5000", message, StringComparison.Ordinal);
            Assert.Contains("Api:MaxPathSearchEdges", message, StringComparison.Ordinal);
            Assert.Equal(System.Text.Json.JsonValueKind.Null, r.Data.GetProperty("shortestPath").ValueKind);
        }
        finally
        {
            api.Store.PathSearchGivesUp = false;
        }
    }
}
