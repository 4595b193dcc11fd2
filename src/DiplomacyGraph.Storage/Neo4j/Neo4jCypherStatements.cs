namespace DiplomacyGraph.Storage.Neo4j;

/// <summary>The read-only list of every Cypher statement the Neo4j store can send (for <c>dg cypher --list</c> and CI lint).</summary>
public static class Neo4jCypherStatements
{
    /// <summary>Statement name → Cypher text, schema first, then writes, then reads.</summary>
    public static IEnumerable<KeyValuePair<string, string>> All => CypherCatalogue.All;
}
