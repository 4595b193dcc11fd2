using DiplomacyGraph.Api.Tests.Infrastructure;
using DiplomacyGraph.Domain.Documents;
using DiplomacyGraph.Domain.Extraction;
using DiplomacyGraph.Ingestion;
using DiplomacyGraph.Storage.Sqlite;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyGraph.Api.Tests.GraphQL;

/// <summary>
/// The founding article sent through <c>ingestArticle</c> (real ingestor, mapper and SQLite store; the extractor
/// answers with the gold graph), then the foundation issue's "done when" queries on what was written.
/// </summary>
public sealed class GoldIngestTests
{
    [Fact]
    public async Task IngestArticle_foundingArticle_thenDoneWhenQueriesHold_andSecondIngestChangesNothing()
    {
        var text = await File.ReadAllTextAsync(TestPaths.RequireSharedFile("corpus", "dev", "000_ar.txt"), TestContext.Current.CancellationToken);
        var gold = DocumentGraphJson.Deserialize(await File.ReadAllTextAsync(TestPaths.RequireSharedFile("gold", "000_ar.gold.json"), TestContext.Current.CancellationToken))!;
        var folder = Path.Combine(Path.GetTempPath(), "dg-api-gold-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        await using var store = new SqliteGraphStore(Path.Combine(folder, "graph.db"));
        await store.InitializeAsync(TestContext.Current.CancellationToken);
        await using var app = await ApiHost.StartAsync(store, new Dictionary<string, string?> { ["Api:ApiKey"] = ApiFixture.ApiKey }, services: s =>
        {
            s.AddSingleton<IDocumentExtractor>(new GoldExtractor(gold));
            s.AddIngestion();
        });
        using var client = app.GetTestClient();
        const string mutation = """
            mutation($text: String!) { ingestArticle(input: { text: $text, lang: "auto" }) {
                articleId alreadyIngested write { nodesCreated edgesCreated } document { lang date entities { type names { en ar } } meetings { participants date place } }
            } }
            """;

        var first = (await client.GraphQLAsync(mutation, new { text }, apiKey: ApiFixture.ApiKey)).AssertOk();
        var second = (await client.GraphQLAsync(mutation, new { text }, apiKey: ApiFixture.ApiKey)).AssertOk();

        var report = first.Data.GetProperty("ingestArticle");
        Assert.False(report.GetProperty("alreadyIngested").GetBoolean());
        Assert.True(report.GetProperty("write").GetProperty("nodesCreated").GetInt32() > 0);
        Assert.Equal("2018-11-22", report.GetProperty("document").GetProperty("meetings")[0].GetProperty("date").GetString());
        Assert.True(second.Data.GetProperty("ingestArticle").GetProperty("alreadyIngested").GetBoolean());
        Assert.Equal(0, second.Data.GetProperty("ingestArticle").GetProperty("write").GetProperty("nodesCreated").GetInt32());

        var q = (await client.GraphQLAsync("""
            { ar: search(text: "شي جين بينغ", first: 1) { id }
              en: search(text: "Xi Jinping", first: 1) { id }
              kz: search(text: "قازقستان", kinds: [COUNTRY]) { id }
              person(name: "Xi Jinping") {
                names { en ar }
                offices { title country { iso } }
                meetings { nodes { date place { name } participants { name } sources { lang evidence } } }
              } }
            """)).AssertOk();
        Assert.Equal(q.Data.GetProperty("ar")[0].GetProperty("id").GetString(), q.Data.GetProperty("en")[0].GetProperty("id").GetString());
        Assert.Equal("country:KZ", Assert.Single(q.Data.GetProperty("kz").EnumerateArray()).GetProperty("id").GetString());
        var person = q.Data.GetProperty("person");
        Assert.Equal("شي جين بينغ", person.GetProperty("names").GetProperty("ar").GetString());
        Assert.Contains(person.GetProperty("offices").EnumerateArray(), o => o.GetProperty("title").GetString() == "President" && o.GetProperty("country").GetProperty("iso").GetString() == "CN");
        var meeting = Assert.Single(person.GetProperty("meetings").GetProperty("nodes").EnumerateArray());
        Assert.Equal("2018-11-22", meeting.GetProperty("date").GetString());
        Assert.Equal("Beijing", meeting.GetProperty("place").GetProperty("name").GetString());
        Assert.Contains(meeting.GetProperty("participants").EnumerateArray(), p => p.GetProperty("name").GetString() == "Bakytzhan Sagintayev");
        Assert.Contains(meeting.GetProperty("sources").EnumerateArray(), s => s.GetProperty("lang").GetString() == "ar");

        await app.StopAsync(TestContext.Current.CancellationToken);
        Directory.Delete(folder, recursive: true);
    }
}
