using System.Net;
using System.Text.Json;

namespace DiplomacyGraph.Api.Tests.Infrastructure;

/// <summary>An HTTP response from /graphql: status, content type, raw body and parsed JSON.</summary>
internal sealed record GraphQLResponse(HttpStatusCode Status, string? ContentType, string Body)
{
    public JsonElement Json { get; } = Body.Length > 0 ? JsonDocument.Parse(Body).RootElement.Clone() : default;

    public JsonElement Data => Json.GetProperty("data");

    public bool HasErrors => Json.ValueKind == JsonValueKind.Object && Json.TryGetProperty("errors", out _);

    public JsonElement FirstError => Json.GetProperty("errors")[0];

    public string? FirstErrorCode =>
        FirstError.TryGetProperty("extensions", out var ext) && ext.TryGetProperty("code", out var code) ? code.GetString() : null;

    /// <summary>Fails with the body when the response has errors, so a failing test shows why.</summary>
    public GraphQLResponse AssertOk()
    {
        Assert.True(Status == HttpStatusCode.OK && !HasErrors, $"Expected data without errors, got {(int)Status}: {Body}");
        return this;
    }
}
