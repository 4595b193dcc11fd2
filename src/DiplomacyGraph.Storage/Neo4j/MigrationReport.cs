namespace DiplomacyGraph.Storage.Neo4j;

/// <summary>What a migration run did.</summary>
public sealed record MigrationReport(long Nodes, long Edges, bool Resumed, bool AlreadyComplete);
