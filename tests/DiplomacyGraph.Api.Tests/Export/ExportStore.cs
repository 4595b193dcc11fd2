using DiplomacyGraph.Api.Tests.Infrastructure;
using DiplomacyGraph.Storage.Sqlite;

namespace DiplomacyGraph.Api.Tests.Export;

/// <summary>A real SQLite store in a temp folder holding the API tests' <see cref="TestGraph"/>.</summary>
internal sealed class ExportStore : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dg-api-export-tests-" + Guid.NewGuid().ToString("N"));

    private ExportStore() => Store = new SqliteGraphStore(Path.Combine(_folder, "graph.db"));

    public SqliteGraphStore Store { get; }

    public static async Task<ExportStore> CreateAsync()
    {
        var s = new ExportStore();
        await s.Store.InitializeAsync(TestContext.Current.CancellationToken);
        await s.Store.WriteAsync(TestGraph.Build(), TestContext.Current.CancellationToken);
        return s;
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
            // Left for the OS to clean.
        }
    }
}
