using System.Net;
using DiplomacyGraph.Api.Tests.Infrastructure;

namespace DiplomacyGraph.Api.Tests.GraphQL;

/// <summary>A host whose request timeout (0.2 s) is far shorter than its deliberately slow meeting queries (30 s).</summary>
public sealed class TinyTimeoutFixture : ApiFixture
{
    protected override Dictionary<string, string?> Settings => new()
    {
        ["Api:ApiKey"] = ApiKey,
        ["Api:RequestTimeoutSeconds"] = "0.2",
    };

    // Deterministic: the query cannot finish before the timeout, however fast the machine or the document cache.
    protected override TimeSpan MeetingQueryDelay => TimeSpan.FromSeconds(30);
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
