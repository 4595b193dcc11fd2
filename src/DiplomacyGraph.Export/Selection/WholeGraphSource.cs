using System.Runtime.CompilerServices;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;

namespace DiplomacyGraph.Export.Selection;

/// <summary>
/// The whole graph, streamed from the store's scans. Kinds keep the nodes of those kinds and the edges between them;
/// types alone keep the edges of those types and the nodes they touch. Either filter costs one pre-pass that
/// remembers the kept node ids (a set of strings, not the nodes).
/// </summary>
internal static class WholeGraphSource
{
    public static async Task<ExportGraph> CreateAsync(IGraphStore store, ExportSelection selection, CancellationToken ct)
    {
        if (selection.Kinds.Count == 0 && selection.Types.Count == 0)
        {
            var stats = await store.GetStatsAsync(ct);
            return new ExportGraph(store.ScanNodesAsync(ct), store.ScanEdgesAsync(ct), stats.Nodes, stats.Edges);
        }

        var keep = new HashSet<string>(StringComparer.Ordinal);
        if (selection.Kinds.Count > 0)
        {
            await foreach (var n in store.ScanNodesAsync(ct))
            {
                if (selection.Kinds.Contains(n.Kind)) keep.Add(n.Id);
            }
        }
        else
        {
            await foreach (var e in store.ScanEdgesAsync(ct))
            {
                if (!selection.Types.Contains(e.Type, StringComparer.Ordinal)) continue;
                keep.Add(e.From);
                keep.Add(e.To);
            }
        }
        return new ExportGraph(Nodes(store, keep, ct), Edges(store, keep, selection.Types, ct), keep.Count);
    }

    private static async IAsyncEnumerable<GraphNode> Nodes(IGraphStore store, HashSet<string> keep, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var n in store.ScanNodesAsync(ct))
        {
            if (keep.Contains(n.Id)) yield return n;
        }
    }

    private static async IAsyncEnumerable<GraphEdge> Edges(IGraphStore store, HashSet<string> keep, IReadOnlyList<string> types, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var e in store.ScanEdgesAsync(ct))
        {
            if ((types.Count == 0 || types.Contains(e.Type, StringComparer.Ordinal)) && keep.Contains(e.From) && keep.Contains(e.To))
                yield return e;
        }
    }
}
