namespace DiplomacyGraph.Domain.Errors;

/// <summary>
/// The one catalogue of error codes. The same code appears in GraphQL <c>extensions.code</c>, in HTTP problem
/// details (<c>code</c>) and on the CLI's stderr, so a user can look one code up whatever surface showed it.
/// Codes are stable: add new ones, never rename.
/// </summary>
public static class ErrorCodes
{
    /// <summary>An argument has a bad value: a malformed date or cursor, a page size or depth out of range.</summary>
    public const string InvalidArgument = "INVALID_ARGUMENT";

    /// <summary>An input object failed validation (see the error's field path).</summary>
    public const string ValidationFailed = "VALIDATION_FAILED";

    /// <summary>The request itself is malformed: not JSON, no query, wrong parameter types.</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>A write came without a valid API key (or, with no key configured, not from loopback).</summary>
    public const string Unauthorized = "UNAUTHORIZED";

    /// <summary>The query is too deep, too complex or too large for the configured limits.</summary>
    public const string LimitExceeded = "LIMIT_EXCEEDED";

    /// <summary>The request ran longer than the configured timeout and was stopped.</summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>The graph store did not answer.</summary>
    public const string StoreUnavailable = "STORE_UNAVAILABLE";

    /// <summary>An article could not be ingested (extraction or write failed; nothing was written).</summary>
    public const string IngestFailed = "INGEST_FAILED";

    /// <summary>A bug: something failed that should not have. The message carries no internals.</summary>
    public const string Internal = "INTERNAL";
}
