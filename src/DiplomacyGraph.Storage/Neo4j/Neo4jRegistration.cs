using DiplomacyGraph.Domain.Storage;
using DiplomacyGraph.Storage.Neo4j;
using DiplomacyGraph.Storage.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiplomacyGraph.Storage;

/// <summary>Registers the Neo4j store (called by <c>AddGraphStore</c> when <c>GraphStore:Provider</c> is Neo4j).</summary>
public static class Neo4jRegistration
{
    /// <summary>
    /// Registers <see cref="IGraphStore"/> as a singleton <c>Neo4jGraphStore</c> built from the validated
    /// <see cref="GraphStoreOptions"/> (<c>GraphStore:Neo4j:Url/Database/User/Password/BearerToken</c>).
    /// </summary>
    public static IServiceCollection AddNeo4jGraphStore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<GraphStoreOptions>();
        services.TryAddSingleton<IGraphStore>(sp => Neo4jGraphStoreFactory.Create(
            sp.GetRequiredService<IOptions<GraphStoreOptions>>().Value.Neo4j,
            sp.GetService<ILoggerFactory>()));
        return services;
    }
}
