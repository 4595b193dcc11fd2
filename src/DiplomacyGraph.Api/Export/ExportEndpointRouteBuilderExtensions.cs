using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyGraph.Api.Export;

/// <summary>The file export endpoint.</summary>
public static class ExportEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>GET /export?format=…&amp;seed=…&amp;depth=…&amp;from=…&amp;to=…&amp;country=…&amp;person=…&amp;initiative=…&amp;kind=…&amp;type=…</c>:
    /// streams the selected subgraph as a file. A bad selection is a 400 problem-details answer sent before any byte of
    /// the file. Needs an <c>IGraphStore</c> registration; <c>AddExport()</c> is optional (it sets the size caps).
    /// </summary>
    public static IEndpointRouteBuilder MapExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/export", (HttpContext context) => ActivatorUtilities.CreateInstance<ExportHttpHandler>(context.RequestServices).HandleAsync(context))
            .WithName("Export")
            .WithDisplayName("Subgraph export (GraphML, node-link JSON, neo4j-admin CSV, Cypher, Parquet)");
        return app;
    }
}
