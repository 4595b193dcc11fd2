using System.Diagnostics;
using System.Globalization;
using DiplomacyGraph.Export;

namespace DiplomacyGraph.Cli.Commands;

/// <summary>
/// Export progress on stderr: a redrawn bar on a terminal; plain lines (every 10 % or, when the size is unknown,
/// every 5 s) when stderr is redirected, so logs stay readable.
/// </summary>
internal sealed class ExportProgressBar(TextWriter output, bool terminal)
{
    private const int Width = 30;
    private static readonly TimeSpan RedrawEvery = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan PlainEvery = TimeSpan.FromSeconds(5);

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastDraw = TimeSpan.MinValue;
    private int _lastTenth = -1;
    private bool _lineOpen;

    public void Report(ExportProgress p)
    {
        var now = _clock.Elapsed;
        var fraction = p.Fraction;
        if (terminal)
        {
            if (!p.Done && now - _lastDraw < RedrawEvery) return;
            _lastDraw = now;
            var bar = fraction is { } f
                ? "[" + new string('#', (int)(f * Width)).PadRight(Width, '.') + "] " + (f * 100).ToString("0", CultureInfo.InvariantCulture).PadLeft(3) + "% "
                : "[" + new string('.', Width) + "] ";
            output.Write("\r" + bar + Counts(p));
            _lineOpen = true;
            return;
        }

        if (fraction is { } g)
        {
            var tenth = (int)(g * 10);
            if (tenth == _lastTenth && !p.Done) return;
            _lastTenth = tenth;
            output.WriteLine($"export: {(g * 100).ToString("0", CultureInfo.InvariantCulture)}% {Counts(p)}");
        }
        else if (p.Done || now - _lastDraw >= PlainEvery)
        {
            _lastDraw = now;
            output.WriteLine("export: " + Counts(p));
        }
    }

    public void Done()
    {
        if (!_lineOpen) return;
        output.WriteLine();
        _lineOpen = false;
    }

    private static string Counts(ExportProgress p) =>
        string.Create(CultureInfo.InvariantCulture, $"{p.Nodes:N0} nodes, {p.Edges:N0} edges");
}
