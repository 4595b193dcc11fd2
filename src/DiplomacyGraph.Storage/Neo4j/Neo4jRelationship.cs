namespace DiplomacyGraph.Storage.Neo4j;

/// <summary>A relationship as the Query API's typed JSON returns it (<c>$type: Relationship</c>).</summary>
internal sealed record Neo4jRelationship(string ElementId, string StartElementId, string EndElementId, string Type, IReadOnlyDictionary<string, object?> Properties);
