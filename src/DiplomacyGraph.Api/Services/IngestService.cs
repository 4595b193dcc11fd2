using DiplomacyGraph.Api.GraphQL;
using DiplomacyGraph.Domain.Articles;
using DiplomacyGraph.Domain.Errors;
using DiplomacyGraph.Domain.Ingestion;
using FluentValidation;
using Microsoft.Extensions.Logging;

namespace DiplomacyGraph.Api.Services;

/// <summary>Validates an article sent through the API and hands it to the <see cref="IArticleIngestor"/>.</summary>
internal sealed class IngestService(IValidator<IngestArticleInput> validator, IServiceProvider services, ILogger<IngestService> logger)
{
    /// <summary>Ingests the article, or returns the validation failures (nothing is written then).</summary>
    public async Task<(IngestReport? Report, IReadOnlyList<ApiError> Errors)> IngestAsync(IngestArticleInput input, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(input, ct).ConfigureAwait(false);
        if (!validation.IsValid)
            return (null, [.. validation.Errors.Select(e => new ApiError(ErrorCodes.ValidationFailed, e.ErrorMessage, "input." + CamelCase(e.PropertyName)))]);

        if (services.GetService(typeof(IArticleIngestor)) is not IArticleIngestor ingestor)
            return (null, [new ApiError(ErrorCodes.IngestFailed, "This server has no article ingestor configured.")]);

        var lang = input.Lang is null || string.Equals(input.Lang, "auto", StringComparison.Ordinal) ? null : input.Lang;
        // The text may carry the article-file header block (url, date, lang, title); explicit inputs win over it.
        var parsed = ArticleParser.Parse(input.Url ?? "api-upload", input.Text);
        var article = parsed with
        {
            Lang = lang ?? parsed.Lang,
            Url = input.Url ?? parsed.Url,
            Title = input.Title ?? parsed.Title,
            PublishedDate = input.PublishedAt ?? parsed.PublishedDate,
        };
        try
        {
            return (await ingestor.IngestAsync(article, ct).ConfigureAwait(false), []);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException or InvalidDataException)
        {
            logger.LogWarning(ex, "ingestArticle failed for {Url}", input.Url);
            return (null, [new ApiError(ErrorCodes.IngestFailed, "The article could not be ingested: " + ex.Message)]);
        }
    }

    private static string CamelCase(string name) =>
        name.Length == 0 ? name : string.Concat(char.ToLowerInvariant(name[0]).ToString(), name[1..]);
}
