using DiplomacyGraph.Domain.Storage;
using GraphQL.Types;

namespace DiplomacyGraph.Api.GraphQL.Types;

/// <summary>Type <c>Path</c>: an ordered chain of nodes and edges.</summary>
internal sealed class PathType : ObjectGraphType<Subgraph>
{
    public PathType()
    {
        Name = "Path";
        Description = "A shortest path: nodes in order from start to end, and the edge between each consecutive pair.";
        Field<NonNullGraphType<IntGraphType>>("length").Description("Number of hops (edges).").Resolve(c => c.Source.Edges.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("nodes").Description("Nodes in path order.").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipType>>>>("edges").Description("Edges in path order (edge i joins node i and node i+1, in its own direction).").Resolve(c => c.Source.Edges);
    }
}
