namespace DiplomacyGraph.Api.Http;

/// <summary>Why a request was refused before execution: HTTP status, error code and message.</summary>
internal sealed record RequestError(int Status, string Code, string Message);
