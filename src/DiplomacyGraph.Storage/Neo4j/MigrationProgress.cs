namespace DiplomacyGraph.Storage.Neo4j;

/// <summary>Progress after one batch: items written in the phase so far and the source's total for it.</summary>
public sealed record MigrationProgress(string Phase, long Done, long Total);
