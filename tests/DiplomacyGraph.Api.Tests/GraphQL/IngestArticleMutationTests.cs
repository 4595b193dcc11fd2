using System.Net;
using System.Text.Json;
using DiplomacyGraph.Api.Tests.Infrastructure;

namespace DiplomacyGraph.Api.Tests.GraphQL;

/// <summary>ingestArticle: key checks and input validation (failures write nothing).</summary>
public sealed class IngestArticleMutationTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Mutation = """
        mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { articleId alreadyIngested write { nodesCreated } } }
        """;

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key-000000")]
    public async Task Ingest_withoutValidKey_is401AndWritesNothing(string? key)
    {
        api.Store.Reset();
        var r = await api.Client.GraphQLAsync(Mutation, new { input = new { text = "Xi Jinping met Bakytzhan Sagintayev in Beijing." } }, apiKey: key);

        Assert.Equal(HttpStatusCode.Unauthorized, r.Status);
        Assert.Equal("UNAUTHORIZED", r.FirstErrorCode);
        Assert.Equal(0, api.Store.Calls("WriteAsync"));
    }

    [Theory]
    [InlineData("text", "", null, null, null)]
    [InlineData("lang", "some text", "fr", null, null)]
    [InlineData("url", "some text", "en", "ftp://example.org/a", null)]
    [InlineData("url", "some text", "en", "/relative/path", null)]
    [InlineData("publishedAt", "some text", "en", "https://example.org/a", "1850-01-01")]
    [InlineData("publishedAt", "some text", "auto", null, "2999-01-01")]
    public async Task Ingest_invalidInput_isValidationErrorWithFieldPath(string field, string text, string? lang, string? url, string? publishedAt)
    {
        api.Store.Reset();
        var r = await api.Client.GraphQLAsync(Mutation, new { input = new { text, lang, url, publishedAt } }, apiKey: ApiFixture.ApiKey);

        Assert.Equal(HttpStatusCode.OK, r.Status);
        Assert.Equal("VALIDATION_FAILED", r.FirstErrorCode);
        Assert.Equal("input." + field, r.FirstError.GetProperty("extensions").GetProperty("field").GetString());
        Assert.Equal("ingestArticle", r.FirstError.GetProperty("path")[0].GetString());
        Assert.Equal(JsonValueKind.Null, r.Data.GetProperty("ingestArticle").ValueKind);
        Assert.Equal(0, api.Store.Calls("WriteAsync"));
    }

    [Fact]
    public async Task Ingest_textOverOneMegabyte_isValidationError()
    {
        var r = await api.Client.GraphQLAsync(Mutation, new { input = new { text = new string('a', 1_100_000) } }, apiKey: ApiFixture.ApiKey);

        Assert.Equal("VALIDATION_FAILED", r.FirstErrorCode);
        Assert.Equal("input.text", r.FirstError.GetProperty("extensions").GetProperty("field").GetString());
    }

    [Fact]
    public async Task Ingest_missingText_isGraphQLValidationError()
    {
        var r = await api.Client.GraphQLAsync(Mutation, new { input = new { lang = "en" } }, apiKey: ApiFixture.ApiKey, accept: "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Contains("text", r.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_validInputWithoutIngestor_isIngestFailedNotServerError()
    {
        // The test host registers no IArticleIngestor: the API must say so rather than fail.
        var r = await api.Client.GraphQLAsync(Mutation, new { input = new { text = "Xi Jinping met Bakytzhan Sagintayev.", lang = "en", url = "https://example.org/x" } }, apiKey: ApiFixture.ApiKey);

        Assert.Equal(HttpStatusCode.OK, r.Status);
        Assert.Equal("INGEST_FAILED", r.FirstErrorCode);
    }
}
