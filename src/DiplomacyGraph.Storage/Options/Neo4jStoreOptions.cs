namespace DiplomacyGraph.Storage.Options;

/// <summary>Settings of the Neo4j store (section <c>GraphStore:Neo4j</c>); required only when the provider is Neo4j.</summary>
public sealed class Neo4jStoreOptions
{
    /// <summary>Base URL of the server's HTTP endpoint, e.g. <c>http://localhost:7474</c>.</summary>
    public string? Url { get; set; }

    /// <summary>Database name.</summary>
    public string Database { get; set; } = "neo4j";

    /// <summary>User for basic authentication (with <see cref="Password"/>).</summary>
    public string? User { get; set; }

    /// <summary>Password for basic authentication.</summary>
    public string? Password { get; set; }

    /// <summary>Bearer token; an alternative to user and password.</summary>
    public string? BearerToken { get; set; }
}
