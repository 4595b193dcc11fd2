namespace DiplomacyGraph.Extraction.Tests.Components;

public sealed class UnknownEventsTests
{
    private static readonly DateOnly Date = new(2024, 3, 1);

    private static IEnumerable<string?> Events(string body) =>
        TestData.Extract(body, "en", Date).Entities.Where(e => e.Type == "Event").Select(e => e.Name.En);

    [Theory]
    [InlineData("External Affairs Minister S. Jaishankar addressed the Raisina Dialogue in New Delhi on Wednesday.", "Raisina Dialogue")]
    [InlineData("Prime Minister Narendra Modi attended the India-Nordic Summit in Copenhagen.", "India-Nordic Summit")]
    [InlineData("The emir spoke at the opening of the Qatar Economic Forum in Doha on Tuesday.", "Qatar Economic Forum")]
    [InlineData("Leaders gathered in Paris for the Summit for a New Global Financing Pact on Thursday.", "Summit for a New Global Financing Pact")]
    [InlineData("The ministers met on the sidelines of the G20 Foreign Ministers' Meeting in Rio de Janeiro.", "G20 Foreign Ministers' Meeting")]
    public void Find_capitalisedNameEndingOrOpeningWithAnEventNoun_isAnEvent(string body, string name) =>
        Assert.Contains(name, Events(body));

    [Fact]
    public void Find_editionBeforeAName_isASurfaceOfTheEvent_notPartOfItsName()
    {
        var g = TestData.Extract("Ramaphosa hosted the 15th BRICS Summit in Johannesburg, a week after the second Russia-Africa Summit in St Petersburg.", "en", Date);
        var brics = Assert.Single(g.Entities, e => e.Type == "Event" && e.Name.En == "BRICS Summit");
        Assert.Contains("15th BRICS Summit", brics.Aliases);
        var russia = Assert.Single(g.Entities, e => e.Type == "Event" && e.Name.En == "Russia-Africa Summit");
        Assert.Contains("second Russia-Africa Summit", russia.Aliases);
    }

    [Theory]
    [InlineData("The two leaders met before the Ankara summit.")]
    [InlineData("The two sides held the Strategic Dialogue in Washington.")]
    [InlineData("He addressed the National Congress in Brasilia.")]
    [InlineData("The talks took place at the Congress Center in Tashkent.")]
    [InlineData("The ministers attended a Special Meeting on Gaza.")]
    [InlineData("The summit will be held in Riyadh next month.")]
    [InlineData("The ministers co-chaired the Joint Commission Meeting in New Delhi.")]
    public void Find_placeOrMechanismOrGenericWords_areNoEvent(string body) =>
        Assert.Empty(Events(body));

    [Fact]
    public void Find_bodyTheGazetteerKnows_isNoEvent()
    {
        var g = TestData.Extract("Kazakhstan chairs the Conference on Interaction and Confidence Building Measures in Asia this year.", "en", Date);
        Assert.DoesNotContain(g.Entities, e => e.Type == "Event");
        Assert.Contains(g.Entities, e => e.Type == "Organization");
    }
}
