using System.Text.Json;
using DiplomacyGraph.Domain.Graph;

namespace DiplomacyGraph.Cli.Tests.Hosting;

/// <summary>
/// Issue 2's "done when", through the whole path: founding article → extraction → SQLite → GraphQL over real HTTP.
/// </summary>
public sealed class FoundingArticleEndToEndTests(ServedGraph served) : IClassFixture<ServedGraph>
{
    [Fact]
    public async Task Search_arabicAndEnglishName_findTheSameNode()
    {
        const string q = "query($t: String!) { search(text: $t) { id kind } }";
        var ar = (await served.QueryAsync(q, new { t = "شي جين بينغ" })).Json;
        var en = (await served.QueryAsync(q, new { t = "Xi Jinping" })).Json;
        var arId = FirstId(ar);
        Assert.Equal("Person", ar.GetProperty("data").GetProperty("search")[0].GetProperty("kind").GetString());
        Assert.Equal(arId, FirstId(en));
    }

    [Fact]
    public async Task Person_xiJinping_hasBothNamesPresidentOfChinaAndTheBeijingMeeting()
    {
        var (raw, json) = await served.QueryAsync("""
            { person(name: "Xi Jinping") {
                names { en ar }
                offices { title country { iso } }
                meetings { totalCount nodes { date place { names { en } } participants { names { en } } } }
            } }
            """);
        var person = json.GetProperty("data").GetProperty("person");
        Assert.Equal("Xi Jinping", person.GetProperty("names").GetProperty("en").GetString());
        Assert.Equal("شي جين بينغ", person.GetProperty("names").GetProperty("ar").GetString());
        Assert.Contains("شي جين بينغ", raw, StringComparison.Ordinal); // plain UTF-8, not \u escapes

        Assert.Contains(person.GetProperty("offices").EnumerateArray(), o =>
            o.GetProperty("title").GetString() == "President" &&
            o.GetProperty("country").GetProperty("iso").GetString() == "CN");

        var meeting = Assert.Single(person.GetProperty("meetings").GetProperty("nodes").EnumerateArray());
        Assert.Equal("2018-11-22", meeting.GetProperty("date").GetString());
        Assert.Equal("Beijing", meeting.GetProperty("place").GetProperty("names").GetProperty("en").GetString());
        var names = meeting.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("names").GetProperty("en").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["Bakytzhan Sagintayev", "Xi Jinping"], names);
    }

    [Fact]
    public async Task Kazakhstan_bothArabicSpellingsAndEnglish_areOneNode()
    {
        const string q = "query($t: String!) { search(text: $t, first: 1) { id } }";
        var ids = new List<string?>();
        foreach (var name in new[] { "قازاقستان", "قازقستان", "Kazakhstan" })
            ids.Add(FirstId((await served.QueryAsync(q, new { t = name })).Json));
        Assert.All(ids, id => Assert.Equal(NodeIds.Country("KZ"), id));
    }

    [Fact]
    public async Task Ingest_sameArticleAgain_changesNothing()
    {
        var before = await served.Store.GetStatsAsync(TestContext.Current.CancellationToken);
        var again = await served.IngestAsync(RepoPaths.FoundingArticle);
        var after = await served.Store.GetStatsAsync(TestContext.Current.CancellationToken);
        Assert.True(again.AlreadyIngested);
        Assert.Equal(0, again.Write.NodesCreated);
        Assert.Equal(0, again.Write.EdgesCreated);
        Assert.Equal(before.Nodes, after.Nodes);
        Assert.Equal(before.Edges, after.Edges);
    }

    [Fact]
    public async Task UnknownName_givesEmptyResultNotAnError()
    {
        var json = (await served.QueryAsync("{ person(name: \"Nobody Atall\") { id } search(text: \"zzqqxx\") { id } }")).Json;
        Assert.False(json.TryGetProperty("errors", out _));
        Assert.Equal(JsonValueKind.Null, json.GetProperty("data").GetProperty("person").ValueKind);
        Assert.Equal(0, json.GetProperty("data").GetProperty("search").GetArrayLength());
    }

    private static string? FirstId(JsonElement json)
    {
        var hits = json.GetProperty("data").GetProperty("search");
        Assert.True(hits.GetArrayLength() > 0, json.ToString());
        return hits[0].GetProperty("id").GetString();
    }
}
