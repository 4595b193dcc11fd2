using System.Globalization;

namespace DiplomacyGraph.Export.Formats;

/// <summary>What a format is called on the wire and how its file is served.</summary>
/// <param name="Format">The format.</param>
/// <param name="Name">The canonical name accepted by <c>format=</c> and <c>--format</c>.</param>
/// <param name="ContentType">The HTTP media type of the file.</param>
/// <param name="Extension">File extension, with its dot.</param>
public sealed record ExportFormatInfo(ExportFormat Format, string Name, string ContentType, string Extension)
{
    /// <summary>Every format, in the order help texts list them.</summary>
    public static readonly IReadOnlyList<ExportFormatInfo> All =
    [
        new(ExportFormat.GraphMl, "graphml", "application/graphml+xml; charset=utf-8", ".graphml"),
        new(ExportFormat.NodeLinkJson, "json", "application/json; charset=utf-8", ".json"),
        new(ExportFormat.Neo4jCsv, "csv", "application/zip", ".neo4j-csv.zip"),
        new(ExportFormat.Cypher, "cypher", "application/vnd.neo4j.cypher; charset=utf-8", ".cypher"),
        new(ExportFormat.Parquet, "parquet", "application/zip", ".parquet.zip"),
    ];

    // Other spellings people type; each maps to one canonical name.
    private static readonly Dictionary<string, ExportFormat> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["graphml"] = ExportFormat.GraphMl,
        ["json"] = ExportFormat.NodeLinkJson,
        ["node-link"] = ExportFormat.NodeLinkJson,
        ["nodelink"] = ExportFormat.NodeLinkJson,
        ["networkx"] = ExportFormat.NodeLinkJson,
        ["csv"] = ExportFormat.Neo4jCsv,
        ["neo4j-csv"] = ExportFormat.Neo4jCsv,
        ["neo4j"] = ExportFormat.Neo4jCsv,
        ["cypher"] = ExportFormat.Cypher,
        ["parquet"] = ExportFormat.Parquet,
    };

    /// <summary>The canonical names, comma-separated, for error messages and help.</summary>
    public static string NameList => string.Join(", ", All.Select(f => f.Name));

    /// <summary>The info of a format.</summary>
    public static ExportFormatInfo Of(ExportFormat format) => All.First(f => f.Format == format);

    /// <summary>Finds a format by name or alias (case-insensitive); false when unknown.</summary>
    public static bool TryParse(string? name, out ExportFormatInfo info)
    {
        info = All[0];
        if (name is null || !Aliases.TryGetValue(name.Trim(), out var format)) return false;
        info = Of(format);
        return true;
    }

    /// <summary>The file name a download of this format gets: <c>diplomacy-graph-YYYYMMDD</c> plus the extension.</summary>
    public string FileName(DateTimeOffset now) =>
        "diplomacy-graph-" + now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + Extension;
}
