using DiplomacyGraph.Domain.Storage;
using GraphQL.Types;

namespace DiplomacyGraph.Api.GraphQL.Types;

/// <summary>Type <c>Stats</c>: size of the graph.</summary>
internal sealed class StatsType : ObjectGraphType<GraphStats>
{
    public StatsType()
    {
        Name = "Stats";
        Description = "Size of the graph.";
        Field<NonNullGraphType<LongGraphType>>("nodes").Description("All nodes.").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<LongGraphType>>("edges").Description("All relationships.").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KindCountType>>>>("byKind")
            .Description("Nodes per kind.")
            .Resolve(c => c.Source.NodesByKind.OrderBy(p => p.Key).ToList());
    }
}
