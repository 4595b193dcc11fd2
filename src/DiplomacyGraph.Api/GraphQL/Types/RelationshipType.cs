using DiplomacyGraph.Domain.Graph;
using GraphQL;
using GraphQL.Types;

namespace DiplomacyGraph.Api.GraphQL.Types;

/// <summary>Type <c>Relationship</c>: a typed, directed edge with its provenance.</summary>
internal sealed class RelationshipType : ObjectGraphType<GraphEdge>
{
    public RelationshipType()
    {
        Name = "Relationship";
        Description = "A typed, directed relationship between two nodes (PARTICIPATED_IN, HELD_IN, HOLDS_OFFICE, PROPOSED, ALIGNED_WITH…).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable edge id.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("type").Description("Relationship type, upper snake case.").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<IdGraphType>>("fromId").Description("Id of the start node.").Resolve(c => c.Source.From);
        Field<NonNullGraphType<IdGraphType>>("toId").Description("Id of the end node.").Resolve(c => c.Source.To);
        Field<EntityInterface>("from").Description("The start node.").Resolve(c => c.Loader().Node(c.Source.From));
        Field<EntityInterface>("to").Description("The end node.").Resolve(c => c.Loader().Node(c.Source.To));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PropertyType>>>>("properties")
            .Description("Properties of the relationship itself.")
            .Resolve(c => c.Source.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources").Description("Where the relationship was read.").Resolve(c => c.Source.Sources);
    }
}
