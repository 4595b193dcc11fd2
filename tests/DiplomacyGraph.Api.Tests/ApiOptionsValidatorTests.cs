namespace DiplomacyGraph.Api.Tests;

/// <summary>Settings are checked once at start.</summary>
public sealed class ApiOptionsValidatorTests
{
    [Fact]
    public void Validate_defaults_succeed()
    {
        Assert.True(new ApiOptionsValidator().Validate(null, new ApiOptions()).Succeeded);
    }

    [Fact]
    public void Validate_badValues_failWithEveryKeyNamed()
    {
        var result = new ApiOptionsValidator().Validate(null, new ApiOptions { MaxDepth = 0, MaxPageSize = 10, DefaultPageSize = 20, RequestTimeoutSeconds = 0, ApiKey = "short", MaxPathSearchEdges = 10 });

        Assert.True(result.Failed);
        foreach (var key in new[] { "Api:MaxDepth", "Api:DefaultPageSize", "Api:RequestTimeoutSeconds", "Api:ApiKey", "Api:MaxPathSearchEdges" })
            Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
    }
}
