using System.Text.Json;
using DiplomacyGraph.Domain.Errors;
using Microsoft.AspNetCore.Http;

namespace DiplomacyGraph.Api.Http;

/// <summary>
/// Reads GraphQL-over-HTTP parameters from a POST body (application/json) or a GET query string, and checks their
/// shapes: query a string; operationName a string or null; variables and extensions a map or null.
/// </summary>
internal static class GraphQLRequestReader
{
    public static async Task<(GraphQLHttpRequest? Request, RequestError? Error)> ReadPostAsync(HttpRequest request, int maxBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes) return (null, TooLarge(maxBytes));
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes) return (null, TooLarge(maxBytes));
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0) return (null, Bad("The request body is empty; send a JSON object with a 'query'."));

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            return (null, Bad("The request body is not valid JSON: " + ex.Message));
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return (null, Bad("The request body must be a JSON object."));
            var query = Get(root, "query");
            if (query is null || query.Value.ValueKind == JsonValueKind.Null) return (null, Bad("The request has no 'query'."));
            if (query.Value.ValueKind != JsonValueKind.String) return (null, Bad("'query' must be a string."));
            var op = Get(root, "operationName");
            if (op is { ValueKind: not (JsonValueKind.String or JsonValueKind.Null) }) return (null, Bad("'operationName' must be a string or null."));
            var variables = Get(root, "variables");
            if (variables is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null) }) return (null, Bad("'variables' must be an object or null."));
            var extensions = Get(root, "extensions");
            if (extensions is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null) }) return (null, Bad("'extensions' must be an object or null."));
            return (new GraphQLHttpRequest(
                query.Value.GetString()!,
                op?.ValueKind == JsonValueKind.String ? op.Value.GetString() : null,
                variables?.ValueKind == JsonValueKind.Object ? variables.Value.Clone() : null,
                extensions?.ValueKind == JsonValueKind.Object ? extensions.Value.Clone() : null), null);
        }
    }

    public static (GraphQLHttpRequest? Request, RequestError? Error) ReadGet(HttpRequest request)
    {
        var q = request.Query;
        if (q["query"] is not { Count: 1 } query || string.IsNullOrEmpty(query[0]))
            return (null, Bad("A GET request needs a 'query' parameter."));
        var (variables, vError) = ParseMap(q["variables"], "variables");
        if (vError is not null) return (null, vError);
        var (extensions, eError) = ParseMap(q["extensions"], "extensions");
        if (eError is not null) return (null, eError);
        var op = q["operationName"] is { Count: 1 } o && !string.IsNullOrEmpty(o[0]) ? o[0] : null;
        return (new GraphQLHttpRequest(query[0]!, op, variables, extensions), null);
    }

    private static (JsonElement? Value, RequestError? Error) ParseMap(Microsoft.Extensions.Primitives.StringValues raw, string name)
    {
        if (raw.Count == 0 || string.IsNullOrEmpty(raw[0])) return (null, null);
        try
        {
            using var doc = JsonDocument.Parse(raw[0]!);
            return doc.RootElement.ValueKind switch
            {
                JsonValueKind.Object => (doc.RootElement.Clone(), null),
                JsonValueKind.Null => (null, null),
                _ => (null, Bad($"'{name}' must be a JSON object.")),
            };
        }
        catch (JsonException)
        {
            return (null, Bad($"'{name}' is not valid JSON."));
        }
    }

    private static JsonElement? Get(JsonElement obj, string name) => obj.TryGetProperty(name, out var v) ? v : null;

    private static RequestError Bad(string message) => new(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, message);

    private static RequestError TooLarge(int max) =>
        new(StatusCodes.Status413PayloadTooLarge, ErrorCodes.LimitExceeded, $"The request body is larger than {max} bytes.");
}
