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

    [Fact]
    public void Assemble_englishStoryWritingAKnownPersonOtherwise_namesThePersonAsWrittenAndKeepsTheReferenceName()
    {
        var g = TestData.Extract("AMMAN, March 23 (Petra) -- Prime Minister Bisher Al Khasawneh held talks with Egyptian Prime Minister Mostafa Madbouly in Amman on Tuesday.", "en", new DateOnly(2021, 3, 23));
        var pm = Assert.Single(g.Entities, e => e.Type == "Person" && e.Name.En == "Bisher Al Khasawneh");
        Assert.Contains("Bisher Khasawneh", pm.Aliases);
        // Meetings and offices name the person as the entity does.
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Bisher Al Khasawneh"));
        Assert.Contains(g.Offices, o => o.Person == "Bisher Al Khasawneh" && o.Title == "Prime Minister");
    }

    [Fact]
    public void Assemble_generationalSuffixWrittenWithItsStop_isTheNameAndNoOnesShortName()
    {
        var g = TestData.Extract("MANILA, Jan. 16 (PNA) -- Chinese Foreign Minister Wang Yi held talks with Foreign Affairs Secretary Teodoro Locsin Jr. on Saturday. Present was vaccine czar Carlito Galvez Jr.", "en", new DateOnly(2021, 1, 16));
        var locsin = Assert.Single(g.Entities, e => e.Type == "Person" && e.Name.En == "Teodoro Locsin Jr.");
        Assert.DoesNotContain("Jr", locsin.Aliases);
    }

    [Fact]
    public void Assemble_arabicStory_keepsTheReferenceEnglishName()
    {
        var g = TestData.Extract("عمان 23 آذار (بترا) - بحث رئيس الوزراء بشر الخصاونة مع رئيس الوزراء المصري مصطفى مدبولي اليوم الثلاثاء سبل التعاون.", "ar", new DateOnly(2021, 3, 23));
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.En == "Bisher Khasawneh" && e.Name.Ar == "بشر الخصاونة");
    }

    [Fact]
    public void Assemble_lineageReadOnPastTheKnownName_isTheWrittenNameWithoutItsFormOfAddress()
    {
        var g = TestData.Extract("MUSCAT, March 12 (Xinhua) -- U.S. Defense Secretary James Mattis held talks with Sayyid Badr bin Saud bin Harib Al Busaidi, Oman's Minister Responsible for Defense Affairs, on Monday.", "en", new DateOnly(2018, 3, 12));
        var badr = Assert.Single(g.Entities, e => e.Type == "Person" && e.Name.En == "Badr bin Saud bin Harib Al Busaidi");
        Assert.Contains("Badr bin Saud Al Busaidi", badr.Aliases);
    }
}
