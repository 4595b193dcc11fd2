namespace DiplomacyGraph.Storage.Options;

/// <summary>Graph store settings (configuration section <see cref="SectionName"/>).</summary>
public sealed class GraphStoreOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "GraphStore";

    /// <summary>Which store to use; Sqlite unless configured.</summary>
    public GraphStoreProvider Provider { get; set; } = GraphStoreProvider.Sqlite;

    /// <summary>Embedded store settings.</summary>
    public SqliteStoreOptions Sqlite { get; set; } = new();

    /// <summary>Neo4j settings.</summary>
    public Neo4jStoreOptions Neo4j { get; set; } = new();
}
