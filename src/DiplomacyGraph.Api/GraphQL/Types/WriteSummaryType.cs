using DiplomacyGraph.Domain.Storage;
using GraphQL.Types;

namespace DiplomacyGraph.Api.GraphQL.Types;

/// <summary>Type <c>WriteSummary</c>.</summary>
internal sealed class WriteSummaryType : ObjectGraphType<WriteResult>
{
    public WriteSummaryType()
    {
        Name = "WriteSummary";
        Description = "What a write did: nodes and relationships created new or merged into existing ones.";
        Field<NonNullGraphType<IntGraphType>>("nodesCreated").Description("New nodes.").Resolve(c => c.Source.NodesCreated);
        Field<NonNullGraphType<IntGraphType>>("nodesMerged").Description("Nodes that existed and were merged.").Resolve(c => c.Source.NodesMerged);
        Field<NonNullGraphType<IntGraphType>>("edgesCreated").Description("New relationships.").Resolve(c => c.Source.EdgesCreated);
        Field<NonNullGraphType<IntGraphType>>("edgesMerged").Description("Relationships that existed (sources merged).").Resolve(c => c.Source.EdgesMerged);
    }
}
