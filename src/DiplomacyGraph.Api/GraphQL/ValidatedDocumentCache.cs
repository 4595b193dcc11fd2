using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;

namespace DiplomacyGraph.Api.GraphQL;

/// <summary>
/// Keeps the parsed and validated document of each query text, so that a repeated query (dashboards send the same
/// text with new variables) skips parsing and the full validation; only the rules marked for cached documents
/// (complexity, which depends on the variables) run again. Only documents that validated are kept, and the cache
/// stops growing at a fixed number of entries.
/// </summary>
internal sealed class ValidatedDocumentCache : IConfigureExecution
{
    private const int MaxEntries = 1000;
    private const int MaxQueryLength = 20_000;

    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    /// <summary>Runs after the other execution configurations, so that the complexity rule they install is visible here.</summary>
    public float SortOrder => 10_000;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { Length: <= MaxQueryLength } query) return await next(options).ConfigureAwait(false);

        if (_documents.TryGetValue(query, out var cached))
        {
            options.Document = cached;
            // The complexity limit depends on the variables (page sizes), so its rule runs on every request.
            options.ValidationRules = [.. (options.CachedDocumentValidationRules ?? [])
                .Concat((options.ValidationRules ?? []).Where(r => r is ComplexityValidationRule))
                .Distinct()];
            return await next(options).ConfigureAwait(false);
        }

        var result = await next(options).ConfigureAwait(false);
        if (result.Executed && result.Document is { } document && _documents.Count < MaxEntries) _documents.TryAdd(query, document);
        return result;
    }
}
