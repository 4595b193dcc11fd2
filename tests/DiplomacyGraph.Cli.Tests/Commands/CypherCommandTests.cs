using System.CommandLine;
using System.Text.Json;
using DiplomacyGraph.Cli.Commands;
using DiplomacyGraph.Storage.Neo4j;

namespace DiplomacyGraph.Cli.Tests.Commands;

public sealed class CypherCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var root = new RootCommand { CypherCommand.Create() };
        var output = new StringWriter();
        var error = new StringWriter();
        var code = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void List_everyStatement_isOneJsonLineWithNameAndStatement()
    {
        var (code, output, _) = Run("cypher", "--list");

        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var names = new List<string>();
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            Assert.Equal(2, doc.RootElement.EnumerateObject().Count());
            names.Add(doc.RootElement.GetProperty("name").GetString()!);
            Assert.False(string.IsNullOrWhiteSpace(doc.RootElement.GetProperty("statement").GetString()));
        }
        Assert.Equal(Neo4jCypherStatements.All.Select(p => p.Key), names);
        Assert.Contains("read.shortest_paths", names);
    }

    [Fact]
    public void Cypher_withoutList_saysWhatToDoAndFails()
    {
        var (code, _, error) = Run("cypher");

        Assert.Equal(2, code);
        Assert.Contains("--list", error, StringComparison.Ordinal);
    }
}
