using DiplomacyGraph.Api;
using DiplomacyGraph.Domain.Storage;
using DiplomacyGraph.Storage.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DiplomacyGraph.Bench.Api;

/// <summary>The API host as the app builds it (AddGraphQLApi, MapGraphQL, MapHealth, MapExplorer) over the benchmark's SQLite file.</summary>
internal static class BenchServer
{
    public static async Task<(WebApplication App, string Url)> StartAsync(string db, string urls)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(urls);
        builder.Services.AddSingleton<IGraphStore>(_ => new SqliteGraphStore(db));
        builder.Services.AddGraphQLApi(builder.Configuration);
        var app = builder.Build();
        app.MapGraphQL();
        app.MapHealth();
        app.MapExplorer();
        await app.Services.GetRequiredService<IGraphStore>().InitializeAsync().ConfigureAwait(false);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, address.TrimEnd('/') + "/graphql");
    }
}
