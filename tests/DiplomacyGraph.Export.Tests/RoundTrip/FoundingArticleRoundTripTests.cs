using DiplomacyGraph.Domain.Articles;
using DiplomacyGraph.Domain.Documents;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Export.Formats;
using DiplomacyGraph.Export.Selection;
using DiplomacyGraph.Export.Tests.Support;
using DiplomacyGraph.Ingestion.Mapping;

namespace DiplomacyGraph.Export.Tests.RoundTrip;

/// <summary>The founding article's gold graph, mapped by the Ingestion mapper into a real SQLite store, exported and read back.</summary>
public sealed class FoundingArticleRoundTripTests
{
    private static readonly string Xi = NodeIds.Entity(NodeKind.Person, "Xi Jinping");
    private static readonly string Sagintayev = NodeIds.Entity(NodeKind.Person, "Bakytzhan Sagintayev");

    private static async Task<TempStore> FoundingStoreAsync()
    {
        var gold = DocumentGraphJson.Deserialize(await File.ReadAllTextAsync(TestPaths.RequireSharedFile("gold", "000_ar.gold.json"), TestContext.Current.CancellationToken))!;
        var article = ArticleParser.Parse("000_ar.txt", await File.ReadAllTextAsync(TestPaths.RequireSharedFile("corpus", "dev", "000_ar.txt"), TestContext.Current.CancellationToken));
        var mapped = new DocumentGraphMapper().Map(article, gold);
        return await TempStore.CreateAsync(mapped.Batch);
    }

    [Theory]
    [MemberData(nameof(ReadGraph.Formats), MemberType = typeof(ReadGraph))]
    public async Task WholeGraph_foundingArticle_readBackByConsumerMatchesStore(ExportFormat format)
    {
        await using var temp = await FoundingStoreAsync();

        var read = await RoundTripAssertions.AssertWholeGraphRoundTripsAsync(temp.Store, format);

        Assert.Equal("شي جين بينغ", read.Nodes[Xi].Ar);
        Assert.Contains(read.Edges.Values, e => e == ("PARTICIPATED_IN", Sagintayev, e.To) && read.Nodes[e.To].Kind == "Meeting");
    }

    [Fact]
    public async Task SeedExport_arabicAndEnglishNames_selectTheSameNodesWithStableIds()
    {
        await using var temp = await FoundingStoreAsync();
        var exporter = new GraphExporter(temp.Store);
        var ct = TestContext.Current.CancellationToken;

        var byArabic = await Exports.BytesAsync(await exporter.ResolveAsync(new ExportSelection { Seeds = ["شي جين بينغ"], Depth = 2 }, ct), ExportFormat.NodeLinkJson);
        var byEnglish = await Exports.BytesAsync(await exporter.ResolveAsync(new ExportSelection { Seeds = ["Xi Jinping"], Depth = 2 }, ct), ExportFormat.NodeLinkJson);
        var byId = await Exports.BytesAsync(await exporter.ResolveAsync(new ExportSelection { Seeds = [Xi], Depth = 2 }, ct), ExportFormat.NodeLinkJson);

        Assert.Equal(byArabic, byEnglish);
        Assert.Equal(byArabic, byId);
        using var doc = System.Text.Json.JsonDocument.Parse(byArabic);
        var ids = doc.RootElement.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToList();
        Assert.Contains(Xi, ids);
        Assert.Contains(Sagintayev, ids);
        Assert.Contains(NodeIds.Country("KZ"), ids);
    }
}
