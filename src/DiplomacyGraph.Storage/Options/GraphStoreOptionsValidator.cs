using Microsoft.Extensions.Options;

namespace DiplomacyGraph.Storage.Options;

/// <summary>Checks <see cref="GraphStoreOptions"/> at start: the chosen provider's settings must be usable.</summary>
internal sealed class GraphStoreOptionsValidator : IValidateOptions<GraphStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphStoreOptions options)
    {
        var errors = new List<string>();
        if (!Enum.IsDefined(options.Provider))
            errors.Add($"GraphStore:Provider must be Sqlite or Neo4j, not '{options.Provider}'.");
        else if (options.Provider == GraphStoreProvider.Sqlite)
            ValidateSqlite(options.Sqlite, errors);
        else
            ValidateNeo4j(options.Neo4j, errors);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateSqlite(SqliteStoreOptions? sqlite, List<string> errors)
    {
        if (sqlite is null || string.IsNullOrWhiteSpace(sqlite.Path))
        {
            errors.Add("GraphStore:Sqlite:Path is required when GraphStore:Provider is Sqlite (e.g. data/diplomacy.db).");
            return;
        }
        if (sqlite.Path.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
            errors.Add($"GraphStore:Sqlite:Path '{sqlite.Path}' contains characters that are not allowed in a path.");
    }

    private static void ValidateNeo4j(Neo4jStoreOptions? neo4j, List<string> errors)
    {
        if (neo4j is null || string.IsNullOrWhiteSpace(neo4j.Url))
        {
            errors.Add("GraphStore:Neo4j:Url is required when GraphStore:Provider is Neo4j (e.g. http://localhost:7474).");
            return;
        }
        if (!Uri.TryCreate(neo4j.Url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            errors.Add($"GraphStore:Neo4j:Url '{neo4j.Url}' must be an absolute http or https URL.");
        if (string.IsNullOrWhiteSpace(neo4j.Database))
            errors.Add("GraphStore:Neo4j:Database must not be empty (default: neo4j).");
        var hasUser = !string.IsNullOrEmpty(neo4j.User);
        var hasPassword = !string.IsNullOrEmpty(neo4j.Password);
        if (hasUser != hasPassword)
            errors.Add("GraphStore:Neo4j:User and GraphStore:Neo4j:Password must be set together.");
        if (hasUser && !string.IsNullOrEmpty(neo4j.BearerToken))
            errors.Add("Set either GraphStore:Neo4j:User/Password or GraphStore:Neo4j:BearerToken, not both.");
    }
}
