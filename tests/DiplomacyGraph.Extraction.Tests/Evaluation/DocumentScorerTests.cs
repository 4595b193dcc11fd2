using System.Text.Json.Nodes;
using DiplomacyGraph.Extraction.Evaluation;

namespace DiplomacyGraph.Extraction.Tests.Evaluation;

public sealed class DocumentScorerTests
{
    private static ScoreReport Score(string gold, string pred)
    {
        var r = new ScoreReport();
        DocumentScorer.ScoreDocument((JsonObject)JsonNode.Parse(gold)!, (JsonObject)JsonNode.Parse(pred)!, r);
        return r;
    }

    [Fact]
    public void Score_arabicNameWithOtherAlef_matchesAndResolvesMeetings()
    {
        const string gold = """
            {"document":{"date":"2018-11-22"},
             "entities":[{"type":"Person","name":{"en":"Xi Jinping","ar":"شي جين بينغ"}},{"type":"Person","name":{"en":"Bakytzhan Sagintayev"}},{"type":"Country","iso":"KZ","name":{"en":"Kazakhstan"}}],
             "meetings":[{"participants":["Xi Jinping","Bakytzhan Sagintayev"],"date":"2018-11-22","place":"Beijing"}],
             "offices":[{"person":"Xi Jinping","title":"President","country":"CN"}],
             "relations":[{"type":"PARTNER_OF","from":"China","to":"Kazakhstan"}]}
            """;
        const string pred = """
            {"document":{"date":"2018-11-22"},
             "entities":[{"type":"Person","name":{"en":"Shi","ar":"شِي جين بينغ"}},{"type":"Person","name":{"en":"Bakytzhan Sagintayev"}},{"type":"Country","iso":"kz"},{"type":"Country","iso":"CN"}],
             "meetings":[{"participants":["Bakytzhan Sagintayev","Shi"],"date":"2018-11-22","place":"beijing"}],
             "offices":[{"person":"Shi","title":"president","country":"CN"}],
             "relations":[{"type":"PARTNER_OF","from":"Kazakhstan","to":"China"}]}
            """;
        var r = Score(gold, pred);
        Assert.Equal(new ScoreRow("entity:Person", 2, 2, 2), r.Row("entity:Person"));
        Assert.Equal(new ScoreRow("entity:Country", 1, 2, 1), r.Row("entity:Country"));
        Assert.Equal(1, r.Row("meetings")!.Tp);
        Assert.Equal(1, r.Row("offices")!.Tp);
        Assert.Equal(1, r.Row("relations")!.Tp);
        Assert.Equal(1, r.Row("document date")!.Tp);
    }

    [Fact]
    public void Score_emptyPrediction_countsGoldAsMissed()
    {
        var r = Score("""{"document":{"date":"2020-01-01"},"entities":[{"type":"Place","name":{"en":"Riyadh"}}],"meetings":[],"offices":[],"relations":[]}""", "{}");
        Assert.Equal(new ScoreRow("entity:Place", 0, 0, 1), r.Row("entity:Place"));
        Assert.Equal(0, r.Row("document date")!.Tp);
        Assert.Equal(0.0, r.Row("entity:Place")!.Precision);
        Assert.Equal(1.0, r.Row("meetings")!.Recall);
    }

    [Fact]
    public void Format_printsTheReferenceTable()
    {
        var r = Score("""{"entities":[{"type":"Place","name":{"en":"Riyadh"}}]}""", """{"entities":[{"type":"Place","name":{"en":"Riyadh"}},{"type":"Place","name":{"en":"Jeddah"}}]}""");
        r.Documents = 1;
        var lines = r.Format().Split('\n');
        Assert.Equal("1 documents", lines[0]);
        Assert.Equal("row                               P      R     F1   tp/pred/gold", lines[1]);
        Assert.Contains("entity:Place                  0.500  1.000  0.667   1/2/1", lines);
    }
}
