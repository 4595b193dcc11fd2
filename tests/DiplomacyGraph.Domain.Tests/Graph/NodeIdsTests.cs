using DiplomacyGraph.Domain.Graph;

namespace DiplomacyGraph.Domain.Tests.Graph;

public sealed class NodeIdsTests
{
    [Fact]
    public void Entity_slugIsStableAndFolded()
    {
        Assert.Equal("person:xi-jinping", NodeIds.Entity(NodeKind.Person, "Xi Jinping"));
        Assert.Equal("person:xi-jinping", NodeIds.Entity(NodeKind.Person, "  XI  jinping "));
        Assert.Equal("place:nur-sultan", NodeIds.Entity(NodeKind.Place, "Nur-Sultan"));
        Assert.Equal("person:abdel-fattah-al-sisi", NodeIds.Entity(NodeKind.Person, "Abdel Fattah al-Sisi"));
    }

    [Fact]
    public void Entity_arabicOnlyName_keepsFoldedArabic() =>
        Assert.Equal("person:باكيتجان-ساجينتاييف", NodeIds.Entity(NodeKind.Person, "باكيتجان ساجينتاييف"));

    [Fact]
    public void Meeting_participantOrderDoesNotMatter()
    {
        var d = new DateOnly(2018, 11, 22);
        Assert.Equal(
            NodeIds.Meeting(["person:a", "person:b"], d, "article:1"),
            NodeIds.Meeting(["person:b", "person:a"], d, "article:2"));
    }

    [Fact]
    public void Meeting_undated_staysWithItsArticle() =>
        Assert.NotEqual(
            NodeIds.Meeting(["person:a", "person:b"], null, "article:1"),
            NodeIds.Meeting(["person:a", "person:b"], null, "article:2"));

    [Fact]
    public void Edge_symmetricTypes_ignoreDirection()
    {
        Assert.Equal(NodeIds.Edge(RelationshipTypes.AlignedWith, "a", "b"), NodeIds.Edge(RelationshipTypes.AlignedWith, "b", "a"));
        Assert.NotEqual(NodeIds.Edge(RelationshipTypes.Proposed, "a", "b"), NodeIds.Edge(RelationshipTypes.Proposed, "b", "a"));
    }

    [Fact]
    public void Edge_discriminator_separatesParallelOffices() =>
        Assert.NotEqual(
            NodeIds.Edge(RelationshipTypes.HoldsOffice, "p", "c", "President"),
            NodeIds.Edge(RelationshipTypes.HoldsOffice, "p", "c", "Prime Minister"));

    [Fact]
    public void Article_sameBodyDifferentWhitespaceAtEnds_sameId() =>
        Assert.Equal(NodeIds.Article("text\n"), NodeIds.Article("text"));
}
