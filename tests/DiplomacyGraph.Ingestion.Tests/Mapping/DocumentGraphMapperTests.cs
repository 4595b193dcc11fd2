using DiplomacyGraph.Domain.Articles;
using DiplomacyGraph.Domain.Documents;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Ingestion.Mapping;

namespace DiplomacyGraph.Ingestion.Tests.Mapping;

public sealed class DocumentGraphMapperTests
{
    private readonly DocumentGraphMapper _mapper = new();

    private static string Person(string en) => NodeIds.Entity(NodeKind.Person, en);

    [Fact]
    public void Map_foundingArticleGold_producesTheExpectedNodesAndEdges()
    {
        var gold = DocumentGraphJson.Deserialize(File.ReadAllText(TestPaths.RequireSharedFile("gold", "000_ar.gold.json")))!;
        var article = ArticleParser.Parse("000_ar.txt", File.ReadAllText(TestPaths.RequireSharedFile("corpus", "dev", "000_ar.txt")));

        var mapped = _mapper.Map(article, gold);

        Assert.Empty(mapped.Dropped);
        var nodes = mapped.Batch.Nodes.ToDictionary(n => n.Id);
        Assert.Equal(NodeIds.Article(article.Body), mapped.ArticleId);
        var articleNode = nodes[mapped.ArticleId];
        Assert.Equal(NodeKind.Article, articleNode.Kind);
        Assert.Equal(new DateOnly(2018, 11, 22), articleNode.Date);
        Assert.Equal("000_ar.txt", articleNode.Properties["file"]);
        Assert.Equal("ar", articleNode.Properties["lang"]);
        // 10 entities, the article and the meeting.
        Assert.Equal(12, nodes.Count);
        Assert.Equal(3, nodes.Values.Count(n => n.Kind == NodeKind.Person));
        Assert.Equal(["CN", "KZ"], nodes.Values.Where(n => n.Kind == NodeKind.Country).Select(n => n.Iso).Order());
        Assert.Equal(["قازقستان"], nodes[NodeIds.Country("KZ")].Aliases);
        Assert.Equal("CN", nodes[NodeIds.Entity(NodeKind.Place, "Beijing")].CountryIso);

        var xi = Person("Xi Jinping");
        var sagintayev = Person("Bakytzhan Sagintayev");
        var meetingId = NodeIds.Meeting([xi, sagintayev], new DateOnly(2018, 11, 22), mapped.ArticleId);
        var meeting = nodes[meetingId];
        Assert.Equal(NodeKind.Meeting, meeting.Kind);
        Assert.Equal(new DateOnly(2018, 11, 22), meeting.Date);
        Assert.Equal(["CN", "KZ"], meeting.Countries.Order());
        Assert.Contains("Xi Jinping", meeting.Names.En, StringComparison.Ordinal);
        Assert.Contains("شي جين بينغ", meeting.Names.Ar, StringComparison.Ordinal);

        var edges = mapped.Batch.Edges;
        Assert.All(edges, e => Assert.Equal(mapped.ArticleId, Assert.Single(e.Sources).ArticleId));
        Assert.Equal(10, edges.Count(e => e.Type == RelationshipTypes.Mentions));
        Assert.Equal([sagintayev, xi], edges.Where(e => e.Type == RelationshipTypes.ParticipatedIn && e.To == meetingId).Select(e => e.From).Order(StringComparer.Ordinal));
        Assert.Single(edges, e => e.Type == RelationshipTypes.HeldIn && e.From == meetingId && e.To == NodeIds.Entity(NodeKind.Place, "Beijing"));
        Assert.Single(edges, e => e.Type == RelationshipTypes.ReportedIn && e.From == meetingId && e.To == mapped.ArticleId);
        Assert.Single(edges, e => e.Type == RelationshipTypes.LocatedIn && e.To == NodeIds.Country("CN"));
        var offices = edges.Where(e => e.Type == RelationshipTypes.HoldsOffice).Select(e => (e.From, e.To, e.Properties["title"])).ToList();
        Assert.Equal(3, offices.Count);
        Assert.Contains((xi, NodeIds.Country("CN"), "President"), offices);
        Assert.Contains((Person("Nursultan Nazarbayev"), NodeIds.Country("KZ"), "President"), offices);
        var partner = Assert.Single(edges, e => e.Type == RelationshipTypes.PartnerOf);
        Assert.Equal("comprehensive strategic partnership", partner.Properties["kind"]);
        Assert.Equal(2, edges.Count(e => e.Type == RelationshipTypes.AlignedWith));
        Assert.Equal(2, edges.Count(e => e.Type == RelationshipTypes.ConveyedGreetings));
        Assert.Equal(2, edges.Count(e => e.Type == RelationshipTypes.Proposed));
        Assert.Equal(mapped.Batch.Edges.Count, mapped.Batch.Edges.Select(e => e.Id).Distinct().Count());
        Assert.All(edges, e => Assert.True(nodes.ContainsKey(e.From) && nodes.ContainsKey(e.To), $"edge {e.Type} {e.From} -> {e.To} leaves the batch"));
    }

    [Fact]
    public void Map_evidenceSpans_carryTheSentenceAndOffsets()
    {
        var mapped = _mapper.Map(TestDocuments.EnglishArticle, TestDocuments.English());

        var office = mapped.Batch.Edges.First(e => e.Type == RelationshipTypes.HoldsOffice);
        var source = Assert.Single(office.Sources);
        Assert.Equal((0, TestDocuments.EnglishBody.Length), (source.Start, source.End));
        Assert.Equal(TestDocuments.EnglishBody, source.Evidence);
        Assert.Equal("https://example.org/en/1", source.Url);
        Assert.Equal("en", source.Lang);
        var mention = mapped.Batch.Edges.First(e => e.Type == RelationshipTypes.Mentions && e.To == Person("Xi Jinping"));
        Assert.Equal("Xi Jinping", mention.Sources[0].Evidence);
    }

    [Fact]
    public void Map_unresolvedReferencesAndBadSpans_areDroppedAndCountedNotThrown()
    {
        var graph = TestDocuments.English() with
        {
            Meetings =
            [
                new(["Xi Jinping", "Nobody Known"], "2018-11-22", "Beijing"),
                new(["Xi Jinping", "Bakytzhan Sagintayev"], "not a date", "Atlantis") { Evidence = new Span(50, 10_000) },
            ],
            Offices = [new("Nobody Known", "President", "FR"), new("Xi Jinping", "President", null)],
            Relations = [new("PROPOSED", "Xi Jinping", "Unknown Initiative"), new("spoke at", "Xi Jinping", "Beijing"), new("!!", "Xi Jinping", "China")],
            Entities = [.. TestDocuments.English().Entities, new("Starship", new("Enterprise", null))],
        };

        var mapped = _mapper.Map(TestDocuments.EnglishArticle, graph);

        // participant, meeting, place, two offices, one relation target, one bad type, one unknown entity type.
        Assert.Equal(8, mapped.Dropped.Count);
        var meeting = Assert.Single(mapped.Batch.Nodes, n => n.Kind == NodeKind.Meeting);
        Assert.Null(meeting.Date);
        Assert.StartsWith("meeting:undated:", meeting.Id, StringComparison.Ordinal);
        Assert.Empty(meeting.Countries);
        var reported = Assert.Single(mapped.Batch.Edges, e => e.Type == RelationshipTypes.ReportedIn);
        Assert.Null(reported.Sources[0].Evidence);
        Assert.Single(mapped.Batch.Edges, e => e.Type == "SPOKE_AT");
        Assert.Equal(2, mapped.ParticipantsWithoutCountry.Count);
    }

    [Fact]
    public void Map_arabicAndEnglishReportsOfOneMeeting_giveTheSameIds()
    {
        var ar = _mapper.Map(TestDocuments.ArabicArticle, TestDocuments.Arabic());
        var en = _mapper.Map(TestDocuments.EnglishArticle, TestDocuments.English());

        Assert.NotEqual(ar.ArticleId, en.ArticleId);
        Assert.Equal(Ids(ar, NodeKind.Person), Ids(en, NodeKind.Person));
        Assert.Equal(Ids(ar, NodeKind.Meeting), Ids(en, NodeKind.Meeting));
        Assert.Equal(Ids(ar, NodeKind.Place), Ids(en, NodeKind.Place));
        Assert.Single(Ids(ar, NodeKind.Meeting));
    }

    [Fact]
    public void Map_machineTransliteratedName_takesItsIdFromTheArabicName()
    {
        var graph = new DocumentGraph(new DocumentInfo("x.txt", "ar", null, null))
        {
            Entities = [new("Person", new("Abd al-Rahman", "عبد الرحمن")) { MachineTransliterated = true }],
        };
        var node = Assert.Single(_mapper.Map(new Article("x.txt", "نص"), graph).Batch.Nodes, n => n.Kind == NodeKind.Person);
        Assert.Equal(NodeIds.Entity(NodeKind.Person, "عبد الرحمن"), node.Id);
        Assert.True(node.Names.EnIsMachineMade);
    }

    private static List<string> Ids(MappedDocument d, NodeKind kind) =>
        [.. d.Batch.Nodes.Where(n => n.Kind == kind).Select(n => n.Id).Order(StringComparer.Ordinal)];
}
