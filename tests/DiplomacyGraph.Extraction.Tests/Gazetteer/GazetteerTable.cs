using System.Text;

namespace DiplomacyGraph.Extraction.Tests.Gazetteer;

/// <summary>
/// A gazetteer TSV file read the way the format document describes it: '#' lines are comments, the first other
/// line is the header, cells are tab-separated and list cells use '|'. Deliberately independent of the
/// extraction code, so these tests check the data files themselves.
/// </summary>
internal sealed class GazetteerTable
{
    private GazetteerTable(string name, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyDictionary<string, string>> rows, IReadOnlyList<string> errors)
    {
        Name = name;
        Header = header;
        Rows = rows;
        Errors = errors;
    }

    public string Name { get; }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<IReadOnlyDictionary<string, string>> Rows { get; }

    /// <summary>Structural problems (wrong cell count, tabs inside cells are impossible) found while reading.</summary>
    public IReadOnlyList<string> Errors { get; }

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "gazetteer");

    public static GazetteerTable Load(string fileName)
    {
        var path = Path.Combine(Directory, fileName);
        if (!File.Exists(path)) throw new FileNotFoundException("gazetteer file not copied to the test output", path);
        var lines = File.ReadAllLines(path, new UTF8Encoding(false, true));
        IReadOnlyList<string>? header = null;
        var rows = new List<IReadOnlyDictionary<string, string>>();
        var errors = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (header is null)
            {
                header = cells;
                continue;
            }
            if (cells.Length != header.Count)
            {
                errors.Add($"{fileName}:{i + 1}: {cells.Length} cells, header has {header.Count}");
                continue;
            }
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var c = 0; c < cells.Length; c++) row[header[c]] = cells[c];
            rows.Add(row);
        }
        return new GazetteerTable(fileName, header ?? [], rows, errors);
    }

    /// <summary>The values of a '|' list cell, without empties.</summary>
    public static IEnumerable<string> List(string cell) =>
        cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
