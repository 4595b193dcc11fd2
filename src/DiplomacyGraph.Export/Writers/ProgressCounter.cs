namespace DiplomacyGraph.Export.Writers;

/// <summary>Counts written items and reports every <see cref="Every"/> of them, so progress costs nothing per item.</summary>
internal sealed class ProgressCounter(ExportGraph graph, IProgress<ExportProgress>? sink)
{
    private const int Every = 4096;
    private long _nodes;
    private long _edges;

    public long Nodes => _nodes;

    public long Edges => _edges;

    public void Node()
    {
        if (++_nodes % Every == 0) Report(false);
    }

    public void Edge()
    {
        if (++_edges % Every == 0) Report(false);
    }

    public void Complete() => Report(true);

    private void Report(bool done) => sink?.Report(new ExportProgress(_nodes, _edges, graph.NodeCount, graph.EdgeCount, done));
}
