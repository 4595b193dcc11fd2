using DiplomacyGraph.Domain.Graph;
using GraphQL.Types;

namespace DiplomacyGraph.Api.GraphQL.Types;

/// <summary>Type <c>Initiative</c>.</summary>
internal sealed class InitiativeType : ObjectGraphType<GraphNode>
{
    public InitiativeType()
    {
        Name = "Initiative";
        Description = "An initiative (e.g. the Belt and Road Initiative): who proposed or launched it, what it is aligned with.";
        this.AsEntity(NodeKind.Initiative);
        this.AddRelationships();
    }
}
