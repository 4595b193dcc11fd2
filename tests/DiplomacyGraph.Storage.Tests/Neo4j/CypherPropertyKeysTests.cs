using System.Text.RegularExpressions;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Storage.Neo4j;

namespace DiplomacyGraph.Storage.Tests.Neo4j;

/// <summary>
/// With no server here, a misspelt property in a statement would only show as an empty result. This checks that every
/// property a catalogued statement reads (<c>n.searchKeys</c>, <c>r.id</c>, …) is one the mapper writes.
/// </summary>
public sealed partial class CypherPropertyKeysTests
{
    [Fact]
    public void Catalogue_everyPropertyRead_isWrittenByTheMapper()
    {
        var node = new GraphNode("country:KZ", NodeKind.Country, new Names("Kazakhstan", "قازاقستان"), ["x"])
        {
            Iso = "KZ",
            CountryIso = "KZ",
            Date = new DateOnly(2020, 1, 1),
            Countries = ["KZ"],
        };
        var edge = new GraphEdge("edge:1", RelationshipTypes.HoldsOffice, "a", "b") { Sources = [new EdgeSource("article:1", null, null, null, null, 0, 1)] };
        var written = Neo4jRecordMapper.NodeProperties(node).Keys.Concat(Neo4jRecordMapper.EdgeProperties(edge).Keys).ToHashSet(StringComparer.Ordinal);

        var read = CypherCatalogue.All
            .SelectMany(p => PropertyAccess().Matches(p.Value).Select(m => (Statement: p.Key, Variable: m.Groups[1].Value, Key: m.Groups[2].Value)))
            .Where(x => x.Variable != "row") // UNWIND rows built by the writer, not stored properties
            .ToList();

        Assert.NotEmpty(read);
        Assert.All(read, x => Assert.True(written.Contains(x.Key), $"{x.Statement} reads {x.Variable}.{x.Key}, which the mapper never writes"));
    }

    [GeneratedRegex(@"(?<![\w`.])([a-z]\w*)\.([A-Za-z]\w*)")]
    private static partial Regex PropertyAccess();
}
