namespace DiplomacyGraph.Storage.Options;

/// <summary>Settings of the embedded store (section <c>GraphStore:Sqlite</c>).</summary>
public sealed class SqliteStoreOptions
{
    /// <summary>Database file; its folder is created when missing. Relative paths are relative to the working directory.</summary>
    public string Path { get; set; } = "data/diplomacy.db";
}
