using System.Net;
using System.Text.Json;
using DiplomacyGraph.Storage.Neo4j;

namespace DiplomacyGraph.Storage.Tests.Neo4j;

public sealed class Neo4jQueryClientTests
{
    private readonly FakeQueryApiHandler _handler = new();
    private readonly List<TimeSpan> _delays = [];

    private Neo4jQueryClient Client(string? user = "neo4j", string? password = "verysecret", string? bearer = null) =>
        new(new HttpClient(_handler), new Neo4jConnectionSettings(new Uri("http://localhost:7474"), "neo4j", user, password, bearer)
        {
            MaxRetries = 3,
            RetryBaseDelay = TimeSpan.FromMilliseconds(100),
        }, ownsHttp: true, delay: (d, _) => { _delays.Add(d); return Task.CompletedTask; });

    private static CypherStatement Ping => CypherStatement.Of(CypherCatalogue.Ping);

    [Fact]
    public async Task RunAsync_documentedTypedResponse_decodesNodeAndString()
    {
        _handler.Respond(HttpStatusCode.Accepted, QueryApiSamples.TypedNodeAndString);
        using var client = Client();

        var result = await client.RunAsync(Ping, TestContext.Current.CancellationToken);

        Assert.Equal(["person", "name"], result.Fields);
        var node = Assert.IsType<Neo4jNode>(result.Rows[0][0]);
        Assert.Equal("4:ff04df25-ff2b-4b55-98f8-6888297b025e:2", node.ElementId);
        Assert.Equal(["Person"], node.Labels);
        Assert.Equal("Phil", node.Properties["name"]);
        Assert.Equal("Phil", result.Get(result.Rows[0], "name"));
    }

    [Fact]
    public async Task RunAsync_anyStatement_postsTypedJsonToQueryEndpointWithBasicAuth()
    {
        _handler.Respond(HttpStatusCode.Accepted, QueryApiSamples.One);
        using var client = Client();

        await client.RunAsync(CypherStatement.Of(CypherCatalogue.NodesById, new Dictionary<string, object?> { ["ids"] = new[] { "person:xi-jinping" } }),
            TestContext.Current.CancellationToken);

        var sent = Assert.Single(_handler.Requests);
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal("http://localhost:7474/db/neo4j/query/v2", sent.Uri.AbsoluteUri);
        // The documentation's own example: neo4j / verysecret.
        Assert.Equal("Basic bmVvNGo6dmVyeXNlY3JldA==", sent.Header("Authorization"));
        Assert.Equal("application/vnd.neo4j.query", sent.Header("Accept"));
        Assert.Equal("application/vnd.neo4j.query", sent.ContentType);
        using var body = JsonDocument.Parse(sent.Body!);
        Assert.Equal(CypherCatalogue.Get(CypherCatalogue.NodesById), body.RootElement.GetProperty("statement").GetString());
        var ids = body.RootElement.GetProperty("parameters").GetProperty("ids");
        Assert.Equal("List", ids.GetProperty("$type").GetString());
        Assert.Equal("person:xi-jinping", ids.GetProperty("_value")[0].GetProperty("_value").GetString());
    }

    [Fact]
    public async Task RunAsync_bearerToken_sendsBearerHeaderInsteadOfBasic()
    {
        _handler.Respond(HttpStatusCode.Accepted, QueryApiSamples.One);
        using var client = Client(user: "neo4j", password: "x", bearer: "eGJoa2pubHZpYW56dGdocXdhd3hxZmUK");

        await client.RunAsync(Ping, TestContext.Current.CancellationToken);

        Assert.Equal("Bearer eGJoa2pubHZpYW56dGdocXdhd3hxZmUK", _handler.Requests[0].Header("Authorization"));
    }

    [Fact]
    public async Task RunAsync_errorsArrayWithStatus202_throwsWithNeo4jCode()
    {
        _handler.Respond(HttpStatusCode.Accepted, QueryApiSamples.SyntaxError);
        using var client = Client();

        var ex = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(Ping, TestContext.Current.CancellationToken));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", ex.Code);
        Assert.Equal(CypherCatalogue.Ping, ex.StatementName);
        Assert.Contains("Neo.ClientError.Statement.SyntaxError", ex.Message, StringComparison.Ordinal);
        Assert.Single(_handler.Requests); // a client error is not retried
    }

    [Fact]
    public async Task RunAsync_401_throwsAuthenticationFailureWithoutRetry()
    {
        _handler.Respond(HttpStatusCode.Unauthorized, QueryApiSamples.Unauthorized);
        using var client = Client(password: "incorrect");

        var ex = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(Ping, TestContext.Current.CancellationToken));

        Assert.True(ex.IsAuthenticationFailure);
        Assert.Equal(401, ex.HttpStatus);
        Assert.Equal("Neo.ClientError.Security.Unauthorized", ex.Code);
        Assert.Contains("Invalid username or password.", ex.Message, StringComparison.Ordinal);
        Assert.Single(_handler.Requests);
    }

    [Fact]
    public async Task RunAsync_transientErrorThenSuccess_retriesWithGrowingBackoff()
    {
        _handler.Respond(HttpStatusCode.Accepted, QueryApiSamples.Deadlock)
            .Respond(HttpStatusCode.Accepted, QueryApiSamples.Deadlock)
            .Respond(HttpStatusCode.Accepted, QueryApiSamples.One);
        using var client = Client();

        var result = await client.RunAsync(Ping, TestContext.Current.CancellationToken);

        Assert.Equal(1L, result.Rows[0][0]);
        Assert.Equal(3, _handler.Requests.Count);
        Assert.Equal([TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(200)], _delays);
    }

    [Fact]
    public async Task RunAsync_transientErrorEveryTime_givesUpAfterMaxRetries()
    {
        for (var i = 0; i < 4; i++) _handler.Respond(HttpStatusCode.Accepted, QueryApiSamples.Deadlock);
        using var client = Client();

        var ex = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(Ping, TestContext.Current.CancellationToken));

        Assert.True(ex.IsTransient);
        Assert.Equal(4, _handler.Requests.Count); // first try + MaxRetries (3)
        Assert.Equal(3, _delays.Count);
    }

    [Fact]
    public async Task RunAsync_serverUnreachable_retriesThenThrowsClearError()
    {
        for (var i = 0; i < 4; i++) _handler.Fail(new HttpRequestException("Connection refused (localhost:7474)"));
        using var client = Client();

        var ex = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(Ping, TestContext.Current.CancellationToken));

        Assert.Equal("DiplomacyGraph.Neo4j.Unreachable", ex.Code);
        Assert.Contains("http://localhost:7474", ex.Message, StringComparison.Ordinal);
        Assert.Equal(4, _handler.Requests.Count);
    }

    [Fact]
    public async Task RunAsync_non2xxWithoutErrorsArray_throwsWithHttpStatus()
    {
        _handler.Respond(HttpStatusCode.InternalServerError, "<html>Server Error</html>");
        using var client = Client();

        var ex = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(Ping, TestContext.Current.CancellationToken));

        Assert.Equal(500, ex.HttpStatus);
        Assert.Equal("DiplomacyGraph.Neo4j.Http500", ex.Code);
    }

    [Fact]
    public async Task InTransactionAsync_threeStatements_opensRunsAndCommitsReplayingAffinity()
    {
        _handler.Respond(HttpStatusCode.Accepted, QueryApiSamples.TransactionOpened, QueryApiSamples.Affinity)
            .Respond(HttpStatusCode.Accepted, QueryApiSamples.TransactionOpened, QueryApiSamples.Affinity)
            .Respond(HttpStatusCode.Accepted, QueryApiSamples.Empty, QueryApiSamples.Affinity);
        using var client = Client();

        var id = await client.InTransactionAsync(async tx =>
        {
            await tx.RunAsync(Ping, TestContext.Current.CancellationToken);
            await tx.RunAsync(Ping, TestContext.Current.CancellationToken);
            return tx.Id;
        }, TestContext.Current.CancellationToken);

        Assert.Equal("lyU", id);
        var r = _handler.Requests;
        Assert.Equal(3, r.Count);
        Assert.Equal("http://localhost:7474/db/neo4j/query/v2/tx", r[0].Uri.AbsoluteUri);
        Assert.Null(r[0].Header("neo4j-cluster-affinity"));
        Assert.Equal("http://localhost:7474/db/neo4j/query/v2/tx/lyU", r[1].Uri.AbsoluteUri);
        Assert.Equal(QueryApiSamples.Affinity, r[1].Header("neo4j-cluster-affinity"));
        Assert.Equal(HttpMethod.Post, r[2].Method);
        Assert.Equal("http://localhost:7474/db/neo4j/query/v2/tx/lyU/commit", r[2].Uri.AbsoluteUri);
        Assert.Equal(QueryApiSamples.Affinity, r[2].Header("neo4j-cluster-affinity"));
    }

    [Fact]
    public async Task InTransactionAsync_statementFails_rollsBackWithDeleteAndDoesNotCommit()
    {
        _handler.Respond(HttpStatusCode.Accepted, QueryApiSamples.TransactionOpened, QueryApiSamples.Affinity)
            .Respond(HttpStatusCode.Accepted, QueryApiSamples.SyntaxError)
            .Respond(HttpStatusCode.Accepted, QueryApiSamples.Empty);
        using var client = Client();

        await Assert.ThrowsAsync<Neo4jException>(() => client.InTransactionAsync(async tx =>
        {
            await tx.RunAsync(Ping, TestContext.Current.CancellationToken);
            await tx.RunAsync(Ping, TestContext.Current.CancellationToken);
            return 0;
        }, TestContext.Current.CancellationToken));

        var last = _handler.Requests[^1];
        Assert.Equal(HttpMethod.Delete, last.Method);
        Assert.Equal("http://localhost:7474/db/neo4j/query/v2/tx/lyU", last.Uri.AbsoluteUri);
        Assert.Equal(QueryApiSamples.Affinity, last.Header("neo4j-cluster-affinity"));
        Assert.DoesNotContain(_handler.Requests, x => x.Uri.AbsoluteUri.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(HttpStatusCode.Accepted)]
    [InlineData(HttpStatusCode.NotFound)]
    public async Task InTransactionAsync_expiredTransaction_throwsErrorNamingTheTransaction(HttpStatusCode status)
    {
        _handler.Respond(HttpStatusCode.Accepted, QueryApiSamples.TransactionOpened, QueryApiSamples.Affinity)
            .Respond(status, QueryApiSamples.TransactionExpired)
            .Respond(HttpStatusCode.NotFound, QueryApiSamples.TransactionExpired);
        using var client = Client();

        var ex = await Assert.ThrowsAsync<Neo4jException>(() => client.InTransactionAsync(async tx =>
        {
            await tx.RunAsync(Ping, TestContext.Current.CancellationToken);
            await tx.RunAsync(Ping, TestContext.Current.CancellationToken);
            return 0;
        }, TestContext.Current.CancellationToken));

        Assert.Equal("Neo.ClientError.Request.Invalid", ex.Code);
        Assert.Contains("Transaction 'lyU' is no longer open", ex.Message, StringComparison.Ordinal);
        Assert.Contains("nothing of it was committed", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InTransactionAsync_deadTransaction404WithoutBody_isNamedTransactionNotFound()
    {
        _handler.Respond(HttpStatusCode.Accepted, QueryApiSamples.TransactionOpened, QueryApiSamples.Affinity)
            .Respond(HttpStatusCode.NotFound, "")
            .Respond(HttpStatusCode.NotFound, "");
        using var client = Client();

        var ex = await Assert.ThrowsAsync<Neo4jException>(() => client.InTransactionAsync(async tx =>
        {
            await tx.RunAsync(Ping, TestContext.Current.CancellationToken);
            await tx.RunAsync(Ping, TestContext.Current.CancellationToken);
            return 0;
        }, TestContext.Current.CancellationToken));

        Assert.Equal("Neo.ClientError.Transaction.TransactionNotFound", ex.Code);
        Assert.Equal(404, ex.HttpStatus);
    }

    [Fact]
    public async Task InTransactionAsync_transientErrorInsideTransaction_rerunsWholeUnitInNewTransaction()
    {
        _handler.Respond(HttpStatusCode.Accepted, QueryApiSamples.TransactionOpened, QueryApiSamples.Affinity)
            .Respond(HttpStatusCode.Accepted, QueryApiSamples.Deadlock)
            .Respond(HttpStatusCode.Accepted, QueryApiSamples.Empty) // rollback of the dead one
            .Respond(HttpStatusCode.Accepted, QueryApiSamples.TransactionOpened, QueryApiSamples.Affinity)
            .Respond(HttpStatusCode.Accepted, QueryApiSamples.TransactionOpened, QueryApiSamples.Affinity)
            .Respond(HttpStatusCode.Accepted, QueryApiSamples.Empty);
        using var client = Client();
        var attempts = 0;

        await client.InTransactionAsync(async tx =>
        {
            attempts++;
            await tx.RunAsync(Ping, TestContext.Current.CancellationToken);
            await tx.RunAsync(Ping, TestContext.Current.CancellationToken);
            return 0;
        }, TestContext.Current.CancellationToken);

        Assert.Equal(2, attempts);
        Assert.Single(_delays);
        Assert.EndsWith("/commit", _handler.Requests[^1].Uri.AbsoluteUri, StringComparison.Ordinal);
    }
}
