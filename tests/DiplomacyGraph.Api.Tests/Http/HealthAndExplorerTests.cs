using System.Net;
using DiplomacyGraph.Api.Tests.Infrastructure;

namespace DiplomacyGraph.Api.Tests.Http;

/// <summary>Health endpoints and the self-hosted explorer.</summary>
public sealed class HealthAndExplorerTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_storeReachable_is200(string path)
    {
        using var response = await api.Client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Explorer_isServedFromTheAppWithoutExternalScripts()
    {
        var html = await api.Client.GetStringAsync("/graphiql", TestContext.Current.CancellationToken);

        Assert.Contains("fetch(\"/graphql\"", html, StringComparison.Ordinal);
        Assert.Contains("Analysts", html, StringComparison.Ordinal);
        Assert.Contains("Dashboards", html, StringComparison.Ordinal);
        Assert.Contains("Data scientists", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script src=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Root_linksToExplorer()
    {
        var html = await api.Client.GetStringAsync("/", TestContext.Current.CancellationToken);

        Assert.Contains("href=\"/graphiql\"", html, StringComparison.Ordinal);
    }
}
