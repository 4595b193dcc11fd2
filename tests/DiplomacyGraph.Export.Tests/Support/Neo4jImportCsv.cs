using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DiplomacyGraph.Export.Tests.Support;

/// <summary>
/// A reader for CSV as <c>neo4j-admin database import</c> documents it: a header of <c>name:type</c> entries
/// (<c>:ID(group)</c>, <c>:LABEL</c>, <c>:START_ID(group)</c>, <c>:END_ID(group)</c>, <c>:TYPE</c>, <c>:IGNORE</c>,
/// or a property type, optionally an array with <c>[]</c>), quoted fields with doubled quotes, fields that may span
/// lines when quoted. It rejects what the importer would reject, so a file it reads is one the importer reads.
/// </summary>
internal sealed partial class Neo4jImportCsv
{
    private static readonly HashSet<string> PropertyTypes = new(StringComparer.Ordinal)
    {
        "int", "long", "float", "double", "boolean", "byte", "short", "char", "string", "point",
        "date", "localtime", "time", "localdatetime", "datetime", "duration",
    };

    private static readonly HashSet<string> SpecialTypes = new(StringComparer.Ordinal) { "ID", "LABEL", "START_ID", "END_ID", "TYPE", "IGNORE" };

    public sealed record Column(string Name, string Type, bool IsArray, string? Group);

    /// <summary>One cell: null when empty and unquoted (no property), else the text.</summary>
    public sealed record Row(IReadOnlyList<string?> Cells);

    public required IReadOnlyList<Column> Columns { get; init; }

    public required IReadOnlyList<Row> Rows { get; init; }

    [GeneratedRegex(@"^(?<name>[^:]*)(:(?<type>[A-Za-z_]+)(?<array>\[\])?(\((?<group>[^()]+)\))?)?$")]
    private static partial Regex HeaderEntry();

    public static Neo4jImportCsv Parse(string text)
    {
        var records = Records(text).ToList();
        Assert.NotEmpty(records);
        var columns = records[0].Select(h => ParseHeader(h ?? string.Empty)).ToList();
        var rows = new List<Row>();
        foreach (var r in records.Skip(1))
        {
            Assert.True(r.Count == columns.Count, $"row has {r.Count} fields, header has {columns.Count}: {string.Join("|", r)}");
            for (var i = 0; i < r.Count; i++) CheckValue(columns[i], r[i]);
            rows.Add(new Row(r));
        }
        return new Neo4jImportCsv { Columns = columns, Rows = rows };
    }

    public int Index(string header) => Columns.ToList().FindIndex(c => (c.Name.Length > 0 ? c.Name + ":" : ":") + c.Type + (c.IsArray ? "[]" : string.Empty) == header
        || (c.Name.Length == 0 && ":" + c.Type == header));

    public int IndexOfType(string type) => Columns.ToList().FindIndex(c => c.Type == type);

    public int IndexOfName(string name) => Columns.ToList().FindIndex(c => c.Name == name);

    public string[] Array(Row row, int index) => row.Cells[index] is { } cell ? cell.Split(';') : [];

    private static Column ParseHeader(string entry)
    {
        var m = HeaderEntry().Match(entry);
        Assert.True(m.Success, $"header entry '{entry}' does not follow name:type");
        var type = m.Groups["type"].Success ? m.Groups["type"].Value : "string";
        var isSpecial = SpecialTypes.Contains(type);
        Assert.True(isSpecial || PropertyTypes.Contains(type), $"unknown field type '{type}' in '{entry}'");
        Assert.False(isSpecial && m.Groups["array"].Success, $"'{entry}': {type} cannot be an array");
        Assert.True(!m.Groups["group"].Success || type is "ID" or "START_ID" or "END_ID", $"'{entry}': only ids take an id group");
        Assert.True(isSpecial || m.Groups["name"].Value.Length > 0, $"'{entry}': a property needs a name");
        return new Column(m.Groups["name"].Value, type, m.Groups["array"].Success, m.Groups["group"].Success ? m.Groups["group"].Value : null);
    }

    private static void CheckValue(Column column, string? value)
    {
        if (value is null) return;
        var items = column.IsArray ? value.Split(';') : [value];
        foreach (var item in items)
        {
            var ok = column.Type switch
            {
                "int" or "long" or "short" or "byte" => long.TryParse(item, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
                "float" or "double" => double.TryParse(item, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
                "boolean" => item is "true" or "false",
                "date" => DateOnly.TryParseExact(item, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                _ => true,
            };
            Assert.True(ok, $"value '{item}' is not a valid {column.Type} for column '{column.Name}'");
        }
    }

    // RFC 4180 records; a quoted empty field is an empty string, an unquoted empty field is null.
    private static IEnumerable<List<string?>> Records(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var fields = new List<string?>();
            while (true)
            {
                string? field;
                if (i < text.Length && text[i] == '"')
                {
                    var sb = new StringBuilder();
                    i++;
                    while (true)
                    {
                        Assert.True(i < text.Length, "unterminated quoted field");
                        if (text[i] == '"')
                        {
                            if (i + 1 < text.Length && text[i + 1] == '"') { sb.Append('"'); i += 2; continue; }
                            i++;
                            break;
                        }
                        sb.Append(text[i++]);
                    }
                    field = sb.ToString();
                }
                else
                {
                    var start = i;
                    while (i < text.Length && text[i] is not (',' or '\n')) i++;
                    var raw = text[start..i];
                    Assert.DoesNotContain('"', raw);
                    field = raw.Length == 0 ? null : raw;
                }
                fields.Add(field);
                if (i >= text.Length || text[i] == '\n') { i++; break; }
                Assert.Equal(',', text[i]);
                i++;
            }
            yield return fields;
        }
    }
}
