using System.Text.Json.Nodes;
using DiplomacyGraph.Domain.Articles;
using DiplomacyGraph.Domain.Documents;
using DiplomacyGraph.Domain.Extraction;

namespace DiplomacyGraph.Extraction.Evaluation;

/// <summary>Extracts articles and scores them against NAME.gold.json files, as <c>dg eval</c> and the tests do.</summary>
public static class ArticleEvaluator
{
    /// <summary>
    /// Scores each article file that has a gold file in <paramref name="goldDir"/> (articles without gold are
    /// skipped and listed in <paramref name="skipped"/>).
    /// </summary>
    public static ScoreReport Evaluate(IDocumentExtractor extractor, string goldDir, IEnumerable<string> articleFiles, List<string>? skipped = null, CancellationToken ct = default)
    {
        var report = new ScoreReport();
        foreach (var file in articleFiles)
        {
            var name = Path.GetFileName(file);
            var gold = Path.Combine(goldDir, Path.GetFileNameWithoutExtension(name) + ".gold.json");
            if (!File.Exists(gold))
            {
                skipped?.Add(name);
                continue;
            }
            var graph = extractor.Extract(ArticleParser.Parse(name, File.ReadAllText(file)), ct);
            var pred = JsonNode.Parse(DocumentGraphJson.Serialize(graph)) as JsonObject ?? [];
            var goldJson = JsonNode.Parse(File.ReadAllText(gold)) as JsonObject ?? [];
            DocumentScorer.ScoreDocument(goldJson, pred, report);
            report.Documents++;
        }
        return report;
    }

    /// <summary>Files named directly, and the *.txt files of folders (sorted), in argument order.</summary>
    public static IEnumerable<string> ArticleFiles(IEnumerable<string> paths)
    {
        foreach (var p in paths)
        {
            if (Directory.Exists(p))
            {
                foreach (var f in Directory.GetFiles(p, "*.txt").Order(StringComparer.Ordinal)) yield return f;
            }
            else yield return p;
        }
    }
}
