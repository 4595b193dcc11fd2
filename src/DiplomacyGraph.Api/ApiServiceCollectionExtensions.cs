using System.Text.Encodings.Web;
using DiplomacyGraph.Api.GraphQL;
using DiplomacyGraph.Api.Http;
using DiplomacyGraph.Api.Services;
using DiplomacyGraph.Api.Validation;
using FluentValidation;
using GraphQL;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiplomacyGraph.Api;

/// <summary>Registration of the GraphQL API. The host must also register an <c>IGraphStore</c> (and, for writes, an <c>IArticleIngestor</c>).</summary>
public static class ApiServiceCollectionExtensions
{
    /// <summary>
    /// Adds the schema, its services, the HTTP handler and health checks, with <see cref="ApiOptions"/> bound to the
    /// <c>Api</c> section and validated at start.
    /// </summary>
    public static IServiceCollection AddGraphQLApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiOptions>().Bind(configuration.GetSection(ApiOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ApiOptions>, ApiOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton<EntityService>();
        services.TryAddSingleton<MeetingService>();
        services.TryAddSingleton<CounterpartService>();
        services.TryAddSingleton<TiesService>();
        services.TryAddSingleton<TraversalService>();
        services.TryAddSingleton<StatsService>();
        services.TryAddSingleton<IngestService>();
        services.TryAddSingleton<Paging>();
        services.TryAddSingleton<IValidator<IngestArticleInput>, IngestArticleInputValidator>();
        services.TryAddSingleton<GraphQLHttpHandler>();
        services.AddHealthChecks().AddCheck<GraphStoreHealthCheck>("store", tags: ["ready"]);

        services.AddGraphQL(b => b
            .AddSchema<DiplomacySchema>()
            .AddGraphTypes(typeof(DiplomacySchema).Assembly)
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddErrorInfoProvider<ApiErrorInfoProvider>()
            .ConfigureExecution<ValidatedDocumentCache>()
            .AddComplexityAnalyzer((c, sp) =>
            {
                var o = sp.GetRequiredService<IOptions<ApiOptions>>().Value;
                c.MaxDepth = o.MaxDepth;
                c.MaxComplexity = o.MaxComplexity;
            })
            .AddUnhandledExceptionHandler(ctx =>
            {
                if (ctx.OriginalException is ArgumentException or FormatException) return;
                var logger = ctx.Context?.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("DiplomacyGraph.Api.GraphQL");
                logger?.LogError(ctx.OriginalException, "Unhandled exception in a GraphQL resolver");
            }));
        return services;
    }
}
