using System.Globalization;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;

namespace DiplomacyGraph.Storage.Tests.Contract;

public abstract partial class GraphStoreContractTests
{
    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    public async Task Queries_underAnotherCulture_behaveAsInvariant(string culture)
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var g = await SeedMeetingsAsync();
            // Turkish upper-case I folds to dotless ı under tr-TR; ar-SA formats dates in the Hijri calendar by default.
            Assert.Equal(g.Initiative, (await Store.SearchAsync(new SearchQuery("BELT AND ROAD INITIATIVE"), Ct))[0].Node.Id);
            var (first, second) = g.SameDayAscending;
            Assert.Equal([second, first],
                (await Store.FindMeetingsAsync(new MeetingQuery([g.A], From: new DateOnly(2019, 3, 1), To: new DateOnly(2019, 3, 1)), Ct)).Meetings.Select(m => m.Id));
            Assert.Equal(new DateOnly(2018, 11, 22), (await Store.GetNodesAsync([g.M1], Ct))[g.M1].Date);
            Assert.Equal("KZ", (await Store.GetCountryTiesAsync(new CountryTieQuery("cn"), Ct))[0].Iso);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    [Fact]
    public async Task WriteAsync_cancelledToken_writesNothing()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        var g = new MeetingGraph();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.WriteAsync(g.Batch, cts.Token));
        Assert.Equal(0, (await Store.GetStatsAsync(Ct)).Nodes);
        Assert.Empty(await Store.GetNodesAsync([g.A], Ct));
        Assert.Equal(g.Batch.Nodes.Count, (await Store.WriteAsync(g.Batch, Ct)).NodesCreated);
    }
}
