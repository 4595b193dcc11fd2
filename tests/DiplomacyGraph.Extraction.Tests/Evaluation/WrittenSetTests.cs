using DiplomacyGraph.Extraction.Evaluation;

namespace DiplomacyGraph.Extraction.Tests.Evaluation;

/// <summary>
/// The two evaluation sets the team wrote (tests/corpus/unseen: 201–224, tests/corpus/unseen2: 301–324). Their gold must
/// be well formed; the first set, used for rules since its first measurement, keeps floors against regressions.
/// </summary>
public sealed class WrittenSetTests
{
    private static string SetFolder(string name) => Path.Combine(TestData.RepoRoot, "tests", "corpus", name);

    [Theory]
    [InlineData("unseen")]
    [InlineData("unseen2")]
    public void Gold_scoredAgainstItself_isPerfect(string set)
    {
        var gold = Path.Combine(SetFolder(set), "gold");
        var root = Directory.CreateTempSubdirectory("dg-gold-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(gold, "*.gold.json"))
                File.Copy(file, Path.Combine(root, Path.GetFileName(file).Replace(".gold.json", ".json", StringComparison.Ordinal)));
            var report = DocumentScorer.ScoreDirectories(gold, root);
            Assert.Equal(24, report.Documents);
            Assert.All(report.Rows, r => Assert.Equal((r.Tp, r.Tp), (r.Pred, r.Gold)));
            Assert.Contains(report.Rows, r => r.Name == "meetings" && r.Gold > 0);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Evaluate_firstWrittenSet_meetsTheFloors()
    {
        var folder = SetFolder("unseen");
        var articles = Directory.GetFiles(Path.Combine(folder, "articles"), "*.txt").Order(StringComparer.Ordinal);
        var report = ArticleEvaluator.Evaluate(TestData.Extractor, Path.Combine(folder, "gold"), articles, ct: TestContext.Current.CancellationToken);
        double F(string row) => report.Row(row)?.F1 ?? 0;
        Assert.True(F("entities (all)") >= 0.95, report.Format());
        Assert.True(F("entity:Person") >= 0.96, report.Format());
        Assert.True(F("meetings") >= 0.95, report.Format());
        Assert.True(F("offices") >= 0.92, report.Format());
        Assert.True(F("document date") >= 0.95, report.Format());
    }
}
