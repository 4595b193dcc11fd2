using System.Globalization;
using System.Text;

namespace DiplomacyGraph.Extraction.Evaluation;

/// <summary>Scores summed over a set of documents, rows in the reference scorer's order.</summary>
public sealed class ScoreReport
{
    private readonly SortedDictionary<string, int[]> _rows = new(StringComparer.Ordinal);

    public int Documents { get; internal set; }

    public IReadOnlyList<ScoreRow> Rows => _rows.Select(kv => new ScoreRow(kv.Key, kv.Value[0], kv.Value[1], kv.Value[2])).ToList();

    public ScoreRow? Row(string name) => _rows.TryGetValue(name, out var v) ? new ScoreRow(name, v[0], v[1], v[2]) : null;

    internal void Add(string row, int tp, int pred, int gold)
    {
        if (!_rows.TryGetValue(row, out var r)) _rows[row] = r = new int[3];
        r[0] += tp;
        r[1] += pred;
        r[2] += gold;
    }

    /// <summary>The table exactly as score.py prints it.</summary>
    public string Format()
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.Append(inv, $"{Documents} documents\n");
        sb.Append("row".PadRight(28)).Append(' ').Append("P".PadLeft(6)).Append(' ').Append("R".PadLeft(6)).Append(' ')
            .Append("F1".PadLeft(6)).Append("   tp/pred/gold\n");
        foreach (var r in Rows)
        {
            sb.Append(r.Name.PadRight(28)).Append(' ')
                .Append(Fixed(r.Precision).PadLeft(6)).Append(' ')
                .Append(Fixed(r.Recall).PadLeft(6)).Append(' ')
                .Append(Fixed(r.F1).PadLeft(6))
                .Append(inv, $"   {r.Tp}/{r.Pred}/{r.Gold}\n");
        }
        return sb.ToString();
    }

    // Python formats with round-half-even on the binary value.
    private static string Fixed(double v) =>
        Math.Round(v, 3, MidpointRounding.ToEven).ToString("0.000", CultureInfo.InvariantCulture);
}
