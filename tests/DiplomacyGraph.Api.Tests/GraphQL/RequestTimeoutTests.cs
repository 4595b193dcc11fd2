using System.Net;
using DiplomacyGraph.Api.Tests.Infrastructure;

namespace DiplomacyGraph.Api.Tests.GraphQL;

/// <summary>A host whose request timeout is far shorter than any store call.</summary>
public sealed class TinyTimeoutFixture : ApiFixture
{
    protected override Dictionary<string, string?> Settings => new()
    {
        ["Api:ApiKey"] = ApiKey,
        ["Api:RequestTimeoutSeconds"] = "0.000001",
    };
}

/// <summary>A request that runs past the configured timeout is stopped with a TIMEOUT error, not a hang or a 500.</summary>
public sealed class RequestTimeoutTests(TinyTimeoutFixture api) : IClassFixture<TinyTimeoutFixture>
{
    [Fact]
    public async Task Query_pastTimeout_isTimeoutError()
    {
        var r = await api.Client.GraphQLAsync("{ meetings(first: 100) { totalCount nodes { participants { name } place { name } } } }");

        Assert.Equal(HttpStatusCode.OK, r.Status);
        Assert.Equal("TIMEOUT", r.FirstErrorCode);
    }
}
