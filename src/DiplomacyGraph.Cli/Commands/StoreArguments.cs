using System.CommandLine;

namespace DiplomacyGraph.Cli.Commands;

/// <summary>
/// The store options every command that touches the graph shares. They become configuration overrides
/// (GraphStore:*), so command line, environment (GraphStore__Provider=…) and appsettings all meet in one place.
/// </summary>
internal sealed class StoreArguments
{
    public const string DefaultDb = "data/diplomacy.db";

    public Option<string?> Db { get; } = new("--db") { Description = $"SQLite store file (default {DefaultDb}, or GraphStore:Sqlite:Path)" };
    public Option<string?> Store { get; } = new("--store") { Description = "store provider: sqlite (default) or neo4j" };
    public Option<string?> Neo4jUrl { get; } = new("--neo4j-url") { Description = "Neo4j HTTP URL, e.g. http://localhost:7474" };
    public Option<string?> Neo4jDatabase { get; } = new("--neo4j-database") { Description = "Neo4j database (default neo4j)" };
    public Option<string?> Neo4jUser { get; } = new("--neo4j-user") { Description = "Neo4j user" };
    public Option<string?> Neo4jPassword { get; } = new("--neo4j-password") { Description = "Neo4j password (prefer GraphStore__Neo4j__Password in the environment)" };

    public void AddTo(Command command)
    {
        command.Options.Add(Db);
        command.Options.Add(Store);
        command.Options.Add(Neo4jUrl);
        command.Options.Add(Neo4jDatabase);
        command.Options.Add(Neo4jUser);
        command.Options.Add(Neo4jPassword);
    }

    /// <summary>Configuration keys set on the command line; absent options leave configuration alone.</summary>
    public Dictionary<string, string?> Overrides(ParseResult parse)
    {
        var o = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        Set(o, "GraphStore:Sqlite:Path", parse.GetValue(Db));
        Set(o, "GraphStore:Provider", parse.GetValue(Store));
        Set(o, "GraphStore:Neo4j:Url", parse.GetValue(Neo4jUrl));
        Set(o, "GraphStore:Neo4j:Database", parse.GetValue(Neo4jDatabase));
        Set(o, "GraphStore:Neo4j:User", parse.GetValue(Neo4jUser));
        Set(o, "GraphStore:Neo4j:Password", parse.GetValue(Neo4jPassword));
        return o;
    }

    private static void Set(Dictionary<string, string?> o, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) o[key] = value;
    }
}
