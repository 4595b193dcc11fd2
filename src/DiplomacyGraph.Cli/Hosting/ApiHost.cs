using DiplomacyGraph.Api;
using DiplomacyGraph.Api.Export;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;

namespace DiplomacyGraph.Cli.Hosting;

/// <summary>The web host: a table of contents of what the server is made of.</summary>
internal static class ApiHost
{
    public static WebApplication Build(string[] args, IReadOnlyDictionary<string, string?> overrides, string urls)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = Directory.GetCurrentDirectory() });
        // Defaults sit below appsettings and environment; command-line options sit above everything.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = DgConfiguration.Defaults });
        builder.Configuration.AddInMemoryCollection(overrides);
        builder.WebHost.UseUrls(urls);

        builder.Services
            .AddDiplomacyGraphCore(builder.Configuration)
            .AddGraphQLApi(builder.Configuration);

        var app = builder.Build();
        app.MapGraphQL();
        app.MapExport();
        app.MapHealth();
        app.MapExplorer();
        return app;
    }
}
