using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyGraph.Storage.Neo4j;

/// <summary>Registers the Neo4j store. Placeholder until the Neo4j adapter lands: this build has none.</summary>
public static class Neo4jRegistration
{
    /// <summary>Registers <see cref="Domain.Storage.IGraphStore"/> for the Neo4j provider.</summary>
    public static IServiceCollection AddNeo4jGraphStore(this IServiceCollection services) =>
        throw new NotSupportedException("the Neo4j store is not part of this build; set GraphStore:Provider to Sqlite.");
}
