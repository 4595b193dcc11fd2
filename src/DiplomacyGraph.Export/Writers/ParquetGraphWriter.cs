using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Export.Formats;
using Parquet;
using Parquet.Schema;

namespace DiplomacyGraph.Export.Writers;

/// <summary>
/// <c>nodes.parquet</c> and <c>edges.parquet</c>, zipped together (one download, one file for the CLI).
/// Rows go out in row groups of <see cref="RowGroupSize"/>, so memory holds one row group at a time.
/// Parquet needs a seekable stream to write its footer, so each file is built in a temporary file and then
/// copied into the zip.
/// </summary>
internal sealed class ParquetGraphWriter : IGraphWriter
{
    public const int RowGroupSize = 10_000;

    public ExportFormat Format => ExportFormat.Parquet;

    public async Task WriteAsync(ExportGraph graph, Stream output, IProgress<ExportProgress>? progress, CancellationToken ct)
    {
        var counter = new ProgressCounter(graph, progress);
        await using (var zip = await ZipOutput.CreateAsync(output, ct))
        {
            await WriteFileAsync(zip, "nodes.parquet", ParquetNodeTable.Schema, graph.Nodes, counter.Node, ParquetNodeTable.WriteAsync, ct);
            await WriteFileAsync(zip, "edges.parquet", ParquetEdgeTable.Schema, graph.Edges, counter.Edge, ParquetEdgeTable.WriteAsync, ct);
        }
        counter.Complete();
    }

    private static async Task WriteFileAsync<T>(
        ZipOutput zip, string name, ParquetSchema schema, IAsyncEnumerable<T> rows, Action count,
        Func<ParquetRowGroupWriter, IReadOnlyList<T>, CancellationToken, Task> writeGroup, CancellationToken ct)
    {
        var path = Path.Combine(Path.GetTempPath(), "dg-export-" + Guid.NewGuid().ToString("N") + ".parquet");
        await using var temp = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16,
            FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        // Pool caps keep Parquet.Net's stream pool from holding on to freed buffers (its default is unbounded).
        var options = new ParquetOptions
        {
            CompressionMethod = CompressionMethod.Snappy,
            MaximumSmallPoolFreeBytes = 4 * 1024 * 1024,
            MaximumLargePoolFreeBytes = 16 * 1024 * 1024,
        };
        await using (var writer = await ParquetWriter.CreateAsync(schema, temp, options, append: false, ct))
        {
            var batch = new List<T>(RowGroupSize);
            await foreach (var row in rows.WithCancellation(ct))
            {
                batch.Add(row);
                count();
                if (batch.Count == RowGroupSize)
                {
                    await WriteGroupAsync(writer, batch, writeGroup, ct);
                    batch.Clear();
                }
            }
            // A file with no rows still gets one empty row group, so readers see the schema.
            if (batch.Count > 0 || temp.Length <= 4) await WriteGroupAsync(writer, batch, writeGroup, ct);
        }
        temp.Position = 0;
        await using var entry = await zip.OpenEntryAsync(name, ct);
        await temp.CopyToAsync(entry, ct);
    }

    private static async Task WriteGroupAsync<T>(ParquetWriter writer, IReadOnlyList<T> batch,
        Func<ParquetRowGroupWriter, IReadOnlyList<T>, CancellationToken, Task> writeGroup, CancellationToken ct)
    {
        using var group = writer.CreateRowGroup();
        await writeGroup(group, batch, ct);
        group.CompleteValidate();
    }
}
