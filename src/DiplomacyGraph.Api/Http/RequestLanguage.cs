using Microsoft.AspNetCore.Http;

namespace DiplomacyGraph.Api.Http;

/// <summary>The language names default to: Arabic when Accept-Language prefers ar over en, else English.</summary>
internal static class RequestLanguage
{
    public static string Of(HttpRequest request)
    {
        var list = request.GetTypedHeaders().AcceptLanguage;
        string? best = null;
        double bestQ = 0;
        foreach (var lang in list)
        {
            var q = lang.Quality ?? 1.0;
            var tag = lang.Value.Value ?? string.Empty;
            var code = tag.StartsWith("ar", StringComparison.OrdinalIgnoreCase) ? "ar"
                : tag.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en"
                : null;
            if (code is not null && q > bestQ)
            {
                best = code;
                bestQ = q;
            }
        }
        return best ?? "en";
    }
}
