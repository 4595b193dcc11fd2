using System.CommandLine;
using DiplomacyGraph.Domain.Extraction;
using DiplomacyGraph.Extraction.Evaluation;

namespace DiplomacyGraph.Cli.Commands;

/// <summary><c>dg eval --gold DIR PATH...</c>: extracts the articles and prints the reference scorer's table.</summary>
internal static class EvalCommand
{
    public static Command Create(IServiceProvider? services = null)
    {
        var gold = new Option<string>("--gold") { Description = "Folder of NAME.gold.json files", Required = true };
        var paths = new Argument<string[]>("paths") { Description = "Article files or folders of *.txt articles", Arity = ArgumentArity.OneOrMore };
        var command = new Command("eval", "Score extraction against gold annotations (same rows and numbers as score.py)") { gold, paths };
        command.SetAction(parse =>
            Run(ExtractCommand.Resolve(services), parse.GetValue(gold)!, parse.GetValue(paths) ?? [], Console.Out, Console.Error));
        return command;
    }

    internal static int Run(IDocumentExtractor extractor, string goldDir, IEnumerable<string> paths, TextWriter stdout, TextWriter stderr)
    {
        if (!Directory.Exists(goldDir))
        {
            stderr.WriteLine($"gold folder not found: {goldDir}");
            return 2;
        }
        var skipped = new List<string>();
        var report = ArticleEvaluator.Evaluate(extractor, goldDir, ArticleEvaluator.ArticleFiles(paths), skipped);
        if (skipped.Count > 0) stderr.WriteLine($"no gold for {skipped.Count} article(s): {string.Join(", ", skipped)}");
        stdout.Write(report.Format());
        return 0;
    }
}
