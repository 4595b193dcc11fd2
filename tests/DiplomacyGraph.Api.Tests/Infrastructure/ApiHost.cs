using DiplomacyGraph.Domain.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DiplomacyGraph.Api.Tests.Infrastructure;

/// <summary>Builds the API host the way the app does (AddGraphQLApi, MapGraphQL, MapHealth, MapExplorer) over a given store.</summary>
internal static class ApiHost
{
    public static async Task<WebApplication> StartAsync(IGraphStore store, IDictionary<string, string?>? settings = null, bool kestrel = false, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        if (kestrel) builder.WebHost.UseUrls("http://127.0.0.1:0");
        else builder.WebHost.UseTestServer();
        builder.Services.AddSingleton(store);
        builder.Services.AddGraphQLApi(builder.Configuration);
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapGraphQL();
        app.MapHealth();
        app.MapExplorer();
        await app.StartAsync();
        return app;
    }
}
