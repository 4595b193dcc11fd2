using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using DiplomacyGraph.Storage.Neo4j;

namespace DiplomacyGraph.Cli.Commands;

/// <summary><c>dg cypher --list</c>: prints every Cypher statement the Neo4j store can send, one JSON object a line.</summary>
internal static class CypherCommand
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var list = new Option<bool>("--list")
        {
            Description = "Print each statement as a JSON line {\"name\": …, \"statement\": …} (for linting with .ci/cypher-lint).",
        };
        var command = new Command("cypher", "Show the Cypher statements the Neo4j store sends (all values are parameters).")
        {
            list,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            if (!parse.GetValue(list))
            {
                parse.InvocationConfiguration.Error.WriteLine("Nothing to do: use `dg cypher --list`.");
                return 2;
            }
            foreach (var (name, statement) in Neo4jCypherStatements.All)
                output.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string> { ["name"] = name, ["statement"] = statement }, Json));
            return 0;
        });
        return command;
    }
}
