using System.Net;
using DiplomacyGraph.Api.Tests.Infrastructure;
using DiplomacyGraph.Storage.Sqlite;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyGraph.Api.Tests.Http;

/// <summary>With no API key configured, writes are accepted from loopback (real Kestrel on 127.0.0.1).</summary>
public sealed class LoopbackWriteTests
{
    [Fact]
    public async Task Mutation_noKeyConfigured_fromLoopback_passesTheKeyCheck()
    {
        var folder = Path.Combine(Path.GetTempPath(), "dg-api-loopback-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        await using var store = new SqliteGraphStore(Path.Combine(folder, "graph.db"));
        await store.InitializeAsync(TestContext.Current.CancellationToken);
        await using var app = await ApiHost.StartAsync(store, kestrel: true);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        var r = await client.GraphQLAsync("mutation { ingestArticle(input: { text: \"\" }) { articleId } }");

        // Past the key check, the (empty) input is refused by validation: a 200 with VALIDATION_FAILED, not a 401/403.
        Assert.Equal(HttpStatusCode.OK, r.Status);
        Assert.Equal("VALIDATION_FAILED", r.FirstErrorCode);
        await app.StopAsync(TestContext.Current.CancellationToken);
        Directory.Delete(folder, recursive: true);
    }
}
