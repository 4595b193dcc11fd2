using DiplomacyGraph.Domain.Articles;
using DiplomacyGraph.Domain.Extraction;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Ingestion;
using DiplomacyGraph.Domain.Storage;
using DiplomacyGraph.Ingestion.Mapping;
using Microsoft.Extensions.Logging;

namespace DiplomacyGraph.Ingestion;

/// <summary>
/// Extract, map, write in one transaction. Ingesting an article again writes the same batch again, which the
/// store merges into what is there: nothing changes unless the extractor now finds more.
/// </summary>
internal sealed class ArticleIngestor(IDocumentExtractor extractor, IGraphStore store, DocumentGraphMapper mapper, ILogger<ArticleIngestor> logger)
    : IArticleIngestor
{
    public async Task<IngestReport> IngestAsync(Article article, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        var graph = extractor.Extract(article, ct);
        var articleId = NodeIds.Article(article.Body);
        var existed = (await store.GetNodesAsync([articleId], ct).ConfigureAwait(false)).ContainsKey(articleId);

        var mapped = mapper.Map(article, graph);
        if (mapped.ParticipantsWithoutCountry.Count > 0)
        {
            var known = await KnownOfficeCountriesAsync(mapped.ParticipantsWithoutCountry, ct).ConfigureAwait(false);
            if (known.Count > 0) mapped = mapper.Map(article, graph, known);
        }
        foreach (var reason in mapped.Dropped)
            logger.LogInformation("{File}: {Reason}", article.File, reason);

        var write = await store.WriteAsync(mapped.Batch, ct).ConfigureAwait(false);
        logger.LogDebug("{File}: {Nodes} nodes and {Edges} edges created, {MergedNodes} nodes merged", article.File, write.NodesCreated, write.EdgesCreated, write.NodesMerged);
        return new IngestReport(mapped.ArticleId, graph, write, existed);
    }

    /// <summary>ISO codes of the countries the store says each person holds an office of.</summary>
    private async Task<Dictionary<string, IReadOnlyList<string>>> KnownOfficeCountriesAsync(IReadOnlyList<string> personIds, CancellationToken ct)
    {
        var offices = await store.GetEdgesAsync(new EdgeQuery(personIds, EdgeDirection.Outgoing, [RelationshipTypes.HoldsOffice]), ct).ConfigureAwait(false);
        if (offices.Count == 0) return [];
        var countries = await store.GetNodesAsync([.. offices.Select(o => o.To).Distinct(StringComparer.Ordinal)], ct).ConfigureAwait(false);
        return offices
            .Where(o => countries.TryGetValue(o.To, out var c) && c.Iso is not null)
            .GroupBy(o => o.From, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(o => countries[o.To].Iso!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)], StringComparer.Ordinal);
    }
}
