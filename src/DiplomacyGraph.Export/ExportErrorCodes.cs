namespace DiplomacyGraph.Export;

/// <summary>
/// The export's error codes. The same code appears in the CLI's stderr line, the HTTP problem details and
/// GraphQL's <c>extensions.code</c>.
/// </summary>
public static class ExportErrorCodes
{
    /// <summary>The format name is not one of the known formats.</summary>
    public const string UnknownFormat = "EXPORT_UNKNOWN_FORMAT";

    /// <summary>Depth outside 0..4.</summary>
    public const string DepthOutOfRange = "EXPORT_DEPTH_OUT_OF_RANGE";

    /// <summary>A seed, person, country or initiative that names no node.</summary>
    public const string UnknownSeed = "EXPORT_UNKNOWN_SEED";

    /// <summary>A malformed or contradictory selection (bad date, unknown kind, seeds mixed with a filter…).</summary>
    public const string InvalidSelection = "EXPORT_INVALID_SELECTION";

    /// <summary>The selection resolves to more nodes than this kind of export allows.</summary>
    public const string TooLarge = "EXPORT_TOO_LARGE";
}
