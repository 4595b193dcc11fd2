using DiplomacyGraph.Extraction.Evaluation;

namespace DiplomacyGraph.Extraction.Tests.Evaluation;

/// <summary>
/// The evaluation sets the team wrote (tests/corpus/unseen*). Their gold must be well formed; the sets used for rules
/// since their one unseen measurement keep floors against regressions (a little under their scores). Set 8 and the
/// newest sets (measured at most once, never read) are held out for release measurements and have none.
/// </summary>
public sealed class WrittenSetTests
{
    private static string SetFolder(string name) => Path.Combine(TestData.RepoRoot, "tests", "corpus", name);

    [Theory]
    [InlineData("unseen")]
    [InlineData("unseen2")]
    [InlineData("unseen3")]
    [InlineData("unseen4")]
    [InlineData("unseen5")]
    [InlineData("unseen6")]
    [InlineData("unseen7")]
    [InlineData("unseen8")]
    [InlineData("unseen9")]
    [InlineData("unseen10")]
    [InlineData("unseen11")]
    [InlineData("unseen12")]
    [InlineData("unseen13")]
    [InlineData("unseen14")]
    [InlineData("unseen15")]
    [InlineData("unseen16")]
    [InlineData("unseen17")]
    [InlineData("unseen18")]
    [InlineData("unseen19")]
    [InlineData("unseen20")]
    [InlineData("unseen21")]
    [InlineData("unseen22")]
    [InlineData("unseen23")]
    [InlineData("unseen24")]
    [InlineData("unseen25")]
    [InlineData("unseen26")]
    [InlineData("unseen27")]
    [InlineData("unseen28")]
    [InlineData("unseen29")]
    [InlineData("unseen30")]
    [InlineData("unseen31")]
    [InlineData("unseen32")]
    [InlineData("unseen33")]
    [InlineData("unseen34")]
    [InlineData("unseen35")]
    [InlineData("unseen36")]
    [InlineData("unseen37")]
    [InlineData("unseen38")]
    [InlineData("unseen39")]
    [InlineData("unseen40")]
    [InlineData("unseen41")]
    [InlineData("unseen42")]
    [InlineData("unseen43")]
    [InlineData("unseen44")]
    [InlineData("unseen45")]
    [InlineData("unseen46")]
    [InlineData("unseen47")]
    [InlineData("unseen48")]
    [InlineData("unseen49")]
    [InlineData("unseen50")]
    [InlineData("unseen51")]
    [InlineData("unseen52")]
    [InlineData("unseen53")]
    [InlineData("unseen54")]
    [InlineData("unseen55")]
    [InlineData("unseen56")]
    [InlineData("unseen57")]
    [InlineData("unseen58")]
    [InlineData("unseen59")]
    [InlineData("unseen60")]
    [InlineData("unseen61")]
    [InlineData("unseen62")]
    [InlineData("unseen63")]
    [InlineData("unseen64")]
    [InlineData("unseen65")]
    [InlineData("unseen66")]
    [InlineData("unseen67")]
    [InlineData("unseen68")]
    [InlineData("unseen69")]
    [InlineData("unseen70")]
    [InlineData("unseen71")]
    [InlineData("unseen72")]
    [InlineData("unseen73")]
    [InlineData("unseen74")]
    [InlineData("unseen75")]
    [InlineData("unseen76")]
    [InlineData("unseen77")]
    [InlineData("unseen78")]
    [InlineData("unseen79")]
    [InlineData("unseen80")]
    [InlineData("unseen81")]
    [InlineData("unseen82")]
    [InlineData("unseen83")]
    [InlineData("unseen84")]
    [InlineData("unseen85")]
    [InlineData("unseen86")]
    [InlineData("unseen87")]
    [InlineData("unseen88")]
    [InlineData("unseen89")]
    [InlineData("unseen90")]
    [InlineData("unseen91")]
    [InlineData("unseen92")]
    [InlineData("unseen93")]
    [InlineData("unseen94")]
    [InlineData("unseen95")]
    [InlineData("unseen96")]
    [InlineData("unseen97")]
    [InlineData("unseen98")]
    [InlineData("unseen99")]
    [InlineData("unseen100")]
    [InlineData("unseen101")]
    public void Gold_scoredAgainstItself_isPerfect(string set)
    {
        var gold = Path.Combine(SetFolder(set), "gold");
        var root = Directory.CreateTempSubdirectory("dg-gold-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(gold, "*.gold.json"))
                File.Copy(file, Path.Combine(root, Path.GetFileName(file).Replace(".gold.json", ".json", StringComparison.Ordinal)));
            var report = DocumentScorer.ScoreDirectories(gold, root);
            Assert.Equal(Directory.GetFiles(gold, "*.gold.json").Length, report.Documents);
            Assert.True(report.Documents >= 16, $"only {report.Documents} documents");
            Assert.All(report.Rows, r => Assert.Equal((r.Tp, r.Tp), (r.Pred, r.Gold)));
            Assert.Contains(report.Rows, r => r.Name == "meetings" && r.Gold > 0);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData("unseen", 0.95, 0.96, 0.95, 0.92)]
    [InlineData("unseen2", 0.94, 0.96, 0.78, 0.90)]
    [InlineData("unseen3", 0.93, 0.94, 0.84, 0.90)]
    [InlineData("unseen4", 0.94, 0.95, 0.92, 0.88)]
    [InlineData("unseen5", 0.92, 0.92, 0.82, 0.92)]
    [InlineData("unseen6", 0.94, 0.95, 0.88, 0.88)]
    [InlineData("unseen7", 0.91, 0.95, 0.83, 0.91)]
    [InlineData("unseen9", 0.94, 0.96, 0.90, 0.92)]
    [InlineData("unseen10", 0.94, 0.95, 0.80, 0.87)]
    [InlineData("unseen11", 0.92, 0.89, 0.86, 0.83)]
    [InlineData("unseen12", 0.95, 0.96, 0.86, 0.90)]
    [InlineData("unseen13", 0.94, 0.94, 0.84, 0.86)]
    [InlineData("unseen14", 0.91, 0.92, 0.80, 0.86)]
    [InlineData("unseen15", 0.93, 0.91, 0.85, 0.90)]
    [InlineData("unseen16", 0.92, 0.94, 0.78, 0.77)]
    [InlineData("unseen17", 0.92, 0.90, 0.77, 0.90)]
    [InlineData("unseen18", 0.91, 0.93, 0.74, 0.85)]
    [InlineData("unseen19", 0.91, 0.92, 0.80, 0.90)]
    [InlineData("unseen20", 0.94, 0.96, 0.87, 0.92)]
    [InlineData("unseen21", 0.94, 0.94, 0.90, 0.91)]
    [InlineData("unseen22", 0.91, 0.89, 0.79, 0.81)]
    [InlineData("unseen23", 0.91, 0.94, 0.85, 0.85)]
    [InlineData("unseen24", 0.90, 0.89, 0.76, 0.86)]
    [InlineData("unseen25", 0.92, 0.97, 0.82, 0.87)]
    [InlineData("unseen26", 0.91, 0.92, 0.86, 0.88)]
    [InlineData("unseen27", 0.93, 0.95, 0.79, 0.92)]
    [InlineData("unseen28", 0.92, 0.91, 0.75, 0.90)]
    [InlineData("unseen29", 0.93, 0.95, 0.83, 0.95)]
    [InlineData("unseen30", 0.92, 0.91, 0.64, 0.83)]
    [InlineData("unseen31", 0.91, 0.95, 0.74, 0.90)]
    [InlineData("unseen32", 0.92, 0.93, 0.98, 0.92)]
    [InlineData("unseen33", 0.91, 0.97, 0.98, 0.87)]
    [InlineData("unseen34", 0.87, 0.88, 0.88, 0.80)]
    [InlineData("unseen35", 0.89, 0.92, 0.83, 0.74)]
    [InlineData("unseen36", 0.92, 0.96, 0.83, 0.93)]
    [InlineData("unseen37", 0.94, 0.96, 0.58, 0.90)]
    [InlineData("unseen38", 0.89, 0.86, 0.62, 0.74)]
    [InlineData("unseen39", 0.91, 0.90, 0.79, 0.80)]
    [InlineData("unseen40", 0.92, 0.91, 0.68, 0.89)]
    [InlineData("unseen41", 0.92, 0.91, 0.72, 0.92)]
    [InlineData("unseen43", 0.94, 0.92, 0.71, 0.91)]
    [InlineData("unseen44", 0.91, 0.89, 0.70, 0.77)]
    [InlineData("unseen48", 0.91, 0.92, 0.85, 0.81)]
    [InlineData("unseen49", 0.90, 0.92, 0.61, 0.85)]
    [InlineData("unseen58", 0.92, 0.95, 0.75, 0.83)]
    [InlineData("unseen59", 0.93, 0.95, 0.75, 0.91)]
    [InlineData("unseen60", 0.92, 0.91, 0.85, 0.88)]
    [InlineData("unseen61", 0.94, 0.97, 0.78, 0.80)]
    [InlineData("unseen62", 0.94, 0.95, 0.70, 0.88)]
    [InlineData("unseen63", 0.95, 0.95, 0.73, 0.86)]
    [InlineData("unseen64", 0.92, 0.93, 0.73, 0.87)]
    [InlineData("unseen65", 0.90, 0.93, 0.82, 0.80)]
    [InlineData("unseen66", 0.94, 0.90, 0.88, 0.87)]
    [InlineData("unseen67", 0.91, 0.89, 0.39, 0.70)]
    [InlineData("unseen68", 0.90, 0.93, 0.87, 0.98)]
    [InlineData("unseen69", 0.95, 0.94, 0.74, 0.79)]
    [InlineData("unseen70", 0.92, 0.97, 0.97, 0.87)]
    [InlineData("unseen71", 0.93, 0.91, 0.94, 0.91)]
    [InlineData("unseen72", 0.95, 0.98, 0.94, 0.91)]
    [InlineData("unseen73", 0.93, 0.95, 0.88, 0.90)]
    [InlineData("unseen74", 0.94, 0.93, 0.95, 0.89)]
    [InlineData("unseen75", 0.92, 0.94, 0.97, 0.85)]
    [InlineData("unseen76", 0.91, 0.90, 0.90, 0.87)]
    [InlineData("unseen77", 0.93, 0.94, 0.87, 0.86)]
    [InlineData("unseen78", 0.93, 0.92, 0.82, 0.84)]
    [InlineData("unseen79", 0.95, 0.98, 0.78, 0.92)]
    [InlineData("unseen80", 0.92, 0.94, 0.82, 0.84)]
    [InlineData("unseen81", 0.87, 0.89, 0.70, 0.75)]
    [InlineData("unseen82", 0.92, 0.92, 0.89, 0.85)]
    [InlineData("unseen83", 0.94, 0.95, 0.88, 0.89)]
    [InlineData("unseen84", 0.92, 0.98, 0.81, 0.89)]
    [InlineData("unseen85", 0.95, 0.96, 0.83, 0.89)]
    [InlineData("unseen86", 0.93, 0.93, 0.92, 0.92)]
    [InlineData("unseen87", 0.91, 0.90, 0.85, 0.85)]
    [InlineData("unseen88", 0.94, 0.95, 0.89, 0.95)]
    [InlineData("unseen89", 0.91, 0.91, 0.72, 0.74)]
    [InlineData("unseen90", 0.96, 0.96, 0.79, 0.90)]
    [InlineData("unseen92", 0.91, 0.92, 0.97, 0.84)]
    [InlineData("unseen94", 0.91, 0.99, 0.91, 0.95)]
    [InlineData("unseen96", 0.92, 0.93, 0.68, 0.92)]
    [InlineData("unseen98", 0.94, 0.98, 0.82, 0.95)]
    [InlineData("unseen100", 0.91, 0.96, 0.84, 0.94)]
    public void Evaluate_writtenSetUsedForRules_meetsItsFloors(string set, double entities, double persons, double meetings, double offices)
    {
        var folder = SetFolder(set);
        var articles = Directory.GetFiles(Path.Combine(folder, "articles"), "*.txt").Order(StringComparer.Ordinal);
        var report = ArticleEvaluator.Evaluate(TestData.Extractor, Path.Combine(folder, "gold"), articles, ct: TestContext.Current.CancellationToken);
        double F(string row) => report.Row(row)?.F1 ?? 0;
        Assert.True(F("entities (all)") >= entities, report.Format());
        Assert.True(F("entity:Person") >= persons, report.Format());
        Assert.True(F("meetings") >= meetings, report.Format());
        Assert.True(F("offices") >= offices, report.Format());
        Assert.True(F("document date") >= 0.95, report.Format());
    }
}
