using DiplomacyGraph.Domain.Storage;
using DiplomacyGraph.Export.Formats;
using DiplomacyGraph.Export.Selection;
using DiplomacyGraph.Export.Writers;

namespace DiplomacyGraph.Export;

/// <summary>
/// The export service: resolves a selection against the store (every check and every name lookup happens here,
/// before a byte is written) and writes the result in a format. HTTP, GraphQL and the CLI all go through it.
/// </summary>
public sealed class GraphExporter(IGraphStore store, ExportLimits? limits = null)
{
    private readonly ExportLimits _limits = limits ?? ExportLimits.Default;

    /// <summary>The caps this exporter applies.</summary>
    public ExportLimits Limits => _limits;

    /// <summary>
    /// Validates and resolves a selection. Throws <see cref="ExportException"/> for a bad or unknown selection.
    /// Seed and filter selections are gathered here; the whole graph is streamed when written.
    /// </summary>
    public async Task<ExportGraph> ResolveAsync(ExportSelection selection, CancellationToken ct = default)
    {
        selection.Validate();
        if (selection.Mode == SelectionMode.WholeGraph) return await WholeGraphSource.CreateAsync(store, selection, ct);
        var sub = await new SubgraphResolver(store).ResolveAsync(selection, _limits.MaxSubgraphNodes, ct);
        return ExportGraph.FromLists(sub.Nodes, sub.Edges);
    }

    /// <summary>Resolves a selection into an in-memory subgraph of at most <paramref name="maxNodes"/> nodes (GraphQL).</summary>
    public async Task<Subgraph> ResolveSubgraphAsync(ExportSelection selection, int maxNodes, CancellationToken ct = default)
    {
        selection.Validate();
        if (selection.Mode != SelectionMode.WholeGraph) return await new SubgraphResolver(store).ResolveAsync(selection, maxNodes, ct);

        var graph = await WholeGraphSource.CreateAsync(store, selection, ct);
        var nodes = new List<Domain.Graph.GraphNode>();
        await foreach (var n in graph.Nodes.WithCancellation(ct))
        {
            if (nodes.Count == maxNodes)
                throw new ExportException(ExportErrorCodes.TooLarge, $"the selection holds more than {maxNodes} nodes; narrow it or use the file export.");
            nodes.Add(n);
        }
        var edges = new List<Domain.Graph.GraphEdge>();
        await foreach (var e in graph.Edges.WithCancellation(ct)) edges.Add(e);
        return new Subgraph(nodes, edges);
    }

    /// <summary>Writes a resolved graph in a format. Streams; the output is only written asynchronously.</summary>
    public static Task WriteAsync(ExportGraph graph, ExportFormat format, Stream output, IProgress<ExportProgress>? progress = null, CancellationToken ct = default) =>
        Writer(format).WriteAsync(graph, output, progress, ct);

    internal static IGraphWriter Writer(ExportFormat format) => format switch
    {
        ExportFormat.GraphMl => new GraphMlWriter(),
        ExportFormat.NodeLinkJson => new NodeLinkJsonWriter(),
        ExportFormat.Neo4jCsv => new Neo4jCsvWriter(),
        ExportFormat.Cypher => new CypherScriptWriter(),
        ExportFormat.Parquet => new ParquetGraphWriter(),
        _ => throw new ExportException(ExportErrorCodes.UnknownFormat, $"unknown format '{format}'; one of: {ExportFormatInfo.NameList}."),
    };
}
