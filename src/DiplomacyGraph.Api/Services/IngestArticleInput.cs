namespace DiplomacyGraph.Api.Services;

/// <summary>The <c>ingestArticle</c> mutation's input, as the client sent it (validated by <see cref="Validation.IngestArticleInputValidator"/>).</summary>
internal sealed class IngestArticleInput
{
    public string Text { get; set; } = string.Empty;

    /// <summary>"ar", "en" or "auto" (null means auto).</summary>
    public string? Lang { get; set; }

    public string? Url { get; set; }

    public string? Title { get; set; }

    public DateOnly? PublishedAt { get; set; }
}
