using DiplomacyGraph.Domain.Graph;

namespace DiplomacyGraph.Storage.Neo4j;

/// <summary>
/// What merging an incoming node or edge into a stored one yields (the <see cref="Domain.Storage.IGraphStore.WriteAsync"/>
/// contract): names by <see cref="Names.MergeWith"/>, aliases and countries as unions, scalar fields kept when already
/// set, free properties added but never overwritten, edge sources as a union keyed by article and offsets.
/// </summary>
internal static class GraphMergeRules
{
    public static GraphNode Merge(GraphNode stored, GraphNode incoming) =>
        stored with
        {
            Names = stored.Names.MergeWith(incoming.Names),
            Aliases = Union(stored.Aliases, incoming.Aliases),
            Iso = stored.Iso ?? incoming.Iso,
            CountryIso = stored.CountryIso ?? incoming.CountryIso,
            Date = stored.Date ?? incoming.Date,
            Countries = Union(stored.Countries, incoming.Countries),
            Properties = AddMissing(stored.Properties, incoming.Properties),
        };

    public static GraphEdge Merge(GraphEdge stored, GraphEdge incoming) =>
        stored with
        {
            Properties = AddMissing(stored.Properties, incoming.Properties),
            Sources = stored.Sources
                .Concat(incoming.Sources)
                .DistinctBy(s => (s.ArticleId, s.Start, s.End))
                .ToList(),
        };

    private static List<string> Union(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Concat(b).Distinct(StringComparer.Ordinal).ToList();

    private static Dictionary<string, string> AddMissing(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b)
    {
        var merged = new Dictionary<string, string>(a, StringComparer.Ordinal);
        foreach (var (k, v) in b) merged.TryAdd(k, v);
        return merged;
    }
}
