using DiplomacyGraph.Domain.Ingestion;
using DiplomacyGraph.Ingestion.Mapping;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DiplomacyGraph.Ingestion;

/// <summary>Registers ingestion: the document-graph mapper and <see cref="IArticleIngestor"/>.</summary>
public static class IngestionServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IArticleIngestor"/> (singleton). Needs an <c>IDocumentExtractor</c> (AddExtraction) and an
    /// <c>IGraphStore</c> (AddGraphStore) registered as well.
    /// </summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<DocumentGraphMapper>();
        services.TryAddSingleton<IArticleIngestor, ArticleIngestor>();
        return services;
    }
}
