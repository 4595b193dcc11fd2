namespace DiplomacyGraph.Storage.Neo4j;

/// <summary>The <c>data</c> of one Query API response: field names and decoded rows, in field order.</summary>
internal sealed record QueryResult(IReadOnlyList<string> Fields, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    public static readonly QueryResult Empty = new([], []);

    /// <summary>The value of <paramref name="field"/> in <paramref name="row"/>.</summary>
    public object? Get(IReadOnlyList<object?> row, string field)
    {
        for (var i = 0; i < Fields.Count; i++)
            if (string.Equals(Fields[i], field, StringComparison.Ordinal)) return row[i];
        throw new Neo4jException("DiplomacyGraph.Neo4j.Protocol", $"The result has no field '{field}' (fields: {string.Join(", ", Fields)}).");
    }

    /// <summary>Rows as field → value maps, for readable mapping code.</summary>
    public IEnumerable<IReadOnlyDictionary<string, object?>> Records()
    {
        foreach (var row in Rows)
        {
            var map = new Dictionary<string, object?>(Fields.Count, StringComparer.Ordinal);
            for (var i = 0; i < Fields.Count && i < row.Count; i++) map[Fields[i]] = row[i];
            yield return map;
        }
    }
}
