using DiplomacyGraph.Domain.Storage;
using GraphQL.Types;

namespace DiplomacyGraph.Api.GraphQL.Types;

/// <summary>Type <c>Subgraph</c>: nodes and the edges among them.</summary>
internal sealed class SubgraphType : ObjectGraphType<Subgraph>
{
    public SubgraphType()
    {
        Name = "Subgraph";
        Description = "A set of nodes and the relationships among them (a neighbourhood).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("nodes").Description("The nodes, the start node first.").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipType>>>>("edges").Description("Relationships among the nodes, each with sources.").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<BooleanGraphType>>("truncated").Description("True when the node limit cut the result.").Resolve(c => c.Source.Truncated);
    }
}
