using DiplomacyGraph.Export.Formats;

namespace DiplomacyGraph.Export.Tests.Support;

/// <summary>Writes a graph through the public writer entry point into an async-only stream and returns the bytes.</summary>
internal static class Exports
{
    public static async Task<byte[]> BytesAsync(ExportGraph graph, ExportFormat format)
    {
        var output = new AsyncOnlyStream();
        await GraphExporter.WriteAsync(graph, format, output, null, TestContext.Current.CancellationToken);
        return output.ToArray();
    }

    public static async Task<string> FileAsync(ExportGraph graph, ExportFormat format, string directory)
    {
        var bytes = await BytesAsync(graph, format);
        var path = Path.Combine(directory, "export" + ExportFormatInfo.Of(format).Extension);
        await File.WriteAllBytesAsync(path, bytes, TestContext.Current.CancellationToken);
        return path;
    }
}
