using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;

namespace DiplomacyGraph.Storage.Tests.Contract;

public abstract partial class GraphStoreContractTests
{
    [Theory]
    [InlineData("Xi Jinping")]
    [InlineData("xi   JINPING")]
    [InlineData("شي جين بينغ")]
    [InlineData("شِي جين بينغ")]
    [InlineData("شي")]
    public async Task SearchAsync_arabicOrEnglishSpelling_findsTheSameNodeFirst(string text)
    {
        var g = await SeedMeetingsAsync();
        var hits = await Store.SearchAsync(new SearchQuery(text), Ct);
        Assert.Equal(g.A, hits[0].Node.Id);
    }

    [Fact]
    public async Task SearchAsync_arabicSpellingOfEnglishOnlyName_findsItPhonetically()
    {
        var b = new TestGraphBuilder();
        var id = b.Person("Bakytzhan Sagintayev");
        b.Person("Someone Else");
        await Store.WriteAsync(b.Build(), Ct);

        var hit = Assert.Single(await Store.SearchAsync(new SearchQuery("ساجينتاييف"), Ct));

        Assert.Equal(id, hit.Node.Id);
        Assert.True(hit.Score < 0.5, "a phonetic hit ranks below exact, prefix and token hits");
    }

    [Fact]
    public async Task SearchAsync_everyTier_ranksExactNameAliasPrefixTokenPhonetic()
    {
        var b = new TestGraphBuilder();
        var phonetic = b.Person("Kareem Ahmed");
        var token = b.Person("Abdul Karim");
        var prefix = b.Person("Karimov Islam");
        var alias = b.Person("Massimov K", null, "Karim");
        var exact = b.Person("Karim");
        b.Person("Unrelated Person");
        await Store.WriteAsync(b.Build(), Ct);

        var hits = await Store.SearchAsync(new SearchQuery("KARIM"), Ct);

        Assert.Equal([exact, alias, prefix, token, phonetic], hits.Select(h => h.Node.Id));
        Assert.Equal(1.0, hits[0].Score);
        Assert.True(hits.Zip(hits.Skip(1)).All(p => p.First.Score > p.Second.Score), "scores strictly fall by tier");
    }

    [Fact]
    public async Task SearchAsync_kindsFilterAndFirst_restrictResults()
    {
        var g = await SeedMeetingsAsync();
        var b = new TestGraphBuilder();
        b.Entity(NodeKind.Organization, "China Daily Group");
        b.Entity(NodeKind.Event, "China International Import Expo");
        await Store.WriteAsync(b.Build(), Ct);

        var countries = await Store.SearchAsync(new SearchQuery("china", [NodeKind.Country]), Ct);
        Assert.Equal([g.Cn], countries.Select(h => h.Node.Id));
        Assert.Equal(3, (await Store.SearchAsync(new SearchQuery("china"), Ct)).Count);
        Assert.Single(await Store.SearchAsync(new SearchQuery("china", First: 1), Ct));
        Assert.Equal(NodeKind.Country, (await Store.SearchAsync(new SearchQuery("china", First: 1), Ct))[0].Node.Kind);
    }

    [Fact]
    public async Task SearchAsync_countryIsoAndArabicVariant_findCountry()
    {
        var g = await SeedMeetingsAsync();
        await Store.WriteAsync(new GraphBatch([new GraphNode(g.Kz, NodeKind.Country, new Names(null, null), ["قازقستان"]) { Iso = "KZ" }], []), Ct);

        Assert.Equal(g.Kz, (await Store.SearchAsync(new SearchQuery("kz"), Ct))[0].Node.Id);
        Assert.Equal(g.Kz, (await Store.SearchAsync(new SearchQuery("قازقستان"), Ct))[0].Node.Id);
        Assert.Equal(g.Kz, (await Store.SearchAsync(new SearchQuery("قازاقستان"), Ct))[0].Node.Id);
    }

    [Fact]
    public async Task SearchAsync_blankOrUnknownText_returnsEmpty()
    {
        await SeedMeetingsAsync();
        Assert.Empty(await Store.SearchAsync(new SearchQuery("   "), Ct));
        Assert.Empty(await Store.SearchAsync(new SearchQuery("Zzyzx Qwrtp"), Ct));
        Assert.Empty(await Store.SearchAsync(new SearchQuery("Xi Jinping", First: 0), Ct));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.SearchAsync(new SearchQuery("Xi", First: -1), Ct));
    }

    [Fact]
    public async Task SearchAsync_textWithSqlMetacharacters_isJustText()
    {
        var b = new TestGraphBuilder();
        var odd = b.Person("O'Brien \"Bobby\" %_; DROP TABLE nodes; --");
        await Store.WriteAsync(b.Build(), Ct);
        Assert.Equal(odd, (await Store.SearchAsync(new SearchQuery("O'Brien \"Bobby\" %_; DROP TABLE nodes; --"), Ct))[0].Node.Id);
        Assert.Empty(await Store.SearchAsync(new SearchQuery("%"), Ct));
        Assert.Equal(1, (await Store.GetStatsAsync(Ct)).Count(NodeKind.Person));
    }
}
