using DiplomacyGraph.Domain.Graph;

namespace DiplomacyGraph.Api.Tests.Infrastructure;

/// <summary>
/// The graph the API tests run on, built as GraphBatches: the facts of the founding article (Xi Jinping meets
/// Bakytzhan Sagintayev in Beijing, 2018-11-22) plus synthetic meetings for paging, buckets, counterparts and paths.
/// </summary>
internal static class TestGraph
{
    public static readonly string Xi = NodeIds.Entity(NodeKind.Person, "Xi Jinping");
    public static readonly string Sagintayev = NodeIds.Entity(NodeKind.Person, "Bakytzhan Sagintayev");
    public static readonly string Nazarbayev = NodeIds.Entity(NodeKind.Person, "Nursultan Nazarbayev");
    public static readonly string Sisi = NodeIds.Entity(NodeKind.Person, "Abdel Fattah el-Sisi");
    public static readonly string Beijing = NodeIds.Entity(NodeKind.Place, "Beijing");
    public static readonly string Astana = NodeIds.Entity(NodeKind.Place, "Astana");
    public static readonly string Belt = NodeIds.Entity(NodeKind.Initiative, "Silk Road Economic Belt");
    public static readonly string NurlyZhol = NodeIds.Entity(NodeKind.Initiative, "Nurly Zhol");
    public static readonly string FoundingArticle = NodeIds.Article("api-tests: founding article stand-in");
    public static readonly string SyntheticArticle = NodeIds.Article("api-tests: synthetic article");
    public static readonly DateOnly FoundingDate = new(2018, 11, 22);
    public static readonly string FoundingMeeting = NodeIds.Meeting([Xi, Sagintayev], FoundingDate, FoundingArticle);

    /// <summary>Visitors who each met Xi once in 2020, enough for more than one page of 100.</summary>
    public const int VisitorCount = 110;

    /// <summary>Xi's meetings: the founding one, two more with Sagintayev, one with Sisi, and the visitors'.</summary>
    public const int XiMeetingCount = 4 + VisitorCount;

    public const string Evidence = "استقبل الرئيس الصيني شي جين بينغ رئيس الوزراء القازاقي باكيتجان ساجينتاييف في بكين.";

    public static GraphBatch Build()
    {
        var nodes = new List<GraphNode>
        {
            Person(Xi, "Xi Jinping", "شي جين بينغ", "شي"),
            Person(Sagintayev, "Bakytzhan Sagintayev", "باكيتجان ساجينتاييف", "ساجينتاييف"),
            Person(Nazarbayev, "Nursultan Nazarbayev", "نور سلطان نزارباييف", "نزارباييف"),
            Person(Sisi, "Abdel Fattah el-Sisi", "عبد الفتاح السيسي", "السيسي"),
            Country("CN", "China", "الصين"),
            Country("KZ", "Kazakhstan", "قازاقستان", "قازقستان"),
            Country("EG", "Egypt", "مصر"),
            Country("FR", "France", "فرنسا"),
            new GraphNode(Beijing, NodeKind.Place, new Names("Beijing", "بكين"), []) { CountryIso = "CN" },
            new GraphNode(Astana, NodeKind.Place, new Names("Astana", "أستانا"), []) { CountryIso = "KZ" },
            new GraphNode(Belt, NodeKind.Initiative, new Names("Silk Road Economic Belt", "الحزام الاقتصادي لطريق الحرير"), []),
            new GraphNode(NurlyZhol, NodeKind.Initiative, new Names("Nurly Zhol", "نورلي جول"), ["Bright Path"]),
            Article(FoundingArticle, "000_ar.txt", "ar", "http://example.org/000"),
            Article(SyntheticArticle, "synthetic.txt", "en", "http://example.org/synthetic"),
        };
        var edges = new List<GraphEdge>
        {
            Office(Xi, "CN", "President"),
            Office(Sagintayev, "KZ", "Prime Minister"),
            Office(Nazarbayev, "KZ", "President"),
            Office(Sisi, "EG", "President"),
            Edge(RelationshipTypes.LocatedIn, Beijing, NodeIds.Country("CN"), FoundingArticle),
            Edge(RelationshipTypes.LocatedIn, Astana, NodeIds.Country("KZ"), SyntheticArticle),
            Edge(RelationshipTypes.Proposed, Xi, Belt, FoundingArticle),
            Edge(RelationshipTypes.AlignedWith, Belt, NurlyZhol, FoundingArticle),
            Edge(RelationshipTypes.ConveyedGreetings, Nazarbayev, Xi, FoundingArticle),
        };
        Meeting(nodes, edges, [Xi, Sagintayev], ["CN", "KZ"], FoundingDate, Beijing, FoundingArticle);
        Meeting(nodes, edges, [Xi, Sagintayev], ["CN", "KZ"], new DateOnly(2019, 1, 15), Astana, SyntheticArticle);
        Meeting(nodes, edges, [Xi, Sagintayev], ["CN", "KZ"], new DateOnly(2019, 3, 10), Beijing, SyntheticArticle);
        Meeting(nodes, edges, [Xi, Sisi], ["CN", "EG"], new DateOnly(2019, 4, 25), Beijing, SyntheticArticle);
        for (var i = 1; i <= VisitorCount; i++)
        {
            var id = NodeIds.Entity(NodeKind.Person, $"Visitor {i:000}");
            nodes.Add(Person(id, $"Visitor {i:000}", $"الزائر {i:000}"));
            edges.Add(Office(id, "FR", "Envoy"));
            Meeting(nodes, edges, [Xi, id], ["CN", "FR"], new DateOnly(2020, 1, 1).AddDays(i), Beijing, SyntheticArticle);
        }
        return new GraphBatch(nodes, edges);
    }

    public static string MeetingId(string a, string b, DateOnly date) => NodeIds.Meeting([a, b], date, SyntheticArticle);

    private static GraphNode Person(string id, string en, string ar, params string[] aliases) => new(id, NodeKind.Person, new Names(en, ar), aliases);

    private static GraphNode Country(string iso, string en, string ar, params string[] aliases) =>
        new(NodeIds.Country(iso), NodeKind.Country, new Names(en, ar), aliases) { Iso = iso };

    private static GraphNode Article(string id, string file, string lang, string url) =>
        new(id, NodeKind.Article, Names.Empty, [])
        {
            Properties = new Dictionary<string, string> { ["file"] = file, ["lang"] = lang, ["url"] = url },
        };

    private static EdgeSource Source(string article) =>
        article == FoundingArticle
            ? new EdgeSource(article, "http://example.org/000", "000_ar.txt", "ar", Evidence, 0, Evidence.Length)
            : new EdgeSource(article, "http://example.org/synthetic", "synthetic.txt", "en", "They met.", 0, 9);

    private static GraphEdge Edge(string type, string from, string to, string article, string? discriminator = null) =>
        new(NodeIds.Edge(type, from, to, discriminator), type, from, to) { Sources = [Source(article)] };

    private static GraphEdge Office(string person, string iso, string title) =>
        Edge(RelationshipTypes.HoldsOffice, person, NodeIds.Country(iso), FoundingArticle, title) with
        {
            Properties = new Dictionary<string, string> { ["title"] = title },
        };

    private static void Meeting(List<GraphNode> nodes, List<GraphEdge> edges, string[] persons, string[] countries, DateOnly date, string place, string article)
    {
        var id = NodeIds.Meeting(persons, date, article);
        nodes.Add(new GraphNode(id, NodeKind.Meeting, Names.Empty, []) { Date = date, Countries = countries });
        foreach (var p in persons) edges.Add(Edge(RelationshipTypes.ParticipatedIn, p, id, article));
        edges.Add(Edge(RelationshipTypes.HeldIn, id, place, article));
        edges.Add(Edge(RelationshipTypes.ReportedIn, id, article, article));
    }
}
