namespace DiplomacyGraph.Extraction.Tests.Components;

public sealed class UnknownPlacesTests
{
    private static readonly DateOnly Date = new(2024, 1, 30);

    [Fact]
    public void Find_capitalisedWordsAfterInBeforeACommaAndACountry_areAPlaceOfThatCountry()
    {
        var g = TestData.Extract("Foreign Minister Mohamad Hasan held talks with Vietnamese Foreign Minister Bui Thanh Son in Luang Prabang, Laos, yesterday.", "en", Date);
        var place = Assert.Single(g.Entities, e => e.Type == "Place" && e.Name.En == "Luang Prabang");
        Assert.Equal("LA", place.Country);
        Assert.Equal("Luang Prabang", Assert.Single(g.Meetings).Place);
    }

    [Theory]
    [InlineData("The talks were held in January, Laos said.")]
    [InlineData("The minister said in Vientiane that ties were strong.")]
    public void Find_monthOrKnownCityOrNoCountry_makesNoNewPlace(string body) =>
        Assert.DoesNotContain(TestData.Extract(body, "en", Date).Entities, e => e.Type == "Place" && e.Name.En is "January");

    [Fact]
    public void Find_townAfterANamedBuilding_isAPlace_butNotAWordOfALongerName()
    {
        var g = TestData.Extract("Army chief Gen. Qamar Javed Bajwa on Friday received Chinese Defence Minister Wei Fenghe at the General Headquarters in Rawalpindi, where they discussed regional security.", "en", Date);
        Assert.Equal("Rawalpindi", Assert.Single(g.Meetings).Place);
        var speech = TestData.Extract("He spoke at the CPC in Dialogue with World Political Parties High-level Meeting.", "en", Date);
        Assert.DoesNotContain(speech.Entities, e => e.Type == "Place");
    }

    [Fact]
    public void Find_arabicTownAfterTheNounCity_isAPlace_andTheMeetingsPlace()
    {
        var g = TestData.Extract("ووشي 12 يناير 2022 (شينخوا) -- التقى مستشار الدولة وزير الخارجية الصيني وانغ يي اليوم (الأربعاء) وزير الخارجية التركي مولود تشاووش أوغلو في مدينة ووشي بمقاطعة جيانغسو شرقي الصين.", "ar", new DateOnly(2022, 1, 12));

        var town = Assert.Single(g.Entities, e => e.Type == "Place" && e.Name.Ar == "ووشي");
        Assert.Equal(town.Name.En, Assert.Single(g.Meetings).Place);
    }

    [Theory]
    [InlineData("حضر الشيخ محمد بن زايد آل نهيان اليوم المباراة النهائية في مدينة زايد الرياضية.")]
    [InlineData("زار الرئيس الفرنسي إيمانويل ماكرون اليوم مدينة إكسبو دبي.")]
    [InlineData("وصل الرئيس إلى المدينة المنورة اليوم.")]
    public void Find_cityNounBeforeAPersonsNameAKnownCityOrTheArticle_makesNoTown(string body) =>
        Assert.DoesNotContain(TestData.Extract(body, "ar", Date).Entities, e => e.Type == "Place" && e.Name.Ar is "زايد" or "إكسبو" or "إكسبو دبي" or "المنورة");
}
