namespace DiplomacyGraph.Export.Writers;

/// <summary>
/// Sits between a writer that sometimes writes synchronously (a zip entry closing its deflate stream) and an
/// output that only accepts asynchronous writes (an HTTP body). Writes land in memory; <see cref="DrainAsync"/>
/// moves them on asynchronously. Callers drain after every chunk, so the buffer stays one chunk large.
/// </summary>
internal sealed class SpoolStream(Stream output) : Stream
{
    private readonly MemoryStream _buffer = new();
    private long _written;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();

    // The zip writer reads Position to record entry offsets; it is the count of bytes accepted so far.
    public override long Position { get => _written; set => throw new NotSupportedException(); }

    public async Task DrainAsync(CancellationToken ct)
    {
        if (_buffer.Length == 0) return;
        await output.WriteAsync(_buffer.GetBuffer().AsMemory(0, (int)_buffer.Length), ct);
        _buffer.SetLength(0);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _buffer.Write(buffer);
        _written += buffer.Length;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    // Nothing to do synchronously: the bytes wait in memory for the next drain.
    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => DrainAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
