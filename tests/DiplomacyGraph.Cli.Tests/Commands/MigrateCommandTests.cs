using System.CommandLine;
using DiplomacyGraph.Cli.Commands;

namespace DiplomacyGraph.Cli.Tests.Commands;

public sealed class MigrateCommandTests
{
    private static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        var root = new RootCommand { MigrateCommand.Create() };
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, TestContext.Current.CancellationToken);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Migrate_unknownStoreScheme_failsWithUsageHint()
    {
        var (code, _, error) = await RunAsync("migrate", "--from", "mysql:x", "--to", "sqlite:y.db");

        Assert.Equal(2, code);
        Assert.Contains("sqlite:PATH or neo4j:URL", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_neo4jUrlNotHttp_failsClearly()
    {
        var (code, _, error) = await RunAsync("migrate", "--from", "sqlite:x.db", "--to", "neo4j:bolt://localhost:7687");

        Assert.Equal(2, code);
        Assert.Contains("http(s) URL", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_sqliteToSqlite_copiesAndThenReportsNothingToDo()
    {
        var dir = Path.Combine(Path.GetTempPath(), "dg-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var from = "sqlite:" + Path.Combine(dir, "a.db");
            var to = "sqlite:" + Path.Combine(dir, "b.db");
            var checkpoint = Path.Combine(dir, "cp.json");

            var first = await RunAsync("migrate", "--from", from, "--to", to, "--checkpoint", checkpoint);
            var second = await RunAsync("migrate", "--from", from, "--to", to, "--checkpoint", checkpoint);

            Assert.Equal(0, first.Code);
            Assert.Contains("Done: 0 nodes and 0 edges", first.Out, StringComparison.Ordinal);
            Assert.Equal(0, second.Code);
            Assert.Contains("Nothing to do", second.Out, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Migrate_help_namesFromToAndCheckpoint()
    {
        var root = new RootCommand { MigrateCommand.Create() };
        var output = new StringWriter();
        root.Parse(["migrate", "--help"]).Invoke(new InvocationConfiguration { Output = output });
        var help = output.ToString();
        Assert.Contains("--from", help, StringComparison.Ordinal);
        Assert.Contains("--to", help, StringComparison.Ordinal);
        Assert.Contains("--checkpoint", help, StringComparison.Ordinal);
        Assert.Contains("--restart", help, StringComparison.Ordinal);
    }
}
