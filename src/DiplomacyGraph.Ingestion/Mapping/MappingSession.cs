using DiplomacyGraph.Domain.Articles;
using DiplomacyGraph.Domain.Documents;
using DiplomacyGraph.Domain.Graph;

namespace DiplomacyGraph.Ingestion.Mapping;

/// <summary>The state of mapping one document: the nodes and edges so far, the references known, what was dropped.</summary>
internal sealed class MappingSession(Article article, DocumentGraph graph, string articleId)
{
    private readonly Dictionary<string, GraphNode> _nodes = new(StringComparer.Ordinal);
    private readonly List<string> _nodeOrder = [];
    private readonly Dictionary<string, GraphEdge> _edges = new(StringComparer.Ordinal);
    private readonly List<string> _edgeOrder = [];

    public string ArticleId { get; } = articleId;
    public Article Article { get; } = article;
    public DocumentGraph Graph { get; } = graph;
    public string? Lang { get; } = graph.Document.Lang ?? article.Lang;
    public string File { get; } = string.IsNullOrWhiteSpace(graph.Document.File) ? article.File : graph.Document.File;
    public string? Url { get; } = graph.Document.Url ?? article.Url;
    public ReferenceResolver References { get; } = new();
    public List<string> Dropped { get; } = [];

    public bool HasNode(string id) => _nodes.ContainsKey(id);

    public GraphNode? Node(string id) => _nodes.GetValueOrDefault(id);

    /// <summary>Adds a node; the same id twice in one document merges as a store would.</summary>
    public void AddNode(GraphNode node)
    {
        if (_nodes.TryGetValue(node.Id, out var existing))
        {
            if (existing.Kind != node.Kind)
            {
                Dropped.Add($"entity '{node.Names.Get("en")}' ({node.Kind}) has the id of a {existing.Kind}: left out");
                return;
            }
            _nodes[node.Id] = Storage.GraphMerge.Node(existing, node);
            return;
        }
        _nodes[node.Id] = node;
        _nodeOrder.Add(node.Id);
    }

    /// <summary>Adds an edge with one source read from <paramref name="evidence"/>; the same edge twice keeps both sources.</summary>
    public void AddEdge(string type, string from, string to, Span? evidence, string? discriminator = null, IReadOnlyDictionary<string, string>? properties = null)
    {
        var id = NodeIds.Edge(type, from, to, discriminator);
        var edge = new GraphEdge(id, type, from, to)
        {
            Properties = properties ?? new Dictionary<string, string>(),
            Sources = [Source(evidence)],
        };
        if (_edges.TryGetValue(id, out var existing))
        {
            _edges[id] = Storage.GraphMerge.Edge(existing, edge);
            return;
        }
        _edges[id] = edge;
        _edgeOrder.Add(id);
    }

    /// <summary>Provenance of a fact: the evidence span's text when the span lies inside the body, else no text at offset 0.</summary>
    public EdgeSource Source(Span? span)
    {
        var body = Article.Body;
        if (span is { } s && s.Start >= 0 && s.End >= s.Start && s.End <= body.Length)
            return new EdgeSource(ArticleId, Url, File, Lang, body[s.Start..s.End], s.Start, s.End);
        return new EdgeSource(ArticleId, Url, File, Lang, null, 0, 0);
    }

    public GraphBatch ToBatch() => new([.. _nodeOrder.Select(id => _nodes[id])], [.. _edgeOrder.Select(id => _edges[id])]);
}
