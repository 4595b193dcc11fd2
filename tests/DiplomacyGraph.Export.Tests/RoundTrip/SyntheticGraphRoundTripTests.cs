using DiplomacyGraph.Export.Formats;
using DiplomacyGraph.Export.Tests.Support;

namespace DiplomacyGraph.Export.Tests.RoundTrip;

public sealed class SyntheticGraphRoundTripTests
{
    [Theory]
    [MemberData(nameof(ReadGraph.Formats), MemberType = typeof(ReadGraph))]
    public async Task WholeGraph_syntheticGraphInSqlite_readBackByConsumerMatchesStore(ExportFormat format)
    {
        await using var temp = await TempStore.SyntheticAsync();

        var read = await RoundTripAssertions.AssertWholeGraphRoundTripsAsync(temp.Store, format);

        Assert.Equal(SyntheticGraph.TrickyArabic, read.Nodes[SyntheticGraph.Tricky].Ar);
        Assert.Equal(SyntheticGraph.TrickyName, read.Nodes[SyntheticGraph.Tricky].En);
    }
}
