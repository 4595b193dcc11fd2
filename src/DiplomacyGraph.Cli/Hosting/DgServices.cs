using DiplomacyGraph.Domain.Storage;
using DiplomacyGraph.Extraction;
using DiplomacyGraph.Ingestion;
using DiplomacyGraph.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiplomacyGraph.Cli.Hosting;

/// <summary>
/// The services of the commands that run without the web host. The same Add* calls as `serve`,
/// so every command assembles the same store, pipeline and ingestion.
/// </summary>
internal static class DgServices
{
    public static IServiceCollection AddDiplomacyGraphCore(this IServiceCollection services, IConfiguration configuration) =>
        services
            .AddGraphStore(configuration)
            .AddExtraction(configuration)
            .AddIngestion();

    /// <summary>Builds the provider, validates options (as the web host would at start) and initialises the store.</summary>
    public static async Task<ServiceProvider> StartAsync(IConfiguration configuration, CancellationToken ct)
    {
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging(b => b.AddConfiguration(configuration.GetSection("Logging")).AddSimpleConsole(o => o.SingleLine = true));
        services.AddDiplomacyGraphCore(configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        try
        {
            provider.GetService<IStartupValidator>()?.Validate();
            await provider.GetRequiredService<IGraphStore>().InitializeAsync(ct);
            return provider;
        }
        catch
        {
            await provider.DisposeAsync();
            throw;
        }
    }
}
