using DiplomacyGraph.Domain.Graph;

namespace DiplomacyGraph.Storage;

/// <summary>
/// The checks every store runs on a batch before writing it, so that all stores reject the same batches
/// with the same messages. Checks that need the store (edge ends present, kinds unchanged) run in the store's transaction.
/// </summary>
public static class GraphBatchValidator
{
    /// <summary>Longest id a store accepts.</summary>
    public const int MaxIdLength = 512;

    /// <summary>Throws <see cref="InvalidGraphBatchException"/> at the first problem found.</summary>
    public static void Validate(GraphBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Nodes is null || batch.Edges is null) throw Invalid("a batch needs node and edge lists (empty lists are fine)");
        var kinds = new Dictionary<string, NodeKind>(StringComparer.Ordinal);
        for (var i = 0; i < batch.Nodes.Count; i++)
        {
            var node = batch.Nodes[i] ?? throw Invalid($"node #{i} is null");
            CheckId(node.Id, $"node #{i}");
            if (!Enum.IsDefined(node.Kind)) throw Invalid($"node '{node.Id}' has an unknown kind {(int)node.Kind}");
            if (node.Names is null) throw Invalid($"node '{node.Id}' has no names record (use Names.Empty)");
            if (node.Aliases is null || node.Aliases.Any(a => a is null)) throw Invalid($"node '{node.Id}' has a null alias list or a null alias");
            if (node.Countries is null || node.Countries.Any(string.IsNullOrWhiteSpace)) throw Invalid($"node '{node.Id}' has a null or empty country code");
            CheckProperties(node.Properties, $"node '{node.Id}'");
            if (kinds.TryGetValue(node.Id, out var seen) && seen != node.Kind)
                throw Invalid($"node '{node.Id}' appears twice in the batch with kinds {seen} and {node.Kind}");
            kinds[node.Id] = node.Kind;
        }

        var ends = new Dictionary<string, (string Type, string From, string To)>(StringComparer.Ordinal);
        for (var i = 0; i < batch.Edges.Count; i++)
        {
            var edge = batch.Edges[i] ?? throw Invalid($"edge #{i} is null");
            CheckId(edge.Id, $"edge #{i}");
            if (!IsRelationshipType(edge.Type))
                throw Invalid($"edge '{edge.Id}' has type '{edge.Type}'; a relationship type is upper snake case (A-Z, 0-9, _), at most 64 characters");
            CheckId(edge.From, $"edge '{edge.Id}' from");
            CheckId(edge.To, $"edge '{edge.Id}' to");
            CheckProperties(edge.Properties, $"edge '{edge.Id}'");
            if (edge.Sources is null) throw Invalid($"edge '{edge.Id}' has a null source list");
            foreach (var s in edge.Sources)
            {
                if (s is null || string.IsNullOrWhiteSpace(s.ArticleId)) throw Invalid($"edge '{edge.Id}' has a source without an article id");
                if (s.Start < 0 || s.End < s.Start) throw Invalid($"edge '{edge.Id}' has a source with bad offsets [{s.Start}, {s.End})");
            }
            if (ends.TryGetValue(edge.Id, out var e) && !SameShape(e.Type, e.From, e.To, edge))
                throw Invalid($"edge '{edge.Id}' appears twice in the batch with different types or ends");
            ends[edge.Id] = (edge.Type, edge.From, edge.To);
        }
    }

    /// <summary>True for upper snake case names such as HOLDS_OFFICE (safe to use as a Neo4j relationship type).</summary>
    public static bool IsRelationshipType(string? type)
    {
        if (string.IsNullOrEmpty(type) || type.Length > 64 || !char.IsAsciiLetterUpper(type[0])) return false;
        foreach (var c in type)
            if (!(char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_')) return false;
        return true;
    }

    /// <summary>
    /// True when <paramref name="edge"/> has this type and these ends; the ends of a symmetric type
    /// (<see cref="RelationshipTypes.IsSymmetric"/>) may come in either order, since its id ignores the order.
    /// </summary>
    public static bool SameShape(string type, string from, string to, GraphEdge edge) =>
        string.Equals(type, edge.Type, StringComparison.Ordinal)
        && ((string.Equals(from, edge.From, StringComparison.Ordinal) && string.Equals(to, edge.To, StringComparison.Ordinal))
            || (RelationshipTypes.IsSymmetric(type) && string.Equals(from, edge.To, StringComparison.Ordinal) && string.Equals(to, edge.From, StringComparison.Ordinal)));

    internal static InvalidGraphBatchException Invalid(string message) => new("invalid graph batch: " + message);

    private static void CheckId(string? id, string what)
    {
        if (string.IsNullOrWhiteSpace(id)) throw Invalid($"{what} has an empty id");
        if (id.Length > MaxIdLength) throw Invalid($"{what} has an id longer than {MaxIdLength} characters");
    }

    private static void CheckProperties(IReadOnlyDictionary<string, string>? properties, string what)
    {
        if (properties is null) throw Invalid($"{what} has a null property map");
        foreach (var (key, value) in properties)
            if (string.IsNullOrWhiteSpace(key) || value is null) throw Invalid($"{what} has an empty property name or a null value");
    }
}
