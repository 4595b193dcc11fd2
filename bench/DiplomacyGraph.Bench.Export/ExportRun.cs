using System.Diagnostics;
using System.Globalization;
using DiplomacyGraph.Export;
using DiplomacyGraph.Export.Formats;

namespace DiplomacyGraph.Bench.Export;

/// <summary>One format's run: write to a temp file, measure time, size and the process's peak working set.</summary>
internal static class ExportRun
{
    public static async Task<string> RunAsync(ExportFormatInfo format, SyntheticGraphGenerator generator)
    {
        var path = Path.Combine(Path.GetTempPath(), "dg-bench-export-" + Guid.NewGuid().ToString("N") + format.Extension);
        GC.Collect();
        var baseline = Process.GetCurrentProcess().WorkingSet64;
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        try
        {
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
            {
                var graph = new ExportGraph(generator.Nodes(), generator.Edges(), generator.NodeCount, generator.EdgeCount);
                await GraphExporter.WriteAsync(graph, format.Format, file);
            }
            clock.Stop();
            var size = new FileInfo(path).Length / 1_048_576.0;
            process.Refresh();
            var seconds = clock.Elapsed.TotalSeconds;
            var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
            return string.Create(CultureInfo.InvariantCulture,
                $"{format.Name,-8} {size,9:0.0} {seconds,9:0.00} {size / seconds,8:0.0} {cpu,9:0.00} {size / cpu,10:0.0} {generator.EdgeCount / seconds,9:0} {process.PeakWorkingSet64 / 1_048_576.0,10:0} {baseline / 1_048_576.0,11:0}");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
