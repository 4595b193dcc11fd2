using DiplomacyGraph.Domain.Graph;
using GraphQL.Types;

namespace DiplomacyGraph.Api.GraphQL.Types;

/// <summary>Type <c>KindCount</c>.</summary>
internal sealed class KindCountType : ObjectGraphType<KeyValuePair<NodeKind, long>>
{
    public KindCountType()
    {
        Name = "KindCount";
        Description = "How many nodes of one kind the graph holds.";
        Field<NonNullGraphType<NodeKindEnum>>("kind").Description("The kind.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<LongGraphType>>("count").Description("Number of nodes.").Resolve(c => c.Source.Value);
    }
}
