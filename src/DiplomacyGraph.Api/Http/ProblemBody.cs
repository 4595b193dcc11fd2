using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace DiplomacyGraph.Api.Http;

/// <summary>An RFC 9457 problem-details body with our error code.</summary>
internal sealed record ProblemBody(int Status, string Code, string Detail)
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Type => "about:blank";

    public string Title => ReasonPhrases.GetReasonPhrase(Status);
}
