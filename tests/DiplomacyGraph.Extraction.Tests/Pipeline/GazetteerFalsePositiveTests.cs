namespace DiplomacyGraph.Extraction.Tests.Pipeline;

/// <summary>Surface forms that used to name the wrong entity.</summary>
public sealed class GazetteerFalsePositiveTests
{
    private static readonly DateOnly Date = new(2020, 8, 7);

    [Fact]
    public void Extract_opecPlusAndOpec_areTwoOrganizations()
    {
        var g = TestData.Extract("The OPEC+ group met in Vienna. OPEC members agreed.", "en", Date);
        Assert.Contains(g.Entities, e => e.Name.En == "OPEC Plus");
        Assert.Contains(g.Entities, e => e.Name.En == "OPEC");
    }

    [Fact]
    public void Extract_arabicOpecPlusAlone_isNotOpec()
    {
        var g = TestData.Extract("اجتمعت مجموعة أوبك+ في فيينا.", "ar", Date);
        Assert.Contains(g.Entities, e => e.Name.En == "OPEC Plus");
        Assert.DoesNotContain(g.Entities, e => e.Name.En == "OPEC");
    }

    [Fact]
    public void Extract_papuaNewGuineaWrittenWithNiu_isPapuaNewGuineaNotGuinea()
    {
        var g = TestData.Extract("زار الرئيس الصيني شي جين بينغ بابوا نيو غينيا.", "ar", Date);
        Assert.Contains(g.Entities, e => e.Type == "Country" && e.Iso == "PG");
        Assert.DoesNotContain(g.Entities, e => e.Type == "Country" && e.Iso == "GN");
    }

    [Theory]
    [InlineData("The talks were held in English.", "GB")]
    [InlineData("The two sides discussed the situation in the Gaza Strip.", null)]
    public void Extract_languageAndTerritoryWords_areNotCountriesOrPlaces(string body, string? iso)
    {
        var g = TestData.Extract(body, "en", Date);
        if (iso is not null) Assert.DoesNotContain(g.Entities, e => e.Iso == iso);
        Assert.DoesNotContain(g.Entities, e => e.Type == "Place");
    }

    [Fact]
    public void Extract_xiSaidThat_isNotXian()
    {
        // "وقال شي إن …" (Xi said that …) once folded read like the split spelling "شي آن".
        var g = TestData.Extract("وقال الرئيس شي جين بينغ إن الصين مستعدة للعمل مع الجانب الآخر، وقال شي إن البلدين صديقان.", "ar", Date);
        Assert.DoesNotContain(g.Entities, e => e.Name.En == "Xi'an");
    }
}
