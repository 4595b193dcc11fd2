using DiplomacyGraph.Domain.Articles;

namespace DiplomacyGraph.Domain.Ingestion;

/// <summary>Article in, graph written: extract, map to nodes and edges, write in one transaction.</summary>
public interface IArticleIngestor
{
    Task<IngestReport> IngestAsync(Article article, CancellationToken ct = default);
}
