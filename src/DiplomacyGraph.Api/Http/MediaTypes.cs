using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace DiplomacyGraph.Api.Http;

/// <summary>Media types of GraphQL over HTTP and the Accept negotiation between them.</summary>
internal static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The response media type for the request's Accept header: graphql-response+json or json, whichever has the
    /// higher quality (json when none is given or only wildcards match); null when the client accepts neither.
    /// </summary>
    public static string? Negotiate(HttpRequest request)
    {
        var header = request.Headers.Accept;
        if (header.Count == 0 || string.IsNullOrWhiteSpace(header.ToString())) return Json;
        if (!MediaTypeHeaderValue.TryParseList(header, out var accepted)) return Json;
        string? best = null;
        double bestQ = 0;
        foreach (var a in accepted)
        {
            var q = a.Quality ?? 1.0;
            if (q <= 0) continue;
            var type = a.MediaType.Value;
            string? candidate =
                string.Equals(type, GraphQLResponse, StringComparison.OrdinalIgnoreCase) ? GraphQLResponse
                : string.Equals(type, Json, StringComparison.OrdinalIgnoreCase) ? Json
                : type is "*/*" or "application/*" ? Json
                : null;
            if (candidate is not null && q > bestQ)
            {
                best = candidate;
                bestQ = q;
            }
        }
        return best;
    }

    /// <summary>True for <c>application/json</c> with no charset or utf-8.</summary>
    public static bool IsJsonRequest(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var ct)) return false;
        if (!string.Equals(ct.MediaType.Value, Json, StringComparison.OrdinalIgnoreCase)) return false;
        var charset = ct.Charset.Value;
        return string.IsNullOrEmpty(charset) || string.Equals(charset, "utf-8", StringComparison.OrdinalIgnoreCase) || string.Equals(charset, "utf8", StringComparison.OrdinalIgnoreCase);
    }
}
