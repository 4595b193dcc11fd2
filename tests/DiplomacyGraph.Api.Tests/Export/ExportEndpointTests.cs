using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using DiplomacyGraph.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;

namespace DiplomacyGraph.Api.Tests.Export;

/// <summary>GET /export through the real HTTP pipeline (synchronous IO disallowed, as in Kestrel).</summary>
public sealed class ExportEndpointTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(HttpResponseMessage Response, byte[] Body)> GetAsync(string query, Domain.Storage.IGraphStore? store = null)
    {
        await using var data = await ExportStore.CreateAsync();
        await using var app = await ExportHost.StartAsync(store ?? data.Store);
        using var client = app.GetTestClient();
        var response = await client.GetAsync("/export?" + query, Ct);
        return (response, await response.Content.ReadAsByteArrayAsync(Ct));
    }

    private static async Task<JsonElement> ProblemAsync(string query)
    {
        var (response, body) = await GetAsync(query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("application/problem+json", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        Assert.Null(response.Content.Headers.ContentDisposition);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task Export_graphmlBySeedName_streamsAnAttachmentWithTheNeighbourhood()
    {
        var (response, body) = await GetAsync("format=graphml&seed=" + Uri.EscapeDataString("شي جين بينغ") + "&depth=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphml+xml; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.EndsWith(".graphml", disposition.FileName!.Trim('"'), StringComparison.Ordinal);
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        var ids = XDocument.Load(new MemoryStream(body)).Descendants(ns + "node").Select(n => (string?)n.Attribute("id")).ToList();
        Assert.Contains(TestGraph.Xi, ids);
        Assert.Contains(TestGraph.FoundingMeeting, ids);
    }

    [Fact]
    public async Task Export_parquetWholeGraph_isAZipOfTwoParquetFiles()
    {
        var (response, body) = await GetAsync("format=parquet");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.ToString());
        Assert.EndsWith(".parquet.zip", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'), StringComparison.Ordinal);
        using var zip = new ZipArchive(new MemoryStream(body), ZipArchiveMode.Read);
        Assert.Equal(["nodes.parquet", "edges.parquet"], zip.Entries.Select(e => e.FullName));
    }

    [Theory]
    [InlineData("format=csv&country=KZ", "application/zip", ".neo4j-csv.zip")]
    [InlineData("format=cypher&person=Xi%20Jinping&from=2018-01-01&to=2018-12-31", "application/vnd.neo4j.cypher; charset=utf-8", ".cypher")]
    [InlineData("format=json&seed=Kazakhstan&depth=2&kind=Person,Meeting,Country", "application/json; charset=utf-8", ".json")]
    public async Task Export_eachFormat_hasItsContentTypeAndFileName(string query, string contentType, string extension)
    {
        var (response, body) = await GetAsync(query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
        Assert.EndsWith(extension, response.Content.Headers.ContentDisposition!.FileName!.Trim('"'), StringComparison.Ordinal);
        Assert.NotEmpty(body);
    }

    [Fact]
    public async Task Export_unknownFormat_is400WithCodeAndMessage()
    {
        var problem = await ProblemAsync("format=xlsx&seed=Xi%20Jinping");

        Assert.Equal("EXPORT_UNKNOWN_FORMAT", problem.GetProperty("code").GetString());
        Assert.Contains("xlsx", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_depthFive_is400() =>
        Assert.Equal("EXPORT_DEPTH_OUT_OF_RANGE", (await ProblemAsync("format=graphml&seed=Xi%20Jinping&depth=5")).GetProperty("code").GetString());

    [Fact]
    public async Task Export_unknownSeed_is400NamingIt()
    {
        var problem = await ProblemAsync("format=graphml&seed=Nobody%20Atall");

        Assert.Equal("EXPORT_UNKNOWN_SEED", problem.GetProperty("code").GetString());
        Assert.Contains("Nobody Atall", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_storeFailsMidStream_abortsInsteadOfEndingTheFileCleanly()
    {
        await using var data = await ExportStore.CreateAsync();
        await using var app = await ExportHost.StartAsync(new FailingScanStore(data.Store));
        using var client = app.GetTestClient();

        // The client must not receive a complete response: the transfer breaks.
        await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            using var response = await client.GetAsync("/export?format=json", HttpCompletionOption.ResponseContentRead, Ct);
            var text = await response.Content.ReadAsStringAsync(Ct);
            JsonDocument.Parse(text);
        });
    }
}
