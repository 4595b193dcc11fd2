namespace DiplomacyGraph.Export.Formats;

/// <summary>The file formats a subgraph can be exported to.</summary>
public enum ExportFormat
{
    /// <summary>GraphML with typed keys (NetworkX <c>read_graphml</c>, Gephi).</summary>
    GraphMl,

    /// <summary>Node-link JSON as NetworkX's <c>node_link_data</c> writes it (<c>nodes</c>, <c>links</c>).</summary>
    NodeLinkJson,

    /// <summary>A zip of <c>nodes.csv</c> and <c>relationships.csv</c> for <c>neo4j-admin database import</c>.</summary>
    Neo4jCsv,

    /// <summary>A script of parameter-free <c>MERGE</c> statements.</summary>
    Cypher,

    /// <summary>A zip of <c>nodes.parquet</c> and <c>edges.parquet</c>.</summary>
    Parquet,
}
