using DiplomacyGraph.Domain.Graph;
using GraphQL.Types;

namespace DiplomacyGraph.Api.GraphQL.Types;

/// <summary>Enum <c>NodeKind</c>: what a node is.</summary>
internal sealed class NodeKindEnum : EnumerationGraphType<NodeKind>
{
    public NodeKindEnum()
    {
        Name = "NodeKind";
        Description = "The kind of a node: PERSON, COUNTRY, PLACE, INITIATIVE, ORGANIZATION, EVENT, MEETING or ARTICLE.";
    }
}
