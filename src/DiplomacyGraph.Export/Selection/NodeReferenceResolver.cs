using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;

namespace DiplomacyGraph.Export.Selection;

/// <summary>
/// Turns what a user typed (a store id, or a name in Arabic or English) into one node. Only an exact name or alias
/// match counts: a fuzzy guess would silently export the wrong neighbourhood. No match, or two equally good
/// matches, is an <see cref="ExportException"/> naming the candidates.
/// </summary>
internal sealed class NodeReferenceResolver(IGraphStore store)
{
    // Search scores 1 for an exact (folded) name or alias; prefix, token and phonetic matches score lower.
    private const double ExactScore = 0.999;

    public async Task<GraphNode> ResolveAsync(string reference, string role, IReadOnlyList<NodeKind>? kinds, CancellationToken ct)
    {
        var text = reference.Trim();
        var byId = await store.GetNodesAsync([text], ct);
        if (byId.TryGetValue(text, out var node)) return CheckKind(node, reference, role, kinds);

        var hits = await store.SearchAsync(new SearchQuery(text, kinds is { Count: > 0 } ? kinds : null, First: 5), ct);
        var exact = hits.Where(h => h.Score >= ExactScore).DistinctBy(h => h.Node.Id, StringComparer.Ordinal).ToList();
        if (exact.Count == 1) return exact[0].Node;
        if (exact.Count > 1)
        {
            throw new ExportException(ExportErrorCodes.UnknownSeed,
                $"{role} '{reference}' names {exact.Count} nodes ({Describe(exact)}); give the id instead.");
        }
        var hint = hits.Count > 0 ? $" Did you mean: {Describe(hits)}?" : string.Empty;
        throw new ExportException(ExportErrorCodes.UnknownSeed, $"unknown {role} '{reference}': no node has this id or name.{hint}");
    }

    private static GraphNode CheckKind(GraphNode node, string reference, string role, IReadOnlyList<NodeKind>? kinds) =>
        kinds is not { Count: > 0 } || kinds.Contains(node.Kind)
            ? node
            : throw new ExportException(ExportErrorCodes.UnknownSeed,
                $"{role} '{reference}' is a {node.Kind}, not a {string.Join(" or ", kinds)}.");

    private static string Describe(IEnumerable<SearchHit> hits) =>
        string.Join("; ", hits.Take(5).Select(h => $"{h.Node.Id} \"{h.Node.Names.Get("en")}\""));
}
