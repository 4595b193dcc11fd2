namespace DiplomacyGraph.Extraction.Tests.Pipeline;

public sealed class GraphAssemblerTests
{
    [Fact]
    public void Assemble_generationalSuffix_isListedWithAndWithoutItsFullStop()
    {
        var g = TestData.Extract("Chinese Foreign Minister Wang Yi paid a courtesy call on President Ferdinand Marcos Jr in Manila.", "en", new DateOnly(2022, 7, 6));
        var marcos = Assert.Single(g.Entities, e => e.Type == "Person" && e.Name.En == "Ferdinand Marcos Jr");
        Assert.Contains("Ferdinand Marcos Jr.", marcos.Aliases);
    }
}
