using DiplomacyGraph.Api.Services;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;
using GraphQL;
using GraphQL.Types;

namespace DiplomacyGraph.Api.GraphQL.Types;

/// <summary>Type <c>Person</c>.</summary>
internal sealed class PersonType : ObjectGraphType<GraphNode>
{
    public PersonType(MeetingService meetings, CounterpartService counterparts, Paging paging)
    {
        Name = "Person";
        Description = "A person: a head of state, minister, envoy or anyone an article names.";
        this.AsEntity(NodeKind.Person);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficeType>>>>("offices")
            .Description("Offices the person holds or held, each with its country and sources.")
            .Resolve(c => c.Loader().Edges(c.Source.Id, RelationshipTypes.HoldsOffice, EdgeDirection.Outgoing, c.MaySelect("sources")));
        this.AddMeetings("Meetings the person took part in.", p => MeetingFilter.None with { Participants = [p.Id] }, meetings, paging);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CounterpartType>>>>("counterparts")
            .Description("Persons this person met, most meetings first.")
            .Argument<DateScalar>("from", "Only meetings on or after this date.")
            .Argument<DateScalar>("to", "Only meetings on or before this date.")
            .Argument<IntGraphType>("first", "How many counterparts (default and maximum are configured).")
            .ResolveAsync(async c => await counterparts.GetAsync(
                c.Source.Id, c.GetArgument<DateOnly?>("from"), c.GetArgument<DateOnly?>("to"),
                paging.PageSize(c.GetArgument<int?>("first")),
                c.SubFields?.Values.Any(f => f.Field.Name.Value == "meetings") ?? true, c.CancellationToken).ConfigureAwait(false));
        this.AddRelationships();
    }
}
