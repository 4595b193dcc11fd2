using System.Net;
using System.Text;
using DiplomacyGraph.Api.Tests.Infrastructure;

namespace DiplomacyGraph.Api.Tests.Http;

/// <summary>GraphQL over HTTP: methods, media types, status codes, encoding and language.</summary>
public sealed class GraphQLHttpHandlerTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Post_acceptGraphQLResponseJson_answersInThatMediaType()
    {
        var r = await api.Client.GraphQLAsync("{ __typename }", accept: "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.OK, r.Status);
        Assert.StartsWith("application/graphql-response+json", r.ContentType, StringComparison.Ordinal);
        Assert.Contains("charset=utf-8", r.ContentType, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("application/json")]
    [InlineData("*/*")]
    public async Task Post_acceptJsonOrAnything_answersApplicationJson(string? accept)
    {
        var r = await api.Client.GraphQLAsync("{ __typename }", accept: accept);

        Assert.Equal(HttpStatusCode.OK, r.Status);
        Assert.StartsWith("application/json", r.ContentType, StringComparison.Ordinal);
        Assert.Equal("Query", r.Data.GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Post_acceptOnlyXml_is406()
    {
        var r = await api.Client.GraphQLAsync("{ __typename }", accept: "application/xml");

        Assert.Equal(HttpStatusCode.NotAcceptable, r.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/json; charset=latin1")]
    public async Task Post_withoutJsonContentType_is415(string? contentType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\"}")) };
        if (contentType is not null) request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var r = await api.Client.SendGraphQLAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, r.Status);
        Assert.StartsWith("application/problem+json", r.ContentType, StringComparison.Ordinal);
        Assert.Equal("BAD_REQUEST", r.Json.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("{ \"not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"query\": 5}")]
    [InlineData("{\"notquery\": \"{ __typename }\"}")]
    [InlineData("{\"query\": \"{ __typename }\", \"variables\": \"x\"}")]
    [InlineData("{\"query\": \"{ __typename }\", \"operationName\": 1}")]
    [InlineData("{\"query\": \"{ __typename }\", \"extensions\": []}")]
    public async Task Post_malformedBody_is400WithGraphQLError(string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };

        var r = await api.Client.SendGraphQLAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Equal("BAD_REQUEST", r.FirstErrorCode);
        Assert.False(r.Json.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Post_syntaxOrValidationError_is400ForGraphQLResponseJsonAnd200ForJson()
    {
        var strict = await api.Client.GraphQLAsync("{ noSuchField }", accept: "application/graphql-response+json");
        var legacy = await api.Client.GraphQLAsync("{ noSuchField }", accept: "application/json");
        var syntax = await api.Client.GraphQLAsync("{", accept: "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.BadRequest, strict.Status);
        Assert.False(strict.Json.TryGetProperty("data", out _));
        Assert.Equal(HttpStatusCode.OK, legacy.Status);
        Assert.True(legacy.HasErrors);
        Assert.Equal(HttpStatusCode.BadRequest, syntax.Status);
    }

    [Fact]
    public async Task Get_queryWithVariables_executes()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("query($n: String!) { person(name: $n) { id } }")
            + "&variables=" + Uri.EscapeDataString("{\"n\":\"Xi Jinping\"}");

        var r = await api.Client.SendGraphQLAsync(new HttpRequestMessage(HttpMethod.Get, url));

        r.AssertOk();
        Assert.Equal(TestGraph.Xi, r.Data.GetProperty("person").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Get_mutation_is405AndWritesNothing()
    {
        var writesBefore = api.Store.Calls("WriteAsync");
        var url = "/graphql?query=" + Uri.EscapeDataString("mutation { ingestArticle(input: { text: \"x\" }) { articleId } }");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-Api-Key", ApiFixture.ApiKey);

        var r = await api.Client.SendGraphQLAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, r.Status);
        Assert.Equal(writesBefore, api.Store.Calls("WriteAsync"));
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task OtherMethods_are405WithAllow(string method)
    {
        using var response = await api.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/graphql"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Response_arabicText_isPlainUtf8NotEscaped()
    {
        var r = (await api.Client.GraphQLAsync("{ person(name: \"Xi Jinping\") { names { ar } } }")).AssertOk();

        Assert.Contains("شي جين بينغ", r.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", r.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ar", "شي جين بينغ")]
    [InlineData("ar-SA,en;q=0.5", "شي جين بينغ")]
    [InlineData("en-US,ar;q=0.8", "Xi Jinping")]
    [InlineData(null, "Xi Jinping")]
    public async Task Name_withoutLang_followsAcceptLanguage(string? language, string expected)
    {
        var r = (await api.Client.GraphQLAsync("{ person(name: \"Xi Jinping\") { name en: name(lang: EN) ar: name(lang: AR) } }", language: language)).AssertOk();

        var p = r.Data.GetProperty("person");
        Assert.Equal(expected, p.GetProperty("name").GetString());
        Assert.Equal("Xi Jinping", p.GetProperty("en").GetString());
        Assert.Equal("شي جين بينغ", p.GetProperty("ar").GetString());
    }

    [Fact]
    public async Task OperationName_selectsOperation()
    {
        var r = (await api.Client.GraphQLAsync("query A { a: __typename } query B { b: __typename }", operationName: "B")).AssertOk();

        Assert.True(r.Data.TryGetProperty("b", out _));
        Assert.False(r.Data.TryGetProperty("a", out _));
    }
}
