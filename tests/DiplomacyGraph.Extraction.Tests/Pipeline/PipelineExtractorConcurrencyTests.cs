using System.Text.Json;
using DiplomacyGraph.Domain.Articles;
using DiplomacyGraph.Domain.Documents;

namespace DiplomacyGraph.Extraction.Tests.Pipeline;

/// <summary>
/// The extractor keeps per-thread caches (token keys, matcher walk starts, working lists): many threads at once must
/// give exactly what one thread gives.
/// </summary>
public sealed class PipelineExtractorConcurrencyTests
{
    [Fact]
    public void Extract_devCorpusOnManyThreads_matchesOneThread()
    {
        var dir = Path.Combine(TestData.RequireShared(), "corpus", "dev");
        var articles = Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => ArticleParser.Parse(Path.GetFileName(f), File.ReadAllText(f))).ToList();
        var ct = TestContext.Current.CancellationToken;
        var expected = articles.Select(a => Json(TestData.Extractor.Extract(a, ct))).ToList();

        // Each article several times, interleaved across threads.
        var work = Enumerable.Range(0, 4).SelectMany(_ => Enumerable.Range(0, articles.Count)).ToArray();
        var actual = new string[work.Length];
        Parallel.For(0, work.Length, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = ct },
            i => actual[i] = Json(TestData.Extractor.Extract(articles[work[i]], ct)));

        for (var i = 0; i < work.Length; i++) Assert.Equal(expected[work[i]], actual[i]);
    }

    private static string Json(DocumentGraph g) => JsonSerializer.Serialize(g, DocumentGraphJson.Options);
}
