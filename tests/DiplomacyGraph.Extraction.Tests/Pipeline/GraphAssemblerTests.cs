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

    [Theory]
    [InlineData("DOHA, Jan. 10 (QNA) -- Deputy Prime Minister and Minister of Foreign Affairs HE Sheikh Mohammed bin Abdulrahman Al-Thani met the Iraqi Prime Minister in Doha.", "en", "Mohammed bin Abdulrahman Al-Thani")]
    [InlineData("الرياض 3 مايو (واس) - استقبل صاحب السمو الملكي الأمير فيصل بن فرحان وزير الخارجية نظيره الأردني.", "ar", "فيصل بن فرحان")]
    public void Assemble_personWrittenWithAnHonorific_isListedWithoutItToo(string body, string lang, string bare)
    {
        var g = TestData.Extract(body, lang, new DateOnly(2023, 1, 10));
        Assert.Contains(g.Entities, e => e.Type == "Person" && (e.Aliases.Contains(bare) || e.Name.En == bare || e.Name.Ar == bare));
    }
}
