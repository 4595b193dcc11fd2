namespace DiplomacyGraph.Extraction.Gazetteer;

/// <summary>One gazetteer TSV file: a header row, then rows of the same width; '#' lines are comments.</summary>
internal sealed class TsvTable
{
    private readonly Dictionary<string, int> _columns;

    private TsvTable(string file, Dictionary<string, int> columns, List<(int Line, string[] Cells)> rows)
    {
        File = file;
        _columns = columns;
        Rows = rows;
    }

    public string File { get; }

    public IReadOnlyList<(int Line, string[] Cells)> Rows { get; }

    /// <summary>Reads <paramref name="path"/>, checking that every column in <paramref name="required"/> is present.</summary>
    public static TsvTable Read(string path, params string[] required)
    {
        Dictionary<string, int>? columns = null;
        var rows = new List<(int, string[])>();
        var lineNo = 0;
        foreach (var raw in System.IO.File.ReadLines(path))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            if (lineNo == 1) line = line.TrimStart('\uFEFF');
            if (line.Length == 0 || line[0] == '#') continue;
            var cells = line.Split('\t');
            if (columns is null)
            {
                columns = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < cells.Length; i++)
                {
                    if (!columns.TryAdd(cells[i].Trim(), i))
                        throw new GazetteerFormatException(path, lineNo, $"duplicate column '{cells[i]}' in the header");
                }
                foreach (var r in required)
                {
                    if (!columns.ContainsKey(r))
                        throw new GazetteerFormatException(path, lineNo, $"header lacks the column '{r}' (expected: {string.Join(", ", required)})");
                }
                continue;
            }
            if (cells.Length != columns.Count)
                throw new GazetteerFormatException(path, lineNo, $"{cells.Length} cells where the header has {columns.Count} columns");
            rows.Add((lineNo, cells));
        }
        if (columns is null) throw new GazetteerFormatException(path, 1, "no header row");
        return new TsvTable(path, columns, rows);
    }

    public string Get(string[] cells, string column) =>
        _columns.TryGetValue(column, out var i) ? cells[i].Trim() : string.Empty;

    public string Required(int line, string[] cells, string column)
    {
        var v = Get(cells, column);
        if (v.Length == 0) throw new GazetteerFormatException(File, line, $"empty '{column}'");
        return v;
    }

    public static IReadOnlyList<string> List(string cell) =>
        cell.Length == 0 ? [] : cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
