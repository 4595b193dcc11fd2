using System.IO.Compression;

namespace DiplomacyGraph.Export.Writers;

/// <summary>
/// A zip written straight to a forward-only stream (an HTTP body): entries one after another, asynchronously.
/// The archive is valid only once <see cref="DisposeAsync"/> has written the central directory, so a client never
/// sees a complete-looking zip from a write that failed half way.
/// </summary>
internal sealed class ZipOutput : IAsyncDisposable
{
    private readonly ZipArchive _zip;

    private ZipOutput(ZipArchive zip) => _zip = zip;

    public static async Task<ZipOutput> CreateAsync(Stream output, CancellationToken ct) =>
        new(await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, ct));

    /// <summary>Opens the next entry; dispose the stream before opening another.</summary>
    public async Task<Stream> OpenEntryAsync(string name, CancellationToken ct)
    {
        var entry = _zip.CreateEntry(name, CompressionLevel.Fastest);
        return await entry.OpenAsync(ct);
    }

    public ValueTask DisposeAsync() => _zip.DisposeAsync();
}
