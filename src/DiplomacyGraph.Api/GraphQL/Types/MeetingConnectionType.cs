using DiplomacyGraph.Api.Services;
using DiplomacyGraph.Domain.Graph;
using GraphQL.Types;

namespace DiplomacyGraph.Api.GraphQL.Types;

/// <summary>Type <c>MeetingConnection</c> (Relay).</summary>
internal sealed class MeetingConnectionType : ObjectGraphType<Connection<GraphNode>>
{
    public MeetingConnectionType()
    {
        Name = "MeetingConnection";
        Description = "A page of meetings with the total number that match.";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many meetings match, over all pages.").Resolve(c => c.Source.TotalCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeetingType>>>>("nodes").Description("The meetings of this page.").Resolve(c => c.Source.Items);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeetingEdgeType>>>>("edges")
            .Description("The meetings of this page with their cursors.")
            .Resolve(c => c.Source.Items.Select((m, i) => (c.Source.CursorAt(i), m)).ToList());
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Paging information.").Resolve(c => c.Source);
    }
}
