using System.IO.Compression;

namespace DiplomacyGraph.Export.Writers;

/// <summary>
/// A zip written straight to a forward-only stream (an HTTP body): entries one after another. The zip classes
/// write synchronously when an entry closes, so everything passes through a <see cref="SpoolStream"/> that is
/// drained asynchronously after each write. The archive is valid only once <see cref="DisposeAsync"/> has written
/// the central directory, so a client never sees a complete-looking zip from a write that failed half way.
/// </summary>
internal sealed class ZipOutput : IAsyncDisposable
{
    private readonly ZipArchive _zip;
    private readonly SpoolStream _spool;

    private ZipOutput(ZipArchive zip, SpoolStream spool)
    {
        _zip = zip;
        _spool = spool;
    }

    public static async Task<ZipOutput> CreateAsync(Stream output, CancellationToken ct)
    {
        var spool = new SpoolStream(output);
        var zip = await ZipArchive.CreateAsync(spool, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, ct);
        return new ZipOutput(zip, spool);
    }

    /// <summary>Opens the next entry; dispose the stream before opening another.</summary>
    public async Task<Stream> OpenEntryAsync(string name, CancellationToken ct)
    {
        var entry = _zip.CreateEntry(name, CompressionLevel.Fastest);
        return new EntryStream(await entry.OpenAsync(ct), _spool);
    }

    public async ValueTask DisposeAsync()
    {
        await _zip.DisposeAsync();
        await _spool.DrainAsync(CancellationToken.None);
    }

    /// <summary>An entry's stream that drains the spool after every write and on close.</summary>
    private sealed class EntryStream(Stream entry, SpoolStream spool) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await entry.WriteAsync(buffer, cancellationToken);
            await spool.DrainAsync(cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Write(byte[] buffer, int offset, int count) => entry.Write(buffer, offset, count);

        public override void Flush() => entry.Flush();

        public override async ValueTask DisposeAsync()
        {
            await entry.DisposeAsync();
            await spool.DrainAsync(CancellationToken.None);
            await base.DisposeAsync();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) entry.Dispose();
            base.Dispose(disposing);
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
