namespace DiplomacyGraph.Storage.Neo4j;

/// <summary>A node as the Query API's typed JSON returns it (<c>$type: Node</c>).</summary>
internal sealed record Neo4jNode(string ElementId, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);
