using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Storage.Sqlite;

namespace DiplomacyGraph.Export.Tests.Support;

/// <summary>A real embedded store in a fresh temporary folder, removed on dispose.</summary>
internal sealed class TempStore : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dg-export-tests", Guid.NewGuid().ToString("N"));

    private TempStore() => Store = new SqliteGraphStore(Path.Combine(_folder, "graph.db"));

    public SqliteGraphStore Store { get; }

    public static async Task<TempStore> CreateAsync(GraphBatch? batch = null)
    {
        var temp = new TempStore();
        await temp.Store.InitializeAsync(TestContext.Current.CancellationToken);
        if (batch is not null) await temp.Store.WriteAsync(batch, TestContext.Current.CancellationToken);
        return temp;
    }

    /// <summary>A store holding <see cref="SyntheticGraph"/>.</summary>
    public static Task<TempStore> SyntheticAsync() => CreateAsync(new GraphBatch(SyntheticGraph.Nodes, SyntheticGraph.Edges));

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
