namespace DiplomacyGraph.Storage.Neo4j;

/// <summary>Where a migration stands: phase (nodes, edges, done), last id written in that phase, counts so far.</summary>
public sealed record MigrationCheckpoint(string From, string To, string Phase, string? LastId, long Nodes, long Edges)
{
    public const string NodesPhase = "nodes";
    public const string EdgesPhase = "edges";
    public const string DonePhase = "done";
}
