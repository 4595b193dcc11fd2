using DiplomacyGraph.Cli.Hosting;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Ingestion;
using DiplomacyGraph.Domain.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyGraph.Cli.Tests.Hosting;

public sealed class ArticleRunIngestorTests : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dg-ingest-").FullName;
    private Microsoft.Extensions.DependencyInjection.ServiceProvider? _provider;

    public async ValueTask InitializeAsync()
    {
        var configuration = DgConfiguration.Build(new Dictionary<string, string?> { ["GraphStore:Sqlite:Path"] = Path.Combine(_dir, "g.db") });
        _provider = await DgServices.StartAsync(configuration, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        if (_provider is not null) await _provider.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task Run_badFileAmongGoodOnes_isReportedAndTheRestGoOn()
    {
        var input = Directory.CreateDirectory(Path.Combine(_dir, "in")).FullName;
        File.Copy(RepoPaths.FoundingArticle, Path.Combine(input, "a.txt"));
        File.WriteAllBytes(Path.Combine(input, "b.txt"), [0xFF, 0xFE, 0x00, 0x41]);
        var errors = new StringWriter();

        var summary = await Run(input, errors);

        Assert.Equal(2, summary.Files);
        Assert.Equal(1, summary.NewArticles);
        Assert.Equal(1, summary.Failed);
        Assert.Contains("b.txt", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains("UTF-8", errors.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, (await Store.GetStatsAsync(TestContext.Current.CancellationToken)).Count(NodeKind.Article));
    }

    [Fact]
    public async Task Run_twice_secondRunChangesNothing()
    {
        await Run(RepoPaths.FoundingArticle, new StringWriter());
        var before = await Store.GetStatsAsync(TestContext.Current.CancellationToken);

        var second = await Run(RepoPaths.FoundingArticle, new StringWriter());

        Assert.Equal(1, second.AlreadyIngested);
        Assert.Equal(0, second.Write.NodesCreated + second.Write.EdgesCreated);
        var after = await Store.GetStatsAsync(TestContext.Current.CancellationToken);
        Assert.Equal(before.Nodes, after.Nodes);
        Assert.Equal(before.Edges, after.Edges);
    }

    private IGraphStore Store => _provider!.GetRequiredService<IGraphStore>();

    private Task<IngestSummary> Run(string path, TextWriter errors) =>
        new ArticleRunIngestor(_provider!.GetRequiredService<IArticleIngestor>(), TextWriter.Null, errors).RunAsync([path], TestContext.Current.CancellationToken);
}
