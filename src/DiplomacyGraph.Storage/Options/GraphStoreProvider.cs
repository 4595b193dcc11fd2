namespace DiplomacyGraph.Storage.Options;

/// <summary>Which graph store the application runs on.</summary>
public enum GraphStoreProvider
{
    /// <summary>The embedded SQLite store (default; nothing to install).</summary>
    Sqlite,

    /// <summary>A Neo4j server over its HTTP Query API.</summary>
    Neo4j,
}
