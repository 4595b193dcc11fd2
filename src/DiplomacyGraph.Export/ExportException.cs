namespace DiplomacyGraph.Export;

/// <summary>
/// A selection or format the export refuses, raised before any byte of the file is written.
/// Hosts turn it into a 400 (HTTP), a GraphQL error or a CLI error line.
/// </summary>
public sealed class ExportException : Exception
{
    public ExportException(string code, string message) : base(message) => Code = code;

    /// <summary>One of <see cref="ExportErrorCodes"/>.</summary>
    public string Code { get; }
}
