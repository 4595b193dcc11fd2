using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Text;

namespace DiplomacyGraph.Ingestion.Mapping;

/// <summary>
/// Finds the entity a meeting, office or relation refers to: by its reference name exactly, else by any of its
/// names, aliases or ISO code after NameKey folding. First registered wins when two entities share a key.
/// </summary>
internal sealed class ReferenceResolver
{
    private readonly Dictionary<string, List<(string Id, NodeKind Kind)>> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Id, NodeKind Kind)>> _folded = new(StringComparer.Ordinal);

    public void Add(string id, NodeKind kind, IEnumerable<string?> names)
    {
        foreach (var name in names)
        {
            if (string.IsNullOrWhiteSpace(name)) continue;
            Register(_exact, name.Trim(), id, kind);
            var key = NameKey.Of(name);
            if (key.Length > 0) Register(_folded, key, id, kind);
        }
    }

    /// <summary>The id of the entity named <paramref name="reference"/>, of one of <paramref name="kinds"/> when given.</summary>
    public string? Resolve(string? reference, params NodeKind[] kinds)
    {
        if (string.IsNullOrWhiteSpace(reference)) return null;
        return Pick(_exact, reference.Trim(), kinds) ?? Pick(_folded, NameKey.Of(reference), kinds);
    }

    private static string? Pick(Dictionary<string, List<(string Id, NodeKind Kind)>> index, string key, NodeKind[] kinds) =>
        index.TryGetValue(key, out var list)
            ? list.Where(e => kinds.Length == 0 || kinds.Contains(e.Kind)).Select(e => e.Id).FirstOrDefault()
            : null;

    private static void Register(Dictionary<string, List<(string Id, NodeKind Kind)>> index, string key, string id, NodeKind kind)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        if (!list.Any(e => e.Id == id)) list.Add((id, kind));
    }
}
