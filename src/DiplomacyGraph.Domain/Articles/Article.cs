namespace DiplomacyGraph.Domain.Articles;

/// <summary>
/// One news article: its body (the text every offset points into) and what its header block said.
/// </summary>
/// <param name="File">File name or the id given at ingestion.</param>
/// <param name="Body">The article body, below the header block. Offsets are UTF-16 offsets into this string.</param>
public sealed record Article(string File, string Body)
{
    /// <summary>"ar" or "en" when the header or the caller states it; null to detect.</summary>
    public string? Lang { get; init; }
    public string? Url { get; init; }
    public string? Source { get; init; }
    public string? Title { get; init; }

    /// <summary>Publication date from the header; the dateline in the body wins where it states one.</summary>
    public DateOnly? PublishedDate { get; init; }

    /// <summary>All header lines as read (lower-case keys).</summary>
    public IReadOnlyDictionary<string, string> Header { get; init; } = new Dictionary<string, string>();
}
