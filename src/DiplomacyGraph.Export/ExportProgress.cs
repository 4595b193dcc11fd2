namespace DiplomacyGraph.Export;

/// <summary>How far a write has got. Totals are null when the selection's size is not known up front.</summary>
public sealed record ExportProgress(long Nodes, long Edges, long? TotalNodes, long? TotalEdges, bool Done = false)
{
    /// <summary>Fraction done in 0..1, or null when the totals are unknown.</summary>
    public double? Fraction =>
        TotalNodes is { } n && TotalEdges is { } e
            ? n + e == 0 ? 1.0 : Math.Min(1.0, (double)(Nodes + Edges) / (n + e))
            : null;
}
