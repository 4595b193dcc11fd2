using DiplomacyGraph.Domain.Extraction;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DiplomacyGraph.Extraction;

/// <summary>Registers the extraction pipeline.</summary>
public static class ExtractionServiceCollectionExtensions
{
    /// <summary>Adds a singleton <see cref="IDocumentExtractor"/>; the gazetteer is loaded once, on first use.</summary>
    public static IServiceCollection AddExtraction(this IServiceCollection services, Action<ExtractionOptions>? configure = null)
    {
        var builder = services.AddOptions<ExtractionOptions>();
        if (configure is not null) builder.Configure(configure);
        builder.Validate(o => !string.IsNullOrWhiteSpace(o.GazetteerDirectory) && Directory.Exists(o.GazetteerDirectory),
            "Extraction:GazetteerDirectory must name an existing folder of gazetteer TSV files.");
        services.AddSingleton<PipelineExtractor>(sp => PipelineExtractor.FromDirectory(sp.GetRequiredService<IOptions<ExtractionOptions>>().Value.GazetteerDirectory));
        services.AddSingleton<IDocumentExtractor>(sp => sp.GetRequiredService<PipelineExtractor>());
        return services;
    }

    /// <summary>As above, with the options bound to the configuration section "Extraction" (Extraction:GazetteerDirectory).</summary>
    public static IServiceCollection AddExtraction(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddExtraction();
        services.AddOptions<ExtractionOptions>().Bind(configuration.GetSection(ExtractionOptions.SectionName)).ValidateOnStart();
        return services;
    }
}
