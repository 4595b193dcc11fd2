using DiplomacyGraph.Api.Explorer;
using DiplomacyGraph.Api.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyGraph.Api;

/// <summary>Endpoints of the API: <c>/graphql</c>, <c>/health/live</c>, <c>/health/ready</c>, <c>/graphiql</c> and <c>/</c>.</summary>
public static class ApiEndpointRouteBuilderExtensions
{
    /// <summary>Maps GraphQL over HTTP (GET and POST; other methods get 405).</summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql") =>
        endpoints.Map(pattern, (HttpContext context) => context.RequestServices.GetRequiredService<GraphQLHttpHandler>().HandleAsync(context));

    /// <summary>Maps <c>/health/live</c> (the process answers) and <c>/health/ready</c> (the store answers; 503 when not).</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        return endpoints;
    }

    /// <summary>Maps the self-contained query explorer at <c>/graphiql</c> and a landing page at <c>/</c> that links to it.</summary>
    public static IEndpointRouteBuilder MapExplorer(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/graphiql", () => Results.Content(ExplorerPages.Explorer, "text/html; charset=utf-8"));
        endpoints.MapGet("/", () => Results.Content(ExplorerPages.Landing, "text/html; charset=utf-8"));
        return endpoints;
    }
}
