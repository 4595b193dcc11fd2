namespace DiplomacyGraph.Api;

/// <summary>
/// Settings of the GraphQL API (configuration section <c>Api</c>), validated at start by <see cref="ApiOptionsValidator"/>.
/// </summary>
public sealed class ApiOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Api";

    /// <summary>
    /// Key that writes (mutations) must send in <c>X-Api-Key</c>. When empty, writes are accepted only from loopback.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>Deepest selection nesting a query may have.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Highest complexity (GraphQL.NET's analyzer: list fields multiply by their <c>first</c>) a query may have.</summary>
    public int MaxComplexity { get; set; } = 50_000;

    /// <summary>Largest <c>first</c> a paged field accepts.</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary><c>first</c> when a paged field is asked without one.</summary>
    public int DefaultPageSize { get; set; } = 20;

    /// <summary>Seconds a request may run before it is stopped with a TIMEOUT error.</summary>
    public double RequestTimeoutSeconds { get; set; } = 30;

    /// <summary>Largest HTTP request body accepted on <c>/graphql</c>, in bytes.</summary>
    public int MaxRequestBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>Largest article text <c>ingestArticle</c> accepts, in UTF-8 bytes.</summary>
    public int MaxArticleBytes { get; set; } = 1024 * 1024;

    /// <summary>Largest number of nodes a neighborhood returns before it is cut (and says so).</summary>
    public int MaxNeighborhoodNodes { get; set; } = 500;

    /// <summary>
    /// Most relationships one <c>shortestPath</c> search may read. A search that would need more (its frontier grows
    /// through hubs before the two ends meet) stops with a LIMIT_EXCEEDED error instead of running for seconds.
    /// </summary>
    public long MaxPathSearchEdges { get; set; } = 100_000;

    /// <summary>Largest number of buckets <c>bilateralTies</c> produces (e.g. DAY over many years).</summary>
    public int MaxTieBuckets { get; set; } = 5000;

    internal TimeSpan RequestTimeout => TimeSpan.FromSeconds(RequestTimeoutSeconds);
}
