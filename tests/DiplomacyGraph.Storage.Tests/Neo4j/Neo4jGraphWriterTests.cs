using System.Net;
using System.Text.Json;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Storage.Neo4j;

namespace DiplomacyGraph.Storage.Tests.Neo4j;

/// <summary>The write path's requests, checked against a scripted Query API.</summary>
public sealed class Neo4jGraphWriterTests
{
    private readonly FakeQueryApiHandler _handler = new();

    private Neo4jGraphWriter Writer() =>
        new(new Neo4jQueryClient(new HttpClient(_handler), Neo4jConnectionSettings.Parse("http://localhost:7474", user: "neo4j", password: "pw"),
            ownsHttp: true, delay: (_, _) => Task.CompletedTask));

    private static GraphNode Person(string id, string en, string ar) => new(id, NodeKind.Person, new Names(en, ar), []);

    private static readonly GraphNode Meeting = new("meeting:2018-11-22:abc", NodeKind.Meeting, Names.Empty, []) { Date = new DateOnly(2018, 11, 22), Countries = ["CN", "KZ"] };

    [Fact]
    public async Task WriteAsync_unknownRelationshipType_isRefusedBeforeAnyRequest()
    {
        var batch = new GraphBatch([Meeting], [new GraphEdge("edge:1", "KNOWS", "person:a", Meeting.Id)]);

        var ex = await Assert.ThrowsAsync<InvalidGraphBatchException>(() => Writer().WriteAsync(batch, TestContext.Current.CancellationToken));

        Assert.Contains("KNOWS", ex.Message, StringComparison.Ordinal);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task WriteAsync_edgeToMissingNode_rollsBackWithoutWriting()
    {
        _handler.Respond(HttpStatusCode.Accepted, QueryApiSamples.TransactionOpened, QueryApiSamples.Affinity) // fetch nodes: none stored
            .Respond(HttpStatusCode.Accepted, QueryApiSamples.TransactionOpened, QueryApiSamples.Affinity) // fetch edges: none stored
            .Respond(HttpStatusCode.Accepted, QueryApiSamples.Empty); // rollback
        var batch = new GraphBatch([Meeting], [new GraphEdge("edge:1", RelationshipTypes.ParticipatedIn, "person:nobody", Meeting.Id)]);

        var ex = await Assert.ThrowsAsync<InvalidGraphBatchException>(() => Writer().WriteAsync(batch, TestContext.Current.CancellationToken));

        Assert.Contains("person:nobody", ex.Message, StringComparison.Ordinal);
        Assert.Equal(3, _handler.Requests.Count);
        Assert.Equal(HttpMethod.Delete, _handler.Requests[2].Method);
        Assert.DoesNotContain(_handler.Requests, r => r.Body?.Contains("MERGE", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task WriteAsync_newNodesAndEdge_sendsUnwindMergePerLabelAndTypeInOneTransaction()
    {
        for (var i = 0; i < 5; i++) _handler.Respond(HttpStatusCode.Accepted, QueryApiSamples.TransactionOpened, QueryApiSamples.Affinity);
        _handler.Respond(HttpStatusCode.Accepted, QueryApiSamples.Empty, QueryApiSamples.Affinity);
        var xi = Person("person:xi-jinping", "Xi Jinping", "شي جين بينغ");
        var batch = new GraphBatch([xi, Meeting], [new GraphEdge("edge:p", RelationshipTypes.ParticipatedIn, xi.Id, Meeting.Id)]);

        var result = await Writer().WriteAsync(batch, TestContext.Current.CancellationToken);

        Assert.Equal(new Domain.Storage.WriteResult(2, 0, 1, 0), result);
        var statements = _handler.Requests.Where(r => r.Body is not null)
            .Select(r => JsonDocument.Parse(r.Body!).RootElement.GetProperty("statement").GetString()).ToList();
        Assert.Equal(
        [
            CypherCatalogue.Get(CypherCatalogue.FetchNodesForWrite),
            CypherCatalogue.Get(CypherCatalogue.FetchEdgesForWrite),
            CypherCatalogue.Get(CypherCatalogue.MergeNodes(NodeKind.Person)),
            CypherCatalogue.Get(CypherCatalogue.MergeNodes(NodeKind.Meeting)),
            CypherCatalogue.Get(CypherCatalogue.MergeEdges(RelationshipTypes.ParticipatedIn)),
        ], statements);
        Assert.EndsWith("/tx/lyU/commit", _handler.Requests[^1].Uri.AbsoluteUri, StringComparison.Ordinal);
        // Arabic goes out as a typed String parameter, never inside the statement text.
        var personRows = _handler.Requests[2].Body!;
        Assert.Contains("شي جين بينغ", personRows, StringComparison.Ordinal);
        Assert.DoesNotContain("شي", statements[2]!, StringComparison.Ordinal);
        Assert.Contains("\"$type\":\"Date\",\"_value\":\"2018-11-22\"", _handler.Requests[3].Body!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_emptyBatch_sendsNothing()
    {
        var result = await Writer().WriteAsync(GraphBatch.Empty, TestContext.Current.CancellationToken);

        Assert.Equal(Domain.Storage.WriteResult.None, result);
        Assert.Empty(_handler.Requests);
    }
}
