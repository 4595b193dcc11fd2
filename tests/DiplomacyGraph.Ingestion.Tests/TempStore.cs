using DiplomacyGraph.Storage.Sqlite;

namespace DiplomacyGraph.Ingestion.Tests;

/// <summary>A real embedded store in a fresh temporary folder, removed on dispose.</summary>
internal sealed class TempStore : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dg-ingest-tests", Guid.NewGuid().ToString("N"));

    private TempStore(SqliteGraphStore store) => Store = store;

    public SqliteGraphStore Store { get; private set; } = null!;

    public static async Task<TempStore> CreateAsync()
    {
        var temp = new TempStore(null!);
        temp.Store = new SqliteGraphStore(Path.Combine(temp._folder, "graph.db"));
        await temp.Store.InitializeAsync(TestContext.Current.CancellationToken);
        return temp;
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean; the test result does not depend on it.
        }
    }
}
