using System.Net.Http.Json;
using System.Text.Json;
using DiplomacyGraph.Cli.Articles;
using DiplomacyGraph.Cli.Hosting;
using DiplomacyGraph.Domain.Ingestion;
using DiplomacyGraph.Domain.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyGraph.Cli.Tests.Hosting;

/// <summary>
/// The real server as `dg serve` builds it (Kestrel on a free loopback port, SQLite in a temp folder, the real
/// extraction pipeline), with the founding article ingested. Shared by the end-to-end tests of one class.
/// </summary>
public sealed class ServedGraph : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dg-e2e-").FullName;
    private WebApplication? _app;

    public HttpClient Http { get; private set; } = null!;

    public IGraphStore Store => _app!.Services.GetRequiredService<IGraphStore>();

    public IArticleIngestor Ingestor => _app!.Services.GetRequiredService<IArticleIngestor>();

    public async ValueTask InitializeAsync()
    {
        var overrides = new Dictionary<string, string?> { ["GraphStore:Sqlite:Path"] = Path.Combine(_dir, "graph.db") };
        _app = ApiHost.Build([], overrides, "http://127.0.0.1:0");
        await Store.InitializeAsync();
        var report = await IngestAsync(RepoPaths.FoundingArticle);
        Assert.False(report.AlreadyIngested);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Http = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task<IngestReport> IngestAsync(string path)
    {
        var file = ArticleFiles.Read(path);
        Assert.Null(file.Error);
        return await Ingestor.IngestAsync(file.Article!);
    }

    /// <summary>POSTs a query; returns the raw body and its parsed form.</summary>
    public async Task<(string Raw, JsonElement Json)> QueryAsync(string query, object? variables = null)
    {
        using var response = await Http.PostAsJsonAsync("/graphql", new { query, variables });
        var raw = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {raw}");
        return (raw, JsonDocument.Parse(raw).RootElement.Clone());
    }

    public async ValueTask DisposeAsync()
    {
        Http?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
