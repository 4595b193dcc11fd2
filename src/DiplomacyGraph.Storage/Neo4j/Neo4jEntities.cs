namespace DiplomacyGraph.Storage.Neo4j;

/// <summary>A node as the Query API's typed JSON returns it (<c>$type: Node</c>).</summary>
internal sealed record Neo4jNode(string ElementId, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A relationship as the Query API's typed JSON returns it (<c>$type: Relationship</c>).</summary>
internal sealed record Neo4jRelationship(string ElementId, string StartElementId, string EndElementId, string Type, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A path: nodes and relationships in path order (<c>$type: Path</c>). Directions live in the relationships' ends.</summary>
internal sealed record Neo4jPath(IReadOnlyList<object> Elements);
