using DiplomacyGraph.Export.Formats;

namespace DiplomacyGraph.Export.Writers;

/// <summary>
/// Writes one format. Streams: holds at most a bounded buffer, whatever the graph's size, and writes to
/// <c>output</c> only asynchronously (HTTP response bodies refuse synchronous writes).
/// </summary>
internal interface IGraphWriter
{
    ExportFormat Format { get; }

    Task WriteAsync(ExportGraph graph, Stream output, IProgress<ExportProgress>? progress, CancellationToken ct);
}
