namespace DiplomacyGraph.Storage.Neo4j;

/// <summary>
/// A request to Neo4j failed: the server answered with a non-empty <c>errors</c> array or a non-2xx status,
/// or could not be reached. <see cref="Code"/> is Neo4j's status code (e.g. <c>Neo.ClientError.Security.Unauthorized</c>).
/// </summary>
public sealed class Neo4jException : Exception
{
    /// <summary>Creates the exception.</summary>
    public Neo4jException(string code, string message, int? httpStatus = null, string? statementName = null, Exception? inner = null)
        : base(Describe(code, message, httpStatus, statementName), inner)
    {
        Code = code;
        ServerMessage = message;
        HttpStatus = httpStatus;
        StatementName = statementName;
    }

    /// <summary>Neo4j's status code, or <c>DiplomacyGraph.Neo4j.*</c> for failures the server did not classify.</summary>
    public string Code { get; }

    /// <summary>The server's message as sent.</summary>
    public string ServerMessage { get; }

    /// <summary>The HTTP status of the response, when there was one.</summary>
    public int? HttpStatus { get; }

    /// <summary>Catalogue name of the statement that failed, when known.</summary>
    public string? StatementName { get; }

    /// <summary>True for <c>Neo.TransientError.*</c>: the same request may succeed when retried.</summary>
    public bool IsTransient => Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal);

    /// <summary>True when the server did not accept the credentials.</summary>
    public bool IsAuthenticationFailure =>
        HttpStatus == 401 || Code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal);

    private static string Describe(string code, string message, int? status, string? statement)
    {
        var where = statement is null ? string.Empty : $" in statement '{statement}'";
        var http = status is null ? string.Empty : $" (HTTP {status})";
        var hint = code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) || status == 401
            ? " Check GraphStore:Neo4j:User/Password (or the bearer token)."
            : string.Empty;
        return $"Neo4j error {code}{where}{http}: {message}{hint}";
    }
}
