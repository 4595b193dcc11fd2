using DiplomacyGraph.Domain.Graph;
using GraphQL.Types;

namespace DiplomacyGraph.Api.GraphQL.Types;

/// <summary>Type <c>Event</c>.</summary>
internal sealed class EventType : ObjectGraphType<GraphNode>
{
    public EventType()
    {
        Name = "Event";
        Description = "A named event (a summit, forum or expo).";
        this.AsEntity(NodeKind.Event);
        this.AddRelationships();
    }
}
