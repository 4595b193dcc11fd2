using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace DiplomacyGraph.Api.Http;

/// <summary>Who may write: a caller with the configured X-Api-Key, or, when no key is configured, a loopback caller.</summary>
internal static class WriteAccess
{
    public const string HeaderName = "X-Api-Key";

    public static bool IsAllowed(HttpContext context, string? apiKey)
    {
        if (!string.IsNullOrEmpty(apiKey))
        {
            var sent = context.Request.Headers[HeaderName];
            // Constant-time comparison so the key cannot be guessed byte by byte from response times.
            return sent.Count == 1 && sent[0] is { } s
                && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(s), Encoding.UTF8.GetBytes(apiKey));
        }
        return context.Connection.RemoteIpAddress is { } ip && IPAddress.IsLoopback(ip);
    }
}
