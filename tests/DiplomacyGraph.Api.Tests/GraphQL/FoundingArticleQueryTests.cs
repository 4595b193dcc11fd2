using DiplomacyGraph.Api.Tests.Infrastructure;

namespace DiplomacyGraph.Api.Tests.GraphQL;

/// <summary>The "done when" queries of the foundation issue, on the founding article's facts.</summary>
public sealed class FoundingArticleQueryTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Search_arabicAndEnglishName_returnSameId()
    {
        const string q = "query($t: String!) { search(text: $t, first: 1) { id kind names { en ar } } }";
        var ar = (await api.Client.GraphQLAsync(q, new { t = "شي جين بينغ" })).AssertOk();
        var en = (await api.Client.GraphQLAsync(q, new { t = "Xi Jinping" })).AssertOk();

        var arHit = ar.Data.GetProperty("search")[0];
        Assert.Equal(TestGraph.Xi, arHit.GetProperty("id").GetString());
        Assert.Equal(arHit.GetProperty("id").GetString(), en.Data.GetProperty("search")[0].GetProperty("id").GetString());
        Assert.Equal("Person", arHit.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Person_byEnglishName_hasNamesOfficeAndFoundingMeeting()
    {
        var r = (await api.Client.GraphQLAsync("""
            { person(name: "Xi Jinping") {
                id names { en ar }
                offices { title country { iso } }
                meetings(to: "2018-12-31") { nodes { date place { name } participants { name } sources { file lang evidence } } }
            } }
            """)).AssertOk();

        var person = r.Data.GetProperty("person");
        Assert.Equal("شي جين بينغ", person.GetProperty("names").GetProperty("ar").GetString());
        Assert.Equal("Xi Jinping", person.GetProperty("names").GetProperty("en").GetString());
        Assert.Contains(person.GetProperty("offices").EnumerateArray(),
            o => o.GetProperty("title").GetString() == "President" && o.GetProperty("country").GetProperty("iso").GetString() == "CN");
        var founding = Assert.Single(person.GetProperty("meetings").GetProperty("nodes").EnumerateArray(), m => m.GetProperty("date").GetString() == "2018-11-22");
        Assert.Equal("Beijing", founding.GetProperty("place").GetProperty("name").GetString());
        Assert.Contains(founding.GetProperty("participants").EnumerateArray(), p => p.GetProperty("name").GetString() == "Bakytzhan Sagintayev");
        var source = Assert.Single(founding.GetProperty("sources").EnumerateArray());
        Assert.Equal("000_ar.txt", source.GetProperty("file").GetString());
        Assert.Equal(TestGraph.Evidence, source.GetProperty("evidence").GetString());
    }

    [Fact]
    public async Task Country_byEitherArabicSpelling_isOneNode()
    {
        const string q = "query($n: String!) { country(name: $n) { id iso } }";
        var a = (await api.Client.GraphQLAsync(q, new { n = "قازاقستان" })).AssertOk();
        var b = (await api.Client.GraphQLAsync(q, new { n = "قازقستان" })).AssertOk();
        var c = (await api.Client.GraphQLAsync(q, new { n = "Kazakhstan" })).AssertOk();

        Assert.Equal("country:KZ", a.Data.GetProperty("country").GetProperty("id").GetString());
        Assert.Equal("country:KZ", b.Data.GetProperty("country").GetProperty("id").GetString());
        Assert.Equal("country:KZ", c.Data.GetProperty("country").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Person_unknownName_isNullWithoutError()
    {
        var r = (await api.Client.GraphQLAsync("{ person(name: \"Nobody Atall Zzyzx\") { id } search(text: \"Qwxzv Plmk\") { id } }")).AssertOk();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, r.Data.GetProperty("person").ValueKind);
        Assert.Equal(0, r.Data.GetProperty("search").GetArrayLength());
    }

    [Fact]
    public async Task Lookups_byId_returnTypedNodes()
    {
        var r = (await api.Client.GraphQLAsync($$"""
            { place(name: "بكين") { id country { iso } }
              meeting(id: "{{TestGraph.FoundingMeeting}}") { date countries { iso } articles { file url } }
              initiative(name: "Bright Path") { id relationships { type fromId toId } }
              country(id: "KZ") { officeHolders { title person { name } } } }
            """)).AssertOk();

        Assert.Equal("CN", r.Data.GetProperty("place").GetProperty("country").GetProperty("iso").GetString());
        Assert.Equal("2018-11-22", r.Data.GetProperty("meeting").GetProperty("date").GetString());
        Assert.Equal(new[] { "CN", "KZ" }, r.Data.GetProperty("meeting").GetProperty("countries").EnumerateArray().Select(c => c.GetProperty("iso").GetString()!).Order().ToArray());
        Assert.Equal("000_ar.txt", r.Data.GetProperty("meeting").GetProperty("articles")[0].GetProperty("file").GetString());
        Assert.Equal(TestGraph.NurlyZhol, r.Data.GetProperty("initiative").GetProperty("id").GetString());
        Assert.Contains(r.Data.GetProperty("initiative").GetProperty("relationships").EnumerateArray(), e => e.GetProperty("type").GetString() == "ALIGNED_WITH");
        Assert.Contains(r.Data.GetProperty("country").GetProperty("officeHolders").EnumerateArray(),
            o => o.GetProperty("title").GetString() == "Prime Minister" && o.GetProperty("person").GetProperty("name").GetString() == "Bakytzhan Sagintayev");
    }
}
