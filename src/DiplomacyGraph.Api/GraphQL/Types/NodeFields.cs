using DiplomacyGraph.Api.Services;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;
using GraphQL;
using GraphQL.Types;

namespace DiplomacyGraph.Api.GraphQL.Types;

/// <summary>Fields several node types share: their typed relationships and their meetings page.</summary>
internal static class NodeFields
{
    public static void AddRelationships(this ObjectGraphType<GraphNode> type)
    {
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipType>>>>("relationships")
            .Description("Relationships touching this node, both directions, each with its sources.")
            .Argument<StringGraphType>("type", "Only this relationship type (e.g. PROPOSED, ALIGNED_WITH, HOLDS_OFFICE).")
            .Resolve(c => c.Loader().Edges(c.Source.Id, c.GetArgument<string?>("type") ?? GraphBatchLoader.AnyType, EdgeDirection.Both, c.MaySelect("sources")));
    }

    /// <summary>A <c>meetings</c> connection field whose filter is fixed by the node plus optional dates.</summary>
    public static void AddMeetings(this ObjectGraphType<GraphNode> type, string description, Func<GraphNode, MeetingFilter> filterOf, MeetingService meetings, Paging paging)
    {
        type.Field<NonNullGraphType<MeetingConnectionType>>("meetings")
            .Description(description)
            .Argument<DateScalar>("from", "On or after this date.")
            .Argument<DateScalar>("to", "On or before this date.")
            .Argument<MeetingOrderEnum>("orderBy", "Order (default newest first).")
            .Argument<IntGraphType>("first", "Page size (default and maximum are configured; 100 unless changed).")
            .Argument<StringGraphType>("after", "Cursor of the row after which the page starts.")
            .ResolveAsync(async c => await meetings.FindAsync(
                filterOf(c.Source) with { From = c.GetArgument<DateOnly?>("from"), To = c.GetArgument<DateOnly?>("to") },
                c.GetArgument("orderBy", MeetingOrder.DateDescending),
                paging.PageSize(c.GetArgument<int?>("first")),
                c.GetArgument<string?>("after"),
                c.Loader(),
                c.CancellationToken).ConfigureAwait(false));
    }
}
