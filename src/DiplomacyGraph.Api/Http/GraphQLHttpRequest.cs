using System.Text.Json;

namespace DiplomacyGraph.Api.Http;

/// <summary>The parameters of a GraphQL-over-HTTP request, after their shapes have been checked.</summary>
internal sealed record GraphQLHttpRequest(string Query, string? OperationName, JsonElement? Variables, JsonElement? Extensions);
