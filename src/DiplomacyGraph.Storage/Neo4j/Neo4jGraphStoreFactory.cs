using DiplomacyGraph.Domain.Storage;
using DiplomacyGraph.Storage.Options;
using Microsoft.Extensions.Logging;

namespace DiplomacyGraph.Storage.Neo4j;

/// <summary>Builds a Neo4j-backed <see cref="IGraphStore"/> (for the DI registration, <c>dg migrate</c> and tests).</summary>
public static class Neo4jGraphStoreFactory
{
    /// <summary>A store talking to the server in <paramref name="options"/>; call <see cref="IGraphStore.InitializeAsync"/> before use.</summary>
    public static IGraphStore Create(Neo4jStoreOptions options, ILoggerFactory? loggers = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Url))
            throw new ArgumentException("GraphStore:Neo4j:Url is required (e.g. http://localhost:7474).", nameof(options));
        var settings = Neo4jConnectionSettings.Parse(options.Url, options.Database, options.User, options.Password) with
        {
            BearerToken = string.IsNullOrEmpty(options.BearerToken) ? null : options.BearerToken,
        };
        // One long-lived client per store; pooled connections are recycled so DNS changes are picked up.
        var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = Timeout.InfiniteTimeSpan, // the client applies its own per-request timeout
        };
        var client = new Neo4jQueryClient(http, settings, ownsHttp: true, log: loggers?.CreateLogger("DiplomacyGraph.Storage.Neo4j"));
        return new Neo4jGraphStore(client);
    }
}
