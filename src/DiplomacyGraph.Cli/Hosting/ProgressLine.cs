namespace DiplomacyGraph.Cli.Hosting;

/// <summary>
/// Progress for long work: one redrawn line on a terminal, a line every few percent when output is redirected
/// (so logs stay readable), nothing for a single item.
/// </summary>
internal sealed class ProgressLine(TextWriter output, int total, string label)
{
    private readonly bool _terminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
    private int _done;
    private int _lastPercentShown = -1;
    private bool _lineOpen;

    public void Step(string item)
    {
        _done++;
        if (total <= 1) return;
        var percent = _done * 100 / total;
        if (_terminal)
        {
            var text = $"{label} [{_done}/{total}] {percent,3}% {item}";
            output.Write("\r" + text.PadRight(Math.Min(Console.WindowWidth > 0 ? Console.WindowWidth - 1 : 79, 100)));
            _lineOpen = true;
        }
        else if (percent / 10 != _lastPercentShown / 10)
        {
            _lastPercentShown = percent;
            output.WriteLine($"{label}: {_done}/{total} ({percent}%)");
        }
    }

    /// <summary>Writes something else (an error) without garbling the progress line.</summary>
    public void Interrupt(Action write)
    {
        if (_lineOpen) { output.WriteLine(); _lineOpen = false; }
        write();
    }

    public void Done()
    {
        if (_lineOpen) { output.WriteLine(); _lineOpen = false; }
    }
}
