using Microsoft.Extensions.Options;

namespace DiplomacyGraph.Api;

/// <summary>Checks <see cref="ApiOptions"/> once at start, so a bad setting stops the host with a clear message.</summary>
internal sealed class ApiOptionsValidator : IValidateOptions<ApiOptions>
{
    public ValidateOptionsResult Validate(string? name, ApiOptions options)
    {
        var failures = new List<string>();
        Check(failures, options.MaxDepth is >= 2 and <= 100, "Api:MaxDepth must be between 2 and 100.");
        Check(failures, options.MaxComplexity is >= 10 and <= 10_000_000, "Api:MaxComplexity must be between 10 and 10000000.");
        Check(failures, options.MaxPageSize is >= 1 and <= 10_000, "Api:MaxPageSize must be between 1 and 10000.");
        Check(failures, options.DefaultPageSize >= 1 && options.DefaultPageSize <= options.MaxPageSize, "Api:DefaultPageSize must be between 1 and Api:MaxPageSize.");
        Check(failures, options.RequestTimeoutSeconds is > 0 and <= 3600, "Api:RequestTimeoutSeconds must be more than 0 and at most 3600.");
        Check(failures, options.MaxRequestBytes is >= 1024 and <= 64 * 1024 * 1024, "Api:MaxRequestBytes must be between 1024 and 67108864.");
        Check(failures, options.MaxArticleBytes >= 1 && options.MaxArticleBytes < options.MaxRequestBytes, "Api:MaxArticleBytes must be positive and below Api:MaxRequestBytes.");
        Check(failures, options.MaxNeighborhoodNodes is >= 1 and <= 100_000, "Api:MaxNeighborhoodNodes must be between 1 and 100000.");
        Check(failures, options.MaxPathSearchEdges is >= 1000 and <= 1_000_000_000, "Api:MaxPathSearchEdges must be between 1000 and 1000000000.");
        Check(failures, options.MaxTieBuckets is >= 1 and <= 100_000, "Api:MaxTieBuckets must be between 1 and 100000.");
        Check(failures, options.ApiKey is null || options.ApiKey.Length == 0 || options.ApiKey.Trim().Length >= 8, "Api:ApiKey, when set, must have at least 8 characters.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(List<string> failures, bool ok, string message)
    {
        if (!ok) failures.Add(message);
    }
}
