using DiplomacyGraph.Domain.Graph;
using GraphQL.Types;

namespace DiplomacyGraph.Api.GraphQL.Types;

/// <summary>Type <c>Organization</c>.</summary>
internal sealed class OrganizationType : ObjectGraphType<GraphNode>
{
    public OrganizationType()
    {
        Name = "Organization";
        Description = "An organization (e.g. the Shanghai Cooperation Organisation).";
        this.AsEntity(NodeKind.Organization);
        this.AddRelationships();
    }
}
