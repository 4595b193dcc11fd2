using System.Reflection;
using DiplomacyGraph.Domain.Graph;

namespace DiplomacyGraph.Storage.Neo4j;

/// <summary>
/// The only labels and relationship types that may appear in Cypher text: the <see cref="NodeKind"/> names and the
/// <see cref="Domain.Graph.RelationshipTypes"/> constants (plus the symmetric <c>MET</c>). Anything else is refused
/// before a request is made.
/// </summary>
internal static class CypherWhitelist
{
    private static readonly string[] Types = typeof(Domain.Graph.RelationshipTypes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .Append("MET")
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToArray();

    private static readonly HashSet<string> TypeSet = new(Types, StringComparer.Ordinal);

    /// <summary>Every relationship type the store can write, in ordinal order.</summary>
    public static IReadOnlyList<string> RelationshipTypes => Types;

    public static bool IsKnownType(string type) => TypeSet.Contains(type);

    /// <summary>The label of a kind; the enum is closed, so an undefined value is refused.</summary>
    public static string Label(NodeKind kind) =>
        Enum.IsDefined(kind) ? kind.ToString() : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a node kind.");

    /// <summary>The relationship type as written in Cypher, or an error naming the allowed ones.</summary>
    public static string RelationshipType(string type) =>
        TypeSet.Contains(type) ? type
        : throw new ArgumentException($"Relationship type '{type}' is not one the store knows ({string.Join(", ", Types)}).", nameof(type));
}
