using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;

namespace DiplomacyGraph.Api.Services;

/// <summary>
/// Finds nodes by id or by name. A name may be Arabic or English and any spelling the store knows: it goes through
/// <see cref="IGraphStore.SearchAsync"/>, which folds it the way the extractor does, and the best hit wins.
/// </summary>
internal sealed class EntityService(IGraphStore store)
{
    private static readonly HashSet<string> KindPrefixes =
        Enum.GetValues<NodeKind>().Select(k => NodeIds.Prefix(k) + ":").ToHashSet(StringComparer.Ordinal);

    /// <summary>The node with <paramref name="id"/>, else the best match for <paramref name="name"/>; null when neither finds one.</summary>
    public async Task<GraphNode?> FindAsync(string? id, string? name, NodeKind? kind, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(id))
        {
            var key = NormaliseId(id.Trim(), kind);
            var found = await store.GetNodesAsync([key], ct).ConfigureAwait(false);
            return found.TryGetValue(key, out var node) && (kind is null || node.Kind == kind) ? node : null;
        }
        if (string.IsNullOrWhiteSpace(name)) return null;
        var hits = await store.SearchAsync(new SearchQuery(name.Trim(), kind is null ? null : [kind.Value], 1), ct).ConfigureAwait(false);
        return hits.Count > 0 ? hits[0].Node : null;
    }

    /// <summary>
    /// The id an argument means: itself when it is an id (<c>person:…</c>, or an ISO code for a country), else the id
    /// of the best name match. Null when nothing matches, which callers turn into an empty result.
    /// </summary>
    public async Task<string?> ResolveIdAsync(string idOrName, NodeKind? kind, CancellationToken ct)
    {
        var text = idOrName.Trim();
        if (text.Length == 0) return null;
        if (LooksLikeId(text) || (kind == NodeKind.Country && IsIsoCode(text))) return NormaliseId(text, kind);
        return (await FindAsync(null, text, kind, ct).ConfigureAwait(false))?.Id;
    }

    /// <summary>Nodes whose names match <paramref name="text"/>, best first.</summary>
    public async Task<IReadOnlyList<GraphNode>> SearchAsync(string text, IReadOnlyList<NodeKind>? kinds, int first, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text) || first == 0) return [];
        var hits = await store.SearchAsync(new SearchQuery(text.Trim(), kinds, first), ct).ConfigureAwait(false);
        return [.. hits.Select(h => h.Node)];
    }

    /// <summary>The ISO code of a country id (<c>country:CN</c> → <c>CN</c>).</summary>
    public static string IsoOf(string countryId) =>
        countryId.StartsWith("country:", StringComparison.Ordinal) ? countryId["country:".Length..] : countryId;

    private static bool LooksLikeId(string text)
    {
        var colon = text.IndexOf(':');
        return colon > 0 && KindPrefixes.Contains(text[..(colon + 1)]);
    }

    private static bool IsIsoCode(string text) => text.Length == 2 && char.IsAsciiLetter(text[0]) && char.IsAsciiLetter(text[1]);

    private static string NormaliseId(string id, NodeKind? kind) =>
        kind == NodeKind.Country && IsIsoCode(id) ? NodeIds.Country(id) : id;
}
