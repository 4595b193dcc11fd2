using System.Text;
using DiplomacyGraph.Api.Services;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace DiplomacyGraph.Api.Validation;

/// <summary>Rules for <c>ingestArticle</c>: a non-empty text within the size limit, a known language, an absolute http(s) URL, a sane date.</summary>
internal sealed class IngestArticleInputValidator : AbstractValidator<IngestArticleInput>
{
    private static readonly DateOnly Earliest = new(1900, 1, 1);

    public IngestArticleInputValidator(IOptions<ApiOptions> options, TimeProvider clock)
    {
        var maxBytes = options.Value.MaxArticleBytes;
        RuleFor(x => x.Text)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("'text' must not be empty.")
            .Must(t => t is null || Encoding.UTF8.GetByteCount(t) <= maxBytes).WithMessage($"'text' must be at most {maxBytes} bytes of UTF-8.");
        RuleFor(x => x.Lang)
            .Must(l => l is null or "ar" or "en" or "auto").WithMessage("'lang' must be one of ar, en, auto.");
        RuleFor(x => x.Url)
            .Must(BeHttpUrl).When(x => x.Url is not null).WithMessage("'url' must be an absolute http or https URL.");
        RuleFor(x => x.Title)
            .MaximumLength(1000).WithMessage("'title' must be at most 1000 characters.");
        RuleFor(x => x.PublishedAt)
            .Must(d => d is null || (d >= Earliest && d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(1)))
            .WithMessage("'publishedAt' must be between 1900-01-01 and tomorrow.");
    }

    private static bool BeHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);
}
