using System.Globalization;
using DiplomacyGraph.Domain.Articles;
using DiplomacyGraph.Domain.Documents;
using DiplomacyGraph.Domain.Graph;

namespace DiplomacyGraph.Extraction.Tests.Pipeline;

public sealed class FoundingArticleTests
{
    private static DocumentGraph Founding()
    {
        var path = Path.Combine(TestData.RepoRoot, "seeds", "articles", "000_ar.txt");
        return TestData.Extractor.Extract(ArticleParser.Parse("000_ar.txt", File.ReadAllText(path)), TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ar-SA")]
    [InlineData("tr-TR")]
    public void Extract_foundingArticle_givesExactlyTheGoldMeeting(string culture)
    {
        var graph = WithCulture(culture, Founding);
        var meeting = Assert.Single(graph.Meetings);
        Assert.Equal(["Bakytzhan Sagintayev", "Xi Jinping"], meeting.Participants.Order(StringComparer.Ordinal));
        Assert.Equal("2018-11-22", meeting.Date);
        Assert.Equal("Beijing", meeting.Place);
        Assert.NotNull(meeting.Evidence);
        Assert.Equal("2018-11-22", graph.Document.Date);
        Assert.Equal("Beijing", graph.Document.Place);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ar-SA")]
    [InlineData("tr-TR")]
    public void Extract_foundingArticle_givesTheGoldOffices(string culture)
    {
        var graph = WithCulture(culture, Founding);
        var offices = graph.Offices.Select(o => (o.Person, o.Title, o.Country)).ToHashSet();
        Assert.Contains(("Xi Jinping", "President", (string?)"CN"), offices);
        Assert.Contains(("Bakytzhan Sagintayev", "Prime Minister", (string?)"KZ"), offices);
        Assert.Contains(("Nursultan Nazarbayev", "President", (string?)"KZ"), offices);
    }

    [Fact]
    public void Extract_foundingArticle_bothKazakhstanSpellingsAreOneCountry()
    {
        var graph = Founding();
        var kz = Assert.Single(graph.Entities, e => e.Type == "Country" && e.Iso == "KZ");
        Assert.Equal(NodeIds.Country("KZ"), kz.Id);
        Assert.Single(graph.Entities, e => e.Type == "Country" && e.Name.En == "Kazakhstan");
        var body = ArticleParser.Parse("000_ar.txt", File.ReadAllText(Path.Combine(TestData.RepoRoot, "seeds", "articles", "000_ar.txt"))).Body;
        var surfaces = kz.Mentions.Select(m => body[m.Start..m.End]).ToList();
        Assert.Contains(surfaces, s => s.Contains("قازاقستان", StringComparison.Ordinal));
        Assert.Contains(surfaces, s => s.Contains("قازقستان", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_foundingArticle_knownPeopleCarryGazetteerIds()
    {
        var graph = Founding();
        var xi = Assert.Single(graph.Entities, e => e.Name.En == "Xi Jinping");
        Assert.Equal(NodeIds.Entity(NodeKind.Person, "Xi Jinping"), xi.Id);
        Assert.Contains("شي", xi.Aliases);
        Assert.False(xi.MachineTransliterated);
    }

    [Fact]
    public void Extract_englishSentenceOfTheSameKind_givesMeetingAndOffices()
    {
        var graph = TestData.Extract(
            "BEIJING, Nov. 22 (Xinhua) -- Chinese President Xi Jinping met with Kazakh Prime Minister Bakytzhan Sagintayev in Beijing on Thursday.",
            "en", new DateOnly(2018, 11, 22));
        var meeting = Assert.Single(graph.Meetings);
        Assert.Equal(["Bakytzhan Sagintayev", "Xi Jinping"], meeting.Participants.Order(StringComparer.Ordinal));
        Assert.Equal("2018-11-22", meeting.Date);
        Assert.Equal("Beijing", meeting.Place);
        Assert.Contains(graph.Offices, o => o is { Person: "Xi Jinping", Title: "President", Country: "CN" });
        Assert.Contains(graph.Offices, o => o is { Person: "Bakytzhan Sagintayev", Title: "Prime Minister", Country: "KZ" });
    }

    internal static T WithCulture<T>(string culture, Func<T> f)
    {
        var (c, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            if (culture.Length > 0) CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            return f();
        }
        finally
        {
            CultureInfo.CurrentCulture = c;
            CultureInfo.CurrentUICulture = ui;
        }
    }
}
