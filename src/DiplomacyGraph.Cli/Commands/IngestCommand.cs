using System.CommandLine;
using DiplomacyGraph.Cli.Hosting;
using DiplomacyGraph.Domain.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyGraph.Cli.Commands;

/// <summary><c>dg ingest PATH... [--db PATH]</c>: extract articles and write them to the store.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "article files or folders of *.txt articles", Arity = ArgumentArity.OneOrMore };
        var store = new StoreArguments();
        var command = new Command("ingest", "Read articles (files or folders) into the graph store; prints a summary. Ingesting an article twice changes nothing.");
        command.Arguments.Add(paths);
        store.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var configuration = DgConfiguration.Build(store.Overrides(parse));
            await using var provider = await DgServices.StartAsync(configuration, ct);
            var run = new ArticleRunIngestor(provider.GetRequiredService<IArticleIngestor>(), Console.Out, Console.Error);
            var summary = await run.RunAsync(parse.GetValue(paths) ?? [], ct);
            Console.WriteLine(summary);
            return summary.Failed == 0 ? 0 : ExitCodes.SomeInputsFailed;
        });
        return command;
    }
}
