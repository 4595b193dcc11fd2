using System.Text.RegularExpressions;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Storage.Neo4j;

namespace DiplomacyGraph.Storage.Tests.Neo4j;

public sealed class CypherCatalogueTests
{
    [Fact]
    public void All_everyStatement_isOneLineAndNonEmpty()
    {
        Assert.NotEmpty(CypherCatalogue.All);
        foreach (var (name, text) in CypherCatalogue.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(text), name);
            Assert.DoesNotContain('\n', text);
            Assert.DoesNotContain('\r', text);
        }
    }

    [Fact]
    public void All_everyKindAndRelationshipType_hasMergeStatementAndSchema()
    {
        foreach (var kind in Enum.GetValues<NodeKind>())
        {
            Assert.Contains(":" + kind, CypherCatalogue.Get(CypherCatalogue.MergeNodes(kind)), StringComparison.Ordinal);
            Assert.Contains("schema.constraint." + kind + "_id", CypherCatalogue.All.Keys);
        }
        foreach (var type in new[] { RelationshipTypes.ParticipatedIn, RelationshipTypes.HeldIn, RelationshipTypes.HoldsOffice, RelationshipTypes.AlignedWith })
            Assert.Contains("[r:" + type + " {id: row.id}]", CypherCatalogue.Get(CypherCatalogue.MergeEdges(type)), StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_statements_areIdempotentAndCoverIdsNamesDatesAndFulltext()
    {
        var schema = CypherCatalogue.SchemaNames.Select(CypherCatalogue.Get).ToList();
        Assert.All(schema, s => Assert.Contains("IF NOT EXISTS", s, StringComparison.Ordinal));
        Assert.Contains(schema, s => s.Contains("FOR (n:Node) REQUIRE n.id IS UNIQUE", StringComparison.Ordinal));
        Assert.Contains(schema, s => s.Contains("ON (n.date)", StringComparison.Ordinal));
        Assert.Contains(schema, s => s.Contains("ON (n.nameKeyAr)", StringComparison.Ordinal));
        Assert.Contains(schema, s => s.StartsWith("CREATE FULLTEXT INDEX", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_variableLengthPatterns_areBoundedBySix()
    {
        foreach (var (name, text) in CypherCatalogue.All)
        {
            Assert.DoesNotMatch(new Regex(@"\[[^\]]*\*\s*\]"), text); // no unbounded [*]
            if (text.Contains("SHORTEST", StringComparison.Ordinal)) Assert.Contains("{1,6}", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Get_unknownName_throws() => Assert.Throws<KeyNotFoundException>(() => CypherCatalogue.Get("nope"));

    [Fact]
    public void MergeEdges_typeOutsideWhitelist_isRefused()
    {
        var ex = Assert.Throws<ArgumentException>(() => CypherCatalogue.MergeEdges("KNOWS]->(x) DETACH DELETE x //"));
        Assert.Contains("not one the store knows", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PublicList_matchesCatalogue() =>
        Assert.Equal(CypherCatalogue.All.Keys, Neo4jCypherStatements.All.Select(p => p.Key));
}
