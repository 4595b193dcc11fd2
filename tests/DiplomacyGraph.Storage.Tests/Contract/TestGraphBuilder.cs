using DiplomacyGraph.Domain.Graph;

namespace DiplomacyGraph.Storage.Tests.Contract;

/// <summary>Builds small graphs for the contract tests with the ids and edge shapes ingestion produces.</summary>
public sealed class TestGraphBuilder
{
    private readonly List<GraphNode> _nodes = [];
    private readonly List<GraphEdge> _edges = [];
    private string? _article;

    public static EdgeSource Source(string articleId, int start = 0, int end = 10, string? evidence = "evidence") =>
        new(articleId, "https://example.org/" + articleId, articleId + ".txt", "en", evidence, start, end);

    public string Person(string en, string? ar = null, params string[] aliases) =>
        Add(new GraphNode(NodeIds.Entity(NodeKind.Person, en), NodeKind.Person, new Names(en, ar), aliases));

    public string Country(string iso, string en, string? ar = null) =>
        Add(new GraphNode(NodeIds.Country(iso), NodeKind.Country, new Names(en, ar), []) { Iso = iso });

    public string Place(string en, string? ar, string iso)
    {
        var id = Add(new GraphNode(NodeIds.Entity(NodeKind.Place, en), NodeKind.Place, new Names(en, ar), []) { CountryIso = iso });
        if (_nodes.Any(n => n.Id == NodeIds.Country(iso))) Edge(RelationshipTypes.LocatedIn, id, NodeIds.Country(iso));
        return id;
    }

    public string Entity(NodeKind kind, string en, string? ar = null) =>
        Add(new GraphNode(NodeIds.Entity(kind, en), kind, new Names(en, ar), []));

    /// <summary>An Article node; following meetings and mentions are reported in it.</summary>
    public string Article(string name)
    {
        _article = Add(new GraphNode("article:" + name, NodeKind.Article, new Names(name, null), [])
        {
            Properties = new Dictionary<string, string> { ["file"] = name + ".txt" },
        });
        return _article;
    }

    public string Meeting(DateOnly? date, string[] participants, string[] countries, string? place = null)
    {
        var article = _article ?? Article("default");
        var id = NodeIds.Meeting(participants, date, article);
        Add(new GraphNode(id, NodeKind.Meeting, new Names("Meeting " + string.Join(" & ", participants), null), [])
        {
            Date = date,
            Countries = countries,
        });
        foreach (var p in participants) Edge(RelationshipTypes.ParticipatedIn, p, id);
        if (place is not null) Edge(RelationshipTypes.HeldIn, id, place);
        Edge(RelationshipTypes.ReportedIn, id, article);
        return id;
    }

    public string Edge(string type, string from, string to, string? discriminator = null, IReadOnlyDictionary<string, string>? properties = null, EdgeSource? source = null)
    {
        var id = NodeIds.Edge(type, from, to, discriminator);
        _edges.Add(new GraphEdge(id, type, from, to)
        {
            Properties = properties ?? new Dictionary<string, string>(),
            Sources = [source ?? Source(_article ?? "article:default")],
        });
        return id;
    }

    public GraphBatch Build() => new([.. _nodes], [.. _edges]);

    private string Add(GraphNode node)
    {
        _nodes.Add(node);
        return node.Id;
    }
}
