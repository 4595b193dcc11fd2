using DiplomacyGraph.Domain.Articles;
using DiplomacyGraph.Domain.Documents;
using DiplomacyGraph.Domain.Extraction;

namespace DiplomacyGraph.Api.Tests.Infrastructure;

/// <summary>
/// An extractor that answers with the gold document graph of the article (the extraction pipeline is tested in its
/// own project); the ingestor, mapper and store behind the mutation are the real ones.
/// </summary>
internal sealed class GoldExtractor(DocumentGraph gold) : IDocumentExtractor
{
    public DocumentGraph Extract(Article article, CancellationToken ct = default) => gold;
}
