using DiplomacyGraph.Domain.Articles;
using DiplomacyGraph.Domain.Documents;
using DiplomacyGraph.Domain.Extraction;

namespace DiplomacyGraph.Ingestion.Tests;

/// <summary>An extractor that returns a given document graph (the real pipeline is tested in the extraction project).</summary>
internal sealed class FixedExtractor(Func<Article, DocumentGraph> extract) : IDocumentExtractor
{
    public int Calls { get; private set; }

    public DocumentGraph Extract(Article article, CancellationToken ct = default)
    {
        Calls++;
        return extract(article);
    }
}
