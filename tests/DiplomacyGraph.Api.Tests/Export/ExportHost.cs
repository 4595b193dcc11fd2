using DiplomacyGraph.Api.Export;
using DiplomacyGraph.Api.Export.GraphQL;
using DiplomacyGraph.Api.GraphQL.Types;
using DiplomacyGraph.Domain.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DiplomacyGraph.Api.Tests.Export;

/// <summary>
/// The API host with the export wired in the way the app wires it: <c>MapExport()</c> and
/// the Query type (which adds the subgraph field itself).
/// </summary>
internal static class ExportHost
{
    public static async Task<WebApplication> StartAsync(IGraphStore store)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton(store);
        builder.Services.AddGraphQLApi(builder.Configuration);
        var app = builder.Build();
        app.MapGraphQL();
        app.MapExport();
        await app.StartAsync();
        return app;
    }
}
