namespace DiplomacyGraph.Storage.Neo4j;

/// <summary>A path: nodes and relationships in path order (<c>$type: Path</c>). Directions live in the relationships' ends.</summary>
internal sealed record Neo4jPath(IReadOnlyList<object> Elements);
