using DiplomacyGraph.Domain.Storage;
using DiplomacyGraph.Storage.Neo4j;
using DiplomacyGraph.Storage.Options;
using DiplomacyGraph.Storage.Tests.Contract;

namespace DiplomacyGraph.Storage.Tests.Neo4j;

/// <summary>
/// The contract suite on a real Neo4j (see <see cref="Neo4jServerFixture"/>); skipped, with the reason, where there is none.
/// Each test starts from an empty graph: the store's own nodes (label <c>Node</c>) are deleted first, nothing else.
/// </summary>
public sealed class Neo4jGraphStoreContractTests(Neo4jServerFixture server) : GraphStoreContractTests, IClassFixture<Neo4jServerFixture>
{
    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        if (server.SkipReason is { } reason) Assert.Skip(reason);
        var options = server.Options!;
        await WipeAsync(options);
        var store = Neo4jGraphStoreFactory.Create(options);
        await store.InitializeAsync(TestContext.Current.CancellationToken);
        return store;
    }

    private static async Task WipeAsync(Neo4jStoreOptions options)
    {
        var settings = Neo4jConnectionSettings.Parse(options.Url!, options.Database, options.User, options.Password);
        using var client = new Neo4jQueryClient(new HttpClient(), settings, ownsHttp: true);
        // Test-only statement (not part of the store's catalogue): batches keep one transaction small.
        var wipe = new CypherStatement("test.wipe", "MATCH (n:Node) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS",
            new Dictionary<string, object?>());
        await client.RunAsync(wipe, TestContext.Current.CancellationToken);
    }
}
