using DiplomacyGraph.Domain.Storage;
using DiplomacyGraph.Storage.Neo4j;
using DiplomacyGraph.Storage.Options;
using DiplomacyGraph.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DiplomacyGraph.Storage;

/// <summary>Registers the graph store chosen by configuration.</summary>
public static class GraphStoreServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="GraphStoreOptions"/> to the <c>GraphStore</c> section (validated at start) and registers
    /// <see cref="IGraphStore"/> as a singleton of the configured provider, plus <see cref="GraphStoreInitializer"/>.
    /// </summary>
    public static IServiceCollection AddGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(GraphStoreOptions.SectionName);
        services.AddOptions<GraphStoreOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphStoreOptions>, GraphStoreOptionsValidator>());
        services.TryAddSingleton<GraphStoreInitializer>();

        var provider = ReadProvider(section["Provider"]);
        if (provider == GraphStoreProvider.Neo4j) return services.AddNeo4jGraphStore();
        services.TryAddSingleton<IGraphStore>(sp => new SqliteGraphStore(sp.GetRequiredService<IOptions<GraphStoreOptions>>().Value.Sqlite.Path));
        return services;
    }

    private static GraphStoreProvider ReadProvider(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return GraphStoreProvider.Sqlite;
        if (Enum.TryParse<GraphStoreProvider>(value.Trim(), ignoreCase: true, out var provider) && Enum.IsDefined(provider)) return provider;
        throw new OptionsValidationException(GraphStoreOptions.SectionName, typeof(GraphStoreOptions),
            [$"GraphStore:Provider must be Sqlite or Neo4j, not '{value}'."]);
    }
}
