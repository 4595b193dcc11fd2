using DiplomacyGraph.Storage.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace DiplomacyGraph.Api.Tests.Infrastructure;

/// <summary>
/// One API host per test class over a real SQLite store in a temp file, filled with <see cref="TestGraph"/>.
/// The store is wrapped in a <see cref="CountingGraphStore"/> so tests can count store calls.
/// </summary>
public class ApiFixture : IAsyncLifetime
{
    public const string ApiKey = "test-api-key-0123456789";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dg-api-tests-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    internal CountingGraphStore Store { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>The host's services (the schema, options).</summary>
    public IServiceProvider Services => _app!.Services;

    /// <summary>Settings the host starts with; tests of limits use a fixture subclass with lower ones.</summary>
    protected virtual Dictionary<string, string?> Settings => new()
    {
        ["Api:ApiKey"] = ApiKey,
    };

    /// <summary>How long every meeting query takes on purpose (a slow store), for timeout tests.</summary>
    protected virtual TimeSpan MeetingQueryDelay => TimeSpan.Zero;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var sqlite = new SqliteGraphStore(Path.Combine(_folder, "graph.db"));
        await sqlite.InitializeAsync();
        await sqlite.WriteAsync(TestGraph.Build());
        Store = new CountingGraphStore(sqlite) { MeetingQueryDelay = MeetingQueryDelay };
        _app = await ApiHost.StartAsync(Store, Settings);
        Client = _app.GetTestClient();
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        if (Store is not null) await Store.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the OS is left in the temp folder rather than failing the run.
        }
    }
}
