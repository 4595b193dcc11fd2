using System.CommandLine;
using DiplomacyGraph.Domain.Articles;
using DiplomacyGraph.Domain.Documents;
using DiplomacyGraph.Domain.Extraction;
using DiplomacyGraph.Extraction;
using DiplomacyGraph.Extraction.Evaluation;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyGraph.Cli.Commands;

/// <summary><c>dg extract PATH... [--out DIR]</c>: the document graph of each article, as JSON.</summary>
internal static class ExtractCommand
{
    public static Command Create(IServiceProvider? services = null)
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files or folders of *.txt articles", Arity = ArgumentArity.OneOrMore };
        var outDir = new Option<string?>("--out") { Description = "Write DIR/NAME.json for each NAME.txt instead of printing" };
        var command = new Command("extract", "Print the document graph (JSON) of each article") { paths, outDir };
        command.SetAction(parse =>
        {
            var extractor = Resolve(services);
            return Run(extractor, parse.GetValue(paths) ?? [], parse.GetValue(outDir), Console.Out, Console.Error);
        });
        return command;
    }

    internal static IDocumentExtractor Resolve(IServiceProvider? services) =>
        services?.GetService<IDocumentExtractor>()
        ?? new ServiceCollection().AddExtraction().BuildServiceProvider().GetRequiredService<IDocumentExtractor>();

    /// <summary>Extracts every article; a file that cannot be read is reported with its reason and the rest go on.</summary>
    internal static int Run(IDocumentExtractor extractor, IEnumerable<string> paths, string? outDir, TextWriter stdout, TextWriter stderr)
    {
        var failed = 0;
        if (outDir is not null) Directory.CreateDirectory(outDir);
        foreach (var file in ArticleEvaluator.ArticleFiles(paths))
        {
            var name = Path.GetFileName(file);
            try
            {
                var graph = extractor.Extract(ArticleParser.Parse(name, File.ReadAllText(file)));
                var json = DocumentGraphJson.Serialize(graph);
                if (outDir is null) stdout.WriteLine(json);
                else File.WriteAllText(Path.Combine(outDir, Path.GetFileNameWithoutExtension(name) + ".json"), json);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                failed++;
                stderr.WriteLine($"{name}: {e.Message}");
            }
        }
        return failed == 0 ? 0 : 1;
    }
}
