namespace DiplomacyGraph.Storage.Neo4j;

/// <summary>One statement to send: its catalogue name (for errors and logs), its Cypher text and its parameters.</summary>
internal sealed record CypherStatement(string Name, string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    /// <summary>The catalogued statement <paramref name="name"/> with these parameters.</summary>
    public static CypherStatement Of(string name, IReadOnlyDictionary<string, object?>? parameters = null) =>
        new(name, CypherCatalogue.Get(name), parameters ?? new Dictionary<string, object?>());
}
