using System.Text;
using DiplomacyGraph.Domain.Articles;

namespace DiplomacyGraph.Extraction.Tests.Pipeline;

/// <summary>Bad or odd text never throws and never hangs; the time limits here only catch runaway loops.</summary>
public sealed class RobustnessTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    private static void Survives(string body, string? lang = null)
    {
        var task = Task.Run(() => TestData.Extractor.Extract(new Article("fuzz.txt", body) { Lang = lang }), TestContext.Current.CancellationToken);
        Assert.True(task.Wait(Limit, TestContext.Current.CancellationToken), "extraction did not finish");
        Assert.NotNull(task.Result.Document);
    }

    [Fact]
    public void Extract_emptyText_givesAnEmptyGraph()
    {
        var g = TestData.Extract(string.Empty);
        Assert.Empty(g.Entities);
        Assert.Empty(g.Meetings);
    }

    [Fact]
    public void Extract_whitespaceAndPunctuationOnly_survives() => Survives(" \n\t،.؟!--(\"\") \r\n");

    [Fact]
    public void Extract_fiveMegabytes_finishes()
    {
        var founding = File.ReadAllText(Path.Combine(TestData.RepoRoot, "seeds", "articles", "000_ar.txt"));
        var body = ArticleParser.Parse("x", founding).Body;
        var sb = new StringBuilder(5_300_000);
        while (sb.Length < 5_000_000) sb.Append(body).Append('\n');
        var g = TestData.Extractor.Extract(new Article("big.txt", sb.ToString()) { Lang = "ar" }, TestContext.Current.CancellationToken);
        Assert.Single(g.Entities, e => e.Iso == "KZ");
    }

    [Fact]
    public void Extract_randomBytesAsText_survives()
    {
        var rng = new Random(42);
        for (var i = 0; i < 20; i++)
        {
            var bytes = new byte[rng.Next(0, 20_000)];
            rng.NextBytes(bytes);
            Survives(Encoding.UTF8.GetString(bytes));
        }
    }

    [Fact]
    public void Extract_mixedScriptsAndMarks_survives()
    {
        Survives("Xi\u200f شي\u200e جين\u200b بينغ met 习近平 и Путин ✓ 🇰🇿 قازاقستان\u202eKZ\u202c ‏\uFEFF", "ar");
        var g = TestData.Extract("التقى الرئيس الصيني شي\u200c جين بينغ برئيس وزراء قاز\u200fاقستان.");
        Assert.Contains(g.Entities, e => e.Iso == "KZ");
    }

    [Fact]
    public void Extract_arabicWithoutAnyKnownName_survives()
    {
        var g = TestData.Extract("قال المتحدث الرسمي إن الاجتماع كان مثمرا وإن الجانبين اتفقا على مواصلة العمل المشترك في المرحلة المقبلة.");
        Assert.DoesNotContain(g.Entities, e => e.Type is "Country" or "Place");
        Assert.Empty(g.Meetings);
    }

    [Fact]
    public void Extract_generatedInputs_neverThrow()
    {
        // Fuzz-style: sentences built from pieces that drive every component, in random order and damage.
        string[] pieces =
        [
            "التقى", "استقبل", "الرئيس", "الصيني", "شي جين بينغ", "رئيس وزراء", "قازاقستان", "،", ".", "بكين", "22", "نوفمبر", "2018", "/",
            "اليوم", "(الخميس)", "met", "with", "Prime Minister", "Kazakh", "President", "Xi Jinping", "BEIJING,", "Oct.", "17", "(Xinhua)", "--",
            "بن", "آل", "ولي العهد", "صاحب السمو", "His Highness", "of", "the", "telephone", "will", "مبادرة الحزام والطريق", "تحيات", "إلى",
            "\u064E", "\u0640", "\u200F", "\n", "  ", "-", "'", "؟", "؛", "respectively", "and", "و", "مع", "Li", "Al", "bin",
        ];
        var rng = new Random(7);
        for (var i = 0; i < 300; i++)
        {
            var sb = new StringBuilder();
            var n = rng.Next(0, 80);
            for (var k = 0; k < n; k++)
            {
                var p = pieces[rng.Next(pieces.Length)];
                if (rng.Next(10) == 0 && p.Length > 1) p = p[..rng.Next(1, p.Length)];
                sb.Append(p).Append(rng.Next(4) == 0 ? "" : " ");
            }
            Survives(sb.ToString(), rng.Next(3) switch { 0 => "ar", 1 => "en", _ => null });
        }
    }
}
