using DiplomacyGraph.Api.GraphQL;
using DiplomacyGraph.Api.GraphQL.Types;
using DiplomacyGraph.Domain.Storage;
using DiplomacyGraph.Export;
using DiplomacyGraph.Export.Selection;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyGraph.Api.Export.GraphQL;

/// <summary>The <c>subgraph(selection)</c> query field: small slices as GraphQL; large ones belong to <c>/export</c>.</summary>
public static class SubgraphField
{
    /// <summary>Adds <c>subgraph(selection: SubgraphSelection): Subgraph!</c> to <paramref name="query"/>.</summary>
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<SubgraphType>>("subgraph")
            .Description("A slice of the graph chosen like a file export (seeds and depth, a filter, or everything), with the relationships among its nodes. Capped in size; use /export for large slices.")
            .Argument<SubgraphSelectionInputType>("selection", "What to select; omitted means the whole graph.")
            .ResolveAsync(async c =>
            {
                var services = c.RequestServices ?? throw new InvalidOperationException("no request services");
                var exporter = services.GetService<GraphExporter>() ?? new GraphExporter(services.GetRequiredService<IGraphStore>());
                var selection = c.GetArgument<ExportSelection?>("selection") ?? new ExportSelection();
                try
                {
                    return await exporter.ResolveSubgraphAsync(selection, exporter.Limits.MaxGraphQLNodes, c.CancellationToken).ConfigureAwait(false);
                }
                catch (ExportException e)
                {
                    throw new ApiError(e.Code, e.Message, "selection");
                }
            });
    }
}
