using DiplomacyGraph.Domain.Articles;
using DiplomacyGraph.Domain.Documents;

namespace DiplomacyGraph.Domain.Extraction;

/// <summary>Reads one article into its document graph. Implementations are thread-safe and never throw on bad text.</summary>
public interface IDocumentExtractor
{
    DocumentGraph Extract(Article article, CancellationToken ct = default);
}
