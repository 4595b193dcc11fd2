using System.CommandLine;
using DiplomacyGraph.Cli.Hosting;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Ingestion;
using DiplomacyGraph.Domain.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DiplomacyGraph.Cli.Commands;

/// <summary>
/// <c>dg serve</c>: opens (or creates) the store, ingests the seed articles when the store is empty, serves GraphQL.
/// </summary>
internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";
    public const string DefaultSeed = "seeds/articles";

    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = $"address(es) to listen on (default {DefaultUrls})", DefaultValueFactory = _ => DefaultUrls };
        var seed = new Option<string>("--seed") { Description = $"folder of articles ingested when the store is empty (default {DefaultSeed}; \"\" for none)", DefaultValueFactory = _ => DefaultSeed };
        var store = new StoreArguments();
        var command = new Command("serve", "Serve the GraphQL API (POST/GET /graphql, explorer at /graphiql, export at /export, health at /health/live and /health/ready).");
        command.Options.Add(urls);
        command.Options.Add(seed);
        store.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var listenOn = parse.GetValue(urls) ?? DefaultUrls;
            await using var app = ApiHost.Build([], store.Overrides(parse), listenOn);
            var graph = app.Services.GetRequiredService<IGraphStore>();
            await graph.InitializeAsync(ct);

            var stats = await graph.GetStatsAsync(ct);
            var seedDir = parse.GetValue(seed);
            var ingested = 0;
            if (stats.Count(NodeKind.Article) == 0 && !string.IsNullOrEmpty(seedDir) && Directory.Exists(seedDir))
            {
                var run = new ArticleRunIngestor(app.Services.GetRequiredService<IArticleIngestor>(), Console.Out, Console.Error);
                var summary = await run.RunAsync([seedDir], ct);
                ingested = summary.NewArticles;
            }
            stats = await graph.GetStatsAsync(ct);

            await app.StartAsync(ct);
            var where = graph.Name == "sqlite" ? app.Configuration["GraphStore:Sqlite:Path"] : $"{graph.Name} {app.Configuration["GraphStore:Neo4j:Url"]}";
            var articles = stats.Count(NodeKind.Article);
            var what = ingested > 0 ? $"{ingested} article{(ingested == 1 ? "" : "s")} ingested" : $"{articles} article{(articles == 1 ? "" : "s")}";
            foreach (var url in listenOn.Split(';', StringSplitOptions.RemoveEmptyEntries))
                Console.WriteLine($"DiplomacyGraph listening on {url.TrimEnd('/')}/graphql (store: {where}, {what})");
            await app.WaitForShutdownAsync(ct);
            return ExitCodes.Ok;
        });
        return command;
    }
}
