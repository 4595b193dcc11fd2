using System.Net;
using DiplomacyGraph.Storage.Neo4j;

namespace DiplomacyGraph.Storage.Tests.Neo4j;

public sealed class Neo4jGraphStoreReadinessTests
{
    private static Neo4jGraphStore Store(FakeQueryApiHandler handler) =>
        new(new Neo4jQueryClient(new HttpClient(handler), Neo4jConnectionSettings.Parse("http://localhost:7474", user: "neo4j", password: "pw"),
            ownsHttp: true, delay: (_, _) => Task.CompletedTask));

    [Fact]
    public async Task IsReadyAsync_serverAnswers_isTrue()
    {
        await using var store = Store(new FakeQueryApiHandler().Respond(HttpStatusCode.Accepted, QueryApiSamples.One));
        Assert.True(await store.IsReadyAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task IsReadyAsync_unreachable_isFalseAfterOneTry()
    {
        var handler = new FakeQueryApiHandler().Fail(new HttpRequestException("Connection refused"));
        await using var store = Store(handler);

        Assert.False(await store.IsReadyAsync(TestContext.Current.CancellationToken));
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task IsReadyAsync_wrongPassword_isFalse()
    {
        await using var store = Store(new FakeQueryApiHandler().Respond(HttpStatusCode.Unauthorized, QueryApiSamples.Unauthorized));
        Assert.False(await store.IsReadyAsync(TestContext.Current.CancellationToken));
    }
}
