using DiplomacyGraph.Domain.Graph;
using GraphQL.Types;

namespace DiplomacyGraph.Api.GraphQL.Types;

/// <summary>Type <c>MeetingEdge</c> (Relay): a meeting and its cursor.</summary>
internal sealed class MeetingEdgeType : ObjectGraphType<(string Cursor, GraphNode Node)>
{
    public MeetingEdgeType()
    {
        Name = "MeetingEdge";
        Description = "A meeting in a page, with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Opaque cursor of this row.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<MeetingType>>("node").Description("The meeting.").Resolve(c => c.Source.Node);
    }
}
