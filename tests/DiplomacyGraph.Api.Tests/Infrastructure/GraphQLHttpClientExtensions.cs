using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace DiplomacyGraph.Api.Tests.Infrastructure;

/// <summary>Sends GraphQL requests the way clients do.</summary>
internal static class GraphQLHttpClientExtensions
{
    public static async Task<GraphQLResponse> GraphQLAsync(
        this HttpClient client, string query, object? variables = null, string? accept = null, string? language = null, string? apiKey = null, string? operationName = null)
    {
        var body = JsonSerializer.Serialize(new { query, variables, operationName });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        if (language is not null) request.Headers.AcceptLanguage.ParseAdd(language);
        if (apiKey is not null) request.Headers.Add("X-Api-Key", apiKey);
        return await SendGraphQLAsync(client, request);
    }

    public static async Task<GraphQLResponse> SendGraphQLAsync(this HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.ToString(), text);
    }

    public static MediaTypeWithQualityHeaderValue Accept(string mediaType) => new(mediaType);
}
