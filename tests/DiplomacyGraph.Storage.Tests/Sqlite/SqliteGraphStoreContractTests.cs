using DiplomacyGraph.Domain.Storage;
using DiplomacyGraph.Storage.Sqlite;
using DiplomacyGraph.Storage.Tests.Contract;

namespace DiplomacyGraph.Storage.Tests.Sqlite;

/// <summary>The contract suite on the embedded store, each test on a new database file in a folder that does not exist yet.</summary>
public sealed class SqliteGraphStoreContractTests : GraphStoreContractTests
{
    private readonly TempDatabase _db = new();

    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var store = new SqliteGraphStore(_db.Path);
        await store.InitializeAsync(TestContext.Current.CancellationToken);
        return store;
    }

    protected override ValueTask CleanupAsync()
    {
        _db.Dispose();
        return ValueTask.CompletedTask;
    }
}
