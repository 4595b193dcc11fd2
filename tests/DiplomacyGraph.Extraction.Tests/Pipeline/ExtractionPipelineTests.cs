using DiplomacyGraph.Extraction.Components;
using DiplomacyGraph.Extraction.Pipeline;

namespace DiplomacyGraph.Extraction.Tests.Pipeline;

public sealed class ExtractionPipelineTests
{
    [Fact]
    public void Build_componentBeforeWhatItNeeds_failsWithItsName()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new ExtractionPipeline([new SentenceSplitter(), new Normaliser()]));
        Assert.Contains("sentences", e.Message, StringComparison.Ordinal);
        Assert.Contains("Tokens", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_realExtractor_runsEveryStageInOrder() =>
        Assert.Equal(["normaliser", "sentences", "gazetteer", "dateline", "unknown-places", "unknown-events", "story-country-forms", "persons", "titles", "coreference", "meetings", "relations"],
            TestData.Extractor.Components);
}
