using DiplomacyGraph.Domain.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DiplomacyGraph.Export;

/// <summary>Registers the export service.</summary>
public static class ExportServiceCollectionExtensions
{
    /// <summary>Adds <see cref="GraphExporter"/> (needs an <see cref="IGraphStore"/> registration) with optional limits.</summary>
    public static IServiceCollection AddExport(this IServiceCollection services, ExportLimits? limits = null)
    {
        services.TryAddSingleton(limits ?? ExportLimits.Default);
        services.TryAddScoped(sp => new GraphExporter(sp.GetRequiredService<IGraphStore>(), sp.GetRequiredService<ExportLimits>()));
        return services;
    }
}
