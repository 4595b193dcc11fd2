using DiplomacyGraph.Domain.Graph;

namespace DiplomacyGraph.Domain.Storage;

/// <summary>Node counts per kind and the edge count.</summary>
public sealed record GraphStats(IReadOnlyDictionary<NodeKind, long> NodesByKind, long Edges)
{
    public long Nodes => NodesByKind.Values.Sum();

    public long Count(NodeKind kind) => NodesByKind.TryGetValue(kind, out var n) ? n : 0;
}
