using DiplomacyGraph.Domain.Graph;

namespace DiplomacyGraph.Storage;

/// <summary>
/// The merge rules every store applies when a node or edge id is written again. Pure functions, so a store that
/// merges in its own query language can be checked against them.
/// </summary>
public static class GraphMerge
{
    /// <summary>
    /// Names by <see cref="Names.MergeWith"/>; a name that loses (either side's) is kept as an alias so search still
    /// finds it. Aliases and countries: ordinal union, existing first. Iso, CountryIso, Date: existing unless null.
    /// Properties: existing values kept, new keys added.
    /// </summary>
    public static GraphNode Node(GraphNode existing, GraphNode incoming)
    {
        var names = existing.Names.MergeWith(incoming.Names);
        var aliases = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string? a)
        {
            if (string.IsNullOrWhiteSpace(a) || a == names.En || a == names.Ar) return;
            if (seen.Add(a)) aliases.Add(a);
        }
        foreach (var a in existing.Aliases) Add(a);
        foreach (var a in incoming.Aliases) Add(a);
        Add(existing.Names.En);
        Add(existing.Names.Ar);
        Add(incoming.Names.En);
        Add(incoming.Names.Ar);

        return existing with
        {
            Names = names,
            Aliases = aliases,
            Iso = existing.Iso ?? incoming.Iso,
            CountryIso = existing.CountryIso ?? incoming.CountryIso,
            Date = existing.Date ?? incoming.Date,
            Countries = Union(existing.Countries, incoming.Countries),
            Properties = Properties(existing.Properties, incoming.Properties),
        };
    }

    /// <summary>The form a store keeps a new node in: aliases and countries without duplicates, no alias equal to a name.</summary>
    public static GraphNode Normalize(GraphNode node) =>
        Node(node with { Aliases = [], Countries = [], Properties = new Dictionary<string, string>() }, node);

    /// <summary>The form a store keeps a new edge in: sources without duplicates.</summary>
    public static GraphEdge Normalize(GraphEdge edge) =>
        Edge(edge with { Sources = [], Properties = new Dictionary<string, string>() }, edge);

    /// <summary>Properties: existing kept, new keys added. Sources: union by (article, start, end), existing first.</summary>
    public static GraphEdge Edge(GraphEdge existing, GraphEdge incoming)
    {
        var sources = existing.Sources.ToList();
        var keys = new HashSet<(string, int, int)>(sources.Select(Key));
        foreach (var s in incoming.Sources)
            if (keys.Add(Key(s))) sources.Add(s);
        return existing with { Properties = Properties(existing.Properties, incoming.Properties), Sources = sources };
    }

    /// <summary>True when the two nodes hold the same data (used to skip writes that change nothing).</summary>
    public static bool SameData(GraphNode a, GraphNode b) =>
        a.Kind == b.Kind && a.Names == b.Names && a.Iso == b.Iso && a.CountryIso == b.CountryIso && a.Date == b.Date
        && a.Aliases.SequenceEqual(b.Aliases, StringComparer.Ordinal)
        && a.Countries.SequenceEqual(b.Countries, StringComparer.Ordinal)
        && SameProperties(a.Properties, b.Properties);

    /// <summary>True when two property maps hold the same pairs.</summary>
    public static bool SameProperties(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var v) && string.Equals(v, p.Value, StringComparison.Ordinal));

    private static (string, int, int) Key(EdgeSource s) => (s.ArticleId, s.Start, s.End);

    private static IReadOnlyList<string> Union(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<string>(a.Count + b.Count);
        foreach (var x in a.Concat(b))
            if (seen.Add(x)) list.Add(x);
        return list;
    }

    private static IReadOnlyDictionary<string, string> Properties(IReadOnlyDictionary<string, string> existing, IReadOnlyDictionary<string, string> incoming)
    {
        var merged = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in existing) merged[k] = v;
        foreach (var (k, v) in incoming) merged.TryAdd(k, v);
        return merged;
    }

    /// <summary>A batch's nodes with repeated ids merged by <see cref="Node"/>, in batch order (first occurrence's position).</summary>
    public static List<GraphNode> DistinctNodes(IReadOnlyList<GraphNode> nodes) => DistinctById(nodes, n => n.Id, Node);

    /// <summary>A batch's edges with repeated ids merged by <see cref="Edge"/>, in batch order (first occurrence's position).</summary>
    public static List<GraphEdge> DistinctEdges(IReadOnlyList<GraphEdge> edges) => DistinctById(edges, e => e.Id, Edge);

    private static List<T> DistinctById<T>(IReadOnlyList<T> items, Func<T, string> id, Func<T, T, T> merge)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var list = new List<T>(items.Count);
        foreach (var item in items)
        {
            if (index.TryGetValue(id(item), out var i)) list[i] = merge(list[i], item);
            else
            {
                index[id(item)] = list.Count;
                list.Add(item);
            }
        }
        return list;
    }
}
