using DiplomacyGraph.Domain.Graph;

namespace DiplomacyGraph.Export.Tests.Support;

/// <summary>
/// A small graph shaped like the real one (persons, countries, a place, a meeting, an article, an initiative) whose
/// strings carry everything that breaks writers: Arabic, quotes, backslashes, semicolons, commas, newlines, tabs.
/// Generated, so the writers are tested without any store.
/// </summary>
internal static class SyntheticGraph
{
    public const string Xi = "person:xi-jinping";
    public const string Sagintayev = "person:bakytzhan-sagintayev";
    public const string Meeting = "meeting:2018-11-22:0123456789abcdef";
    public const string Article = "article:fedcba9876543210";
    public const string Beijing = "place:beijing";
    public const string Bri = "initiative:belt-and-road";
    public const string Tricky = "organization:tricky";

    public const string TrickyName = "O'Brien \"Quoted\" Back\\slash; semi, comma\nnew line\ttab";
    public const string TrickyArabic = "منظمة \"الاختبار\" ؛ 'مفردة' \\ خط";
    public const string Evidence = "التقى الرئيس الصيني شي جين بينغ رئيس الوزراء القازاقي باقيتجان ساغينتاييف في بكين يوم الخميس.";

    public static IReadOnlyList<GraphNode> Nodes { get; } =
    [
        new(Xi, NodeKind.Person, new Names("Xi Jinping", "شي جين بينغ"), ["شي جين بينج", "Xi"]),
        new(Sagintayev, NodeKind.Person, new Names("Bakytzhan Sagintayev", "باقيتجان ساغينتاييف", EnIsMachineMade: true), []),
        new("country:CN", NodeKind.Country, new Names("China", "الصين"), []) { Iso = "CN" },
        new("country:KZ", NodeKind.Country, new Names("Kazakhstan", "قازاقستان"), ["قازقستان"]) { Iso = "KZ" },
        new(Beijing, NodeKind.Place, new Names("Beijing", "بكين"), []) { CountryIso = "CN" },
        new(Meeting, NodeKind.Meeting, Names.Empty, []) { Date = new DateOnly(2018, 11, 22), Countries = ["CN", "KZ"] },
        new(Article, NodeKind.Article, new Names(null, "شي يلتقي رئيس الوزراء القازاقي"), [])
        {
            Date = new DateOnly(2018, 11, 22),
            Properties = new Dictionary<string, string> { ["url"] = "http://example.org/a?b=1&c=2", ["file"] = "000_ar.txt", ["lang"] = "ar", ["title"] = "شي يلتقي", ["desk"] = "Asia; \"Pacific\"" },
        },
        new(Bri, NodeKind.Initiative, new Names("Belt and Road Initiative", "مبادرة الحزام والطريق"), ["الحزام والطريق"]),
        new(Tricky, NodeKind.Organization, new Names(TrickyName, TrickyArabic), ["a;b", "\\'", "\"\""]),
    ];

    private static readonly EdgeSource Source = new(Article, "http://example.org/a?b=1&c=2", "000_ar.txt", "ar", Evidence, 0, Evidence.Length);

    public static IReadOnlyList<GraphEdge> Edges { get; } =
    [
        Edge(RelationshipTypes.ParticipatedIn, Xi, Meeting),
        Edge(RelationshipTypes.ParticipatedIn, Sagintayev, Meeting),
        Edge(RelationshipTypes.HeldIn, Meeting, Beijing),
        Edge(RelationshipTypes.ReportedIn, Meeting, Article),
        Edge(RelationshipTypes.LocatedIn, Beijing, "country:CN", sources: false),
        Edge(RelationshipTypes.HoldsOffice, Xi, "country:CN", "President") with { Properties = new Dictionary<string, string> { ["title"] = "President" } },
        // A parallel edge between the same two nodes: the multigraph key must keep them apart.
        Edge(RelationshipTypes.HoldsOffice, Xi, "country:CN", "General Secretary") with { Properties = new Dictionary<string, string> { ["title"] = "General Secretary", ["since"] = "2012" } },
        Edge(RelationshipTypes.HoldsOffice, Sagintayev, "country:KZ", "Prime Minister") with { Properties = new Dictionary<string, string> { ["title"] = "رئيس الوزراء" } },
        Edge(RelationshipTypes.Proposed, Xi, Bri),
        Edge(RelationshipTypes.Mentions, Article, Tricky),
    ];

    private static GraphEdge Edge(string type, string from, string to, string? discriminator = null, bool sources = true) =>
        new(NodeIds.Edge(type, from, to, discriminator), type, from, to) { Sources = sources ? [Source] : [] };

    public static ExportGraph Graph() => ExportGraph.FromLists(Nodes, Edges);

    /// <summary>A generated graph of any size, for streaming checks: persons meeting in pairs.</summary>
    public static async IAsyncEnumerable<GraphNode> ManyNodes(int count)
    {
        for (var i = 0; i < count; i++)
            yield return new GraphNode($"person:p{i:D7}", NodeKind.Person, new Names($"Person {i}", $"شخص {i}"), []);
        await Task.CompletedTask;
    }

    public static async IAsyncEnumerable<GraphEdge> ManyEdges(int nodes, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var from = $"person:p{i % nodes:D7}";
            var to = $"person:p{(i * 7 + 1) % nodes:D7}";
            yield return new GraphEdge($"edge:{i:D8}", "MET", from, to) { Sources = [Source] };
        }
        await Task.CompletedTask;
    }
}
