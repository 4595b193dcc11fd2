using System.Net;
using DiplomacyGraph.Api.Tests.Infrastructure;

namespace DiplomacyGraph.Api.Tests.GraphQL;

/// <summary>A host with low limits, so that each limit can be hit by a small query.</summary>
public sealed class LowLimitsFixture : ApiFixture
{
    protected override Dictionary<string, string?> Settings => new()
    {
        ["Api:ApiKey"] = ApiKey,
        ["Api:MaxDepth"] = "6",
        ["Api:MaxComplexity"] = "400",
        ["Api:MaxPageSize"] = "50",
        ["Api:DefaultPageSize"] = "10",
    };
}

/// <summary>Depth, complexity and page-size limits, and bad scalar values: each a clear error, never a 500.</summary>
public sealed class LimitsTests(LowLimitsFixture api) : IClassFixture<LowLimitsFixture>
{
    [Fact]
    public async Task Query_deeperThanMaxDepth_isRejectedBeforeExecution()
    {
        var r = await api.Client.GraphQLAsync(
            "{ person(name: \"Xi Jinping\") { meetings { nodes { participants { offices { country { name } } } } } } }",
            accept: "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Equal("LIMIT_EXCEEDED", r.FirstErrorCode);
        Assert.Contains("depth", r.FirstError.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Query_tooComplex_isRejectedBeforeExecution()
    {
        api.Store.Reset();
        var r = await api.Client.GraphQLAsync(
            "{ meetings(first: 50) { nodes { id date participants { id name } } } }",
            accept: "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Equal("LIMIT_EXCEEDED", r.FirstErrorCode);
        Assert.Equal(0, api.Store.TotalCalls);
    }

    [Fact]
    public async Task CachedDocument_tooComplexWithNewVariables_isStillRejected()
    {
        const string query = "query($n: Int) { meetings(first: $n) { nodes { id date participants { id name } } } }";
        (await api.Client.GraphQLAsync(query, new { n = 1 })).AssertOk();
        (await api.Client.GraphQLAsync(query, new { n = 1 })).AssertOk();

        api.Store.Reset();
        var r = await api.Client.GraphQLAsync(query, new { n = 50 }, accept: "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Equal("LIMIT_EXCEEDED", r.FirstErrorCode);
        Assert.Equal(0, api.Store.TotalCalls);
    }

    [Fact]
    public async Task Query_withinLimits_runs()
    {
        var r = (await api.Client.GraphQLAsync("{ meetings { totalCount nodes { date } } }")).AssertOk();

        Assert.Equal(10, r.Data.GetProperty("meetings").GetProperty("nodes").GetArrayLength());
    }

    [Theory]
    [InlineData(51)]
    [InlineData(-1)]
    public async Task First_outsidePageSizeCap_isInvalidArgument(int first)
    {
        var r = await api.Client.GraphQLAsync("query($f: Int) { meetings(first: $f) { totalCount } }", new { f = first });

        Assert.Equal(HttpStatusCode.OK, r.Status);
        Assert.Equal("INVALID_ARGUMENT", r.FirstErrorCode);
        Assert.Contains("between 0 and 50", r.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2018-13-01")]
    [InlineData("22/11/2018")]
    [InlineData("yesterday")]
    public async Task Date_malformedLiteral_isErrorNaming(string date)
    {
        var r = await api.Client.GraphQLAsync($"{{ meetings(from: \"{date}\") {{ totalCount }} }}", accept: "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.True(r.Body.Contains("yyyy-MM-dd", StringComparison.Ordinal), r.Body);
        Assert.Contains(date, r.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Date_malformedVariable_isErrorNotServerFailure()
    {
        var r = await api.Client.GraphQLAsync("query($d: Date) { meetings(from: $d) { totalCount } }", new { d = "2019-02-30" });

        Assert.Equal(HttpStatusCode.OK, r.Status);
        Assert.True(r.HasErrors);
        Assert.Contains("2019-02-30", r.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dates_toBeforeFrom_isInvalidArgument()
    {
        var r = await api.Client.GraphQLAsync("{ meetings(from: \"2019-01-01\", to: \"2018-01-01\") { totalCount } }");

        Assert.Equal("INVALID_ARGUMENT", r.FirstErrorCode);
    }
}
