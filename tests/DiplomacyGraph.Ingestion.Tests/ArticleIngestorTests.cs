using DiplomacyGraph.Domain.Articles;
using DiplomacyGraph.Domain.Documents;
using DiplomacyGraph.Domain.Extraction;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Ingestion;
using DiplomacyGraph.Domain.Storage;
using DiplomacyGraph.Ingestion.Mapping;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace DiplomacyGraph.Ingestion.Tests;

public sealed class ArticleIngestorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ArticleIngestor Ingestor(IGraphStore store, Func<Article, DocumentGraph>? extract = null) =>
        new(new FixedExtractor(extract ?? (a => a.Lang == "ar" ? TestDocuments.Arabic() : TestDocuments.English())), store, new DocumentGraphMapper(), NullLogger<ArticleIngestor>.Instance);

    [Fact]
    public async Task IngestAsync_sameArticleTwice_changesNothing()
    {
        await using var temp = await TempStore.CreateAsync();
        var ingestor = Ingestor(temp.Store);

        var first = await ingestor.IngestAsync(TestDocuments.ArabicArticle, Ct);
        var stats = await temp.Store.GetStatsAsync(Ct);
        var second = await ingestor.IngestAsync(TestDocuments.ArabicArticle, Ct);

        Assert.False(first.AlreadyIngested);
        Assert.True(first.Write.NodesCreated > 0);
        Assert.True(second.AlreadyIngested);
        Assert.Equal((0, 0), (second.Write.NodesCreated, second.Write.EdgesCreated));
        Assert.Equal(first.ArticleId, second.ArticleId);
        var after = await temp.Store.GetStatsAsync(Ct);
        Assert.Equal((stats.Nodes, stats.Edges), (after.Nodes, after.Edges));
    }

    [Fact]
    public async Task IngestAsync_arabicAndEnglishReportsOfOneMeeting_makeOneMeetingAndOnePersonEach()
    {
        await using var temp = await TempStore.CreateAsync();
        var ingestor = Ingestor(temp.Store);

        await ingestor.IngestAsync(TestDocuments.ArabicArticle, Ct);
        await ingestor.IngestAsync(TestDocuments.EnglishArticle, Ct);

        var stats = await temp.Store.GetStatsAsync(Ct);
        Assert.Equal(1, stats.Count(NodeKind.Meeting));
        Assert.Equal(2, stats.Count(NodeKind.Person));
        Assert.Equal(2, stats.Count(NodeKind.Article));
        Assert.Equal(2, stats.Count(NodeKind.Country));
        var xi = (await temp.Store.SearchAsync(new SearchQuery("Xi Jinping"), Ct))[0].Node;
        Assert.Equal(xi.Id, (await temp.Store.SearchAsync(new SearchQuery("شي جين بينغ"), Ct))[0].Node.Id);
        Assert.Equal(new Names("Xi Jinping", "شي جين بينغ"), xi.Names);

        var page = await temp.Store.FindMeetingsAsync(new MeetingQuery([xi.Id], ["KZ"], From: new DateOnly(2018, 11, 22), To: new DateOnly(2018, 11, 22)), Ct);
        var meeting = Assert.Single(page.Meetings);
        var reported = await temp.Store.GetEdgesAsync(new EdgeQuery([meeting.Id], EdgeDirection.Outgoing, [RelationshipTypes.ReportedIn]), Ct);
        Assert.Equal(2, reported.Count);
        var participation = await temp.Store.GetEdgesAsync(new EdgeQuery([meeting.Id], EdgeDirection.Incoming, [RelationshipTypes.ParticipatedIn]), Ct);
        Assert.Equal(2, participation.Count);
        // Each participation is sourced by both articles, in both languages.
        Assert.All(participation, e => Assert.Equal(["ar", "en"], e.Sources.Select(s => s.Lang).Order()));
        var kz = (await temp.Store.GetNodesAsync([NodeIds.Country("KZ")], Ct))[NodeIds.Country("KZ")];
        Assert.Contains("Kazakh", kz.Aliases);
    }

    [Fact]
    public async Task IngestAsync_participantWithoutOfficeInDocument_takesCountryTheStoreKnows()
    {
        await using var temp = await TempStore.CreateAsync();
        await Ingestor(temp.Store).IngestAsync(TestDocuments.EnglishArticle, Ct);
        var later = new Article("later.txt", "ASTANA, Dec. 3 -- Xi Jinping and Bakytzhan Sagintayev met again.");
        var graph = new DocumentGraph(new DocumentInfo("later.txt", "en", "2018-12-03", null))
        {
            Entities = [new("Person", new("Xi Jinping", null)), new("Person", new("Bakytzhan Sagintayev", null))],
            Meetings = [new(["Xi Jinping", "Bakytzhan Sagintayev"], "2018-12-03", null)],
        };

        var report = await Ingestor(temp.Store, _ => graph).IngestAsync(later, Ct);

        Assert.False(report.AlreadyIngested);
        var page = await temp.Store.FindMeetingsAsync(new MeetingQuery(From: new DateOnly(2018, 12, 1)), Ct);
        Assert.Equal(["CN", "KZ"], Assert.Single(page.Meetings).Countries.Order());
    }

    [Fact]
    public async Task IngestAsync_graphWithBrokenReferences_writesWhatResolves()
    {
        await using var temp = await TempStore.CreateAsync();
        var broken = TestDocuments.English() with
        {
            Relations = [new("PROPOSED", "Xi Jinping", "Nothing We Know")],
            Meetings = [new(["Xi Jinping", "Nobody"], "2018-11-22", null)],
        };

        var report = await Ingestor(temp.Store, _ => broken).IngestAsync(TestDocuments.EnglishArticle, Ct);

        Assert.True(report.Write.NodesCreated > 0);
        Assert.Equal(0, (await temp.Store.GetStatsAsync(Ct)).Count(NodeKind.Meeting));
        Assert.Same(broken, report.Graph);
    }

    [Fact]
    public async Task AddIngestion_withStoreAndExtractor_resolvesTheIngestor()
    {
        await using var temp = await TempStore.CreateAsync();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IGraphStore>(temp.Store)
            .AddSingleton<IDocumentExtractor>(new FixedExtractor(_ => TestDocuments.English()))
            .AddIngestion();
        await using var provider = services.BuildServiceProvider();

        var ingestor = provider.GetRequiredService<IArticleIngestor>();
        var report = await ingestor.IngestAsync(TestDocuments.EnglishArticle, Ct);

        Assert.Equal(NodeIds.Article(TestDocuments.EnglishBody), report.ArticleId);
        Assert.Same(ingestor, provider.GetRequiredService<IArticleIngestor>());
    }
}
