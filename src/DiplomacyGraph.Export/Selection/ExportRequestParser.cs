using System.Globalization;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Export.Formats;

namespace DiplomacyGraph.Export.Selection;

/// <summary>
/// Reads an export request from string parameters, the same way for the HTTP query string and the CLI options,
/// so both give the same error for the same mistake. List parameters may repeat and may hold comma-separated values.
/// </summary>
public static class ExportRequestParser
{
    /// <summary>The parameter names understood, for help texts.</summary>
    public static readonly IReadOnlyList<string> ParameterNames =
        ["format", "seed", "depth", "from", "to", "country", "person", "initiative", "kind", "type"];

    /// <summary>Parses and validates; throws <see cref="ExportException"/> with a clear message on any mistake.</summary>
    /// <param name="parameters">Parameter name → values (names case-insensitive).</param>
    /// <param name="defaultFormat">Used when no <c>format</c> is given; null makes <c>format</c> required.</param>
    public static ExportRequest Parse(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> parameters, string? defaultFormat = null)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, list) in parameters)
        {
            if (!ParameterNames.Contains(key, StringComparer.OrdinalIgnoreCase))
                throw new ExportException(ExportErrorCodes.InvalidSelection,
                    $"unknown parameter '{key}'; known parameters: {string.Join(", ", ParameterNames)}.");
            if (!values.TryGetValue(key, out var bucket)) values[key] = bucket = [];
            bucket.AddRange(list);
        }

        var formatName = Single(values, "format") ?? defaultFormat;
        if (string.IsNullOrWhiteSpace(formatName))
            throw new ExportException(ExportErrorCodes.UnknownFormat, $"format is required; one of: {ExportFormatInfo.NameList}.");
        if (!ExportFormatInfo.TryParse(formatName, out var format))
            throw new ExportException(ExportErrorCodes.UnknownFormat, $"unknown format '{formatName}'; one of: {ExportFormatInfo.NameList}.");

        var selection = new ExportSelection
        {
            Seeds = List(values, "seed"),
            Depth = Depth(Single(values, "depth")),
            Countries = List(values, "country"),
            Persons = List(values, "person"),
            Initiatives = List(values, "initiative"),
            From = Date(Single(values, "from"), "from"),
            To = Date(Single(values, "to"), "to"),
            Kinds = List(values, "kind").Select(Kind).Distinct().ToArray(),
            Types = List(values, "type").Select(t => t.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToArray(),
        };
        selection.Validate();
        return new ExportRequest(format, selection);
    }

    /// <summary>Parses a node kind name (case-insensitive).</summary>
    public static NodeKind Kind(string text) =>
        Enum.TryParse<NodeKind>(text.Trim(), ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !char.IsDigit(text.Trim()[0])
            ? kind
            : throw new ExportException(ExportErrorCodes.InvalidSelection,
                $"unknown node kind '{text}'; one of: {string.Join(", ", Enum.GetNames<NodeKind>())}.");

    private static string? Single(Dictionary<string, List<string>> values, string key)
    {
        if (!values.TryGetValue(key, out var list) || list.Count == 0) return null;
        if (list.Count > 1)
            throw new ExportException(ExportErrorCodes.InvalidSelection, $"{key} was given {list.Count} times; give it once.");
        return list[0];
    }

    private static string[] List(Dictionary<string, List<string>> values, string key) =>
        values.TryGetValue(key, out var list)
            ? list.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.Ordinal).ToArray()
            : [];

    private static int Depth(string? text)
    {
        if (text is null) return 1;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var depth))
            throw new ExportException(ExportErrorCodes.DepthOutOfRange, $"depth must be a whole number between 0 and {ExportSelection.MaxDepth}, got '{text}'.");
        return depth;
    }

    private static DateOnly? Date(string? text, string name)
    {
        if (text is null) return null;
        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ExportException(ExportErrorCodes.InvalidSelection, $"{name} must be a date written YYYY-MM-DD, got '{text}'.");
    }
}
