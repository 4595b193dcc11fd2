namespace DiplomacyGraph.Storage.Neo4j;

/// <summary>Where and how the Neo4j store talks to the server's HTTP Query API.</summary>
/// <param name="BaseUrl">Server root, e.g. <c>http://localhost:7474</c> (no <c>/db/…</c> part).</param>
/// <param name="Database">Database name; <c>neo4j</c> by default.</param>
/// <param name="User">User for basic authentication; null with <paramref name="BearerToken"/> or on a server without auth.</param>
/// <param name="Password">Password for basic authentication.</param>
/// <param name="BearerToken">Token sent as <c>Authorization: Bearer …</c>, exactly as given; wins over user and password.</param>
internal sealed record Neo4jConnectionSettings(Uri BaseUrl, string Database = "neo4j", string? User = null, string? Password = null, string? BearerToken = null)
{
    /// <summary>How many times a <c>Neo.TransientError.*</c> or a dropped connection is retried before giving up.</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>First retry delay; doubled on each further attempt.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Timeout of one HTTP request.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The implicit-transaction endpoint, <c>{url}/db/{database}/query/v2</c>.</summary>
    public Uri QueryUri => new(Root, "db/" + Uri.EscapeDataString(Database) + "/query/v2");

    /// <summary>The explicit-transaction endpoint, <c>{url}/db/{database}/query/v2/tx</c>.</summary>
    public Uri TransactionUri => new(Root, "db/" + Uri.EscapeDataString(Database) + "/query/v2/tx");

    /// <summary>The endpoint of one open transaction.</summary>
    public Uri TransactionUriFor(string id) => new(TransactionUri + "/" + Uri.EscapeDataString(id));

    private Uri Root => BaseUrl.AbsoluteUri.EndsWith('/') ? BaseUrl : new Uri(BaseUrl.AbsoluteUri + "/");

    /// <summary>The <c>Authorization</c> header value, or null when none is configured.</summary>
    public System.Net.Http.Headers.AuthenticationHeaderValue? Authorization()
    {
        if (!string.IsNullOrEmpty(BearerToken)) return new("Bearer", BearerToken);
        if (User is null) return null;
        // RFC 7617 with UTF-8, as the Query API documentation asks.
        var raw = System.Text.Encoding.UTF8.GetBytes(User + ":" + (Password ?? string.Empty));
        return new("Basic", Convert.ToBase64String(raw));
    }

    /// <summary>Parses a connection URL; user info in the URL (<c>http://user:pass@host:7474</c>) is taken as credentials.</summary>
    public static Neo4jConnectionSettings Parse(string url, string? database = null, string? user = null, string? password = null)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new ArgumentException($"Neo4j URL '{url}' is not an absolute http(s) URL such as http://localhost:7474.", nameof(url));
        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            var parts = uri.UserInfo.Split(':', 2);
            user ??= Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2) password ??= Uri.UnescapeDataString(parts[1]);
            uri = new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty }.Uri;
        }
        return new Neo4jConnectionSettings(uri, string.IsNullOrWhiteSpace(database) ? "neo4j" : database, user, password);
    }
}
