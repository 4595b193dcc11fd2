using System.Text;

namespace DiplomacyGraph.Export.Writers;

/// <summary>
/// Cells as <c>neo4j-admin database import</c> reads them: strings always quoted with quotes doubled, so an empty
/// string and a missing value differ; a missing value is an empty unquoted cell; arrays joined by <see cref="ArrayDelimiter"/>.
/// </summary>
internal static class CsvCell
{
    public const char ArrayDelimiter = ';';

    // An element holding the delimiter would be split in two by the importer; the full-width semicolon keeps it one element.
    public const char DelimiterStandIn = '\uFF1B';

    public static void String(StringBuilder sb, string? value)
    {
        if (value is null) return;
        sb.Append('"');
        foreach (var c in value)
        {
            if (c == '"') sb.Append('"');
            sb.Append(c);
        }
        sb.Append('"');
    }

    public static void Array(StringBuilder sb, IReadOnlyCollection<string> items)
    {
        if (items.Count == 0) return;
        String(sb, string.Join(ArrayDelimiter, items.Select(i => i.Replace(ArrayDelimiter, DelimiterStandIn))));
    }

    public static void Raw(StringBuilder sb, string? value) => sb.Append(value);
}
