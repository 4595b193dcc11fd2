namespace DiplomacyGraph.Domain.Documents;

/// <summary>The <c>document</c> block of a document graph.</summary>
/// <param name="File">File name or ingestion id.</param>
/// <param name="Lang">"ar" or "en".</param>
/// <param name="Date">ISO date from the dateline, else the header; null when unknown.</param>
/// <param name="Place">Dateline place, English canonical name.</param>
public sealed record DocumentInfo(string File, string Lang, string? Date, string? Place)
{
    /// <summary>Extension: the article's URL, when known.</summary>
    public string? Url { get; init; }

    /// <summary>Extension: the article's headline, when known.</summary>
    public string? Title { get; init; }
}
