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
}
