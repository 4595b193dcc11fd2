using DiplomacyGraph.Domain.Storage;
using GraphQL;
using GraphQL.Types;

namespace DiplomacyGraph.Api.GraphQL.Types;

/// <summary>Type <c>Counterpart</c>: someone a person met, and how often.</summary>
internal sealed class CounterpartType : ObjectGraphType<CounterpartRow>
{
    public CounterpartType()
    {
        Name = "Counterpart";
        Description = "A person met by the queried person, with the meetings they share.";
        Field<NonNullGraphType<PersonType>>("person").Description("The counterpart.").Resolve(c => c.Loader().Node(c.Source.PersonId));
        Field<NonNullGraphType<IntGraphType>>("meetingCount").Description("Number of meetings together.").Resolve(c => c.Source.MeetingCount);
        Field<DateScalar>("firstMet").Description("Date of the first meeting together.").Resolve(c => c.Source.FirstMet);
        Field<DateScalar>("lastMet").Description("Date of the latest meeting together.").Resolve(c => c.Source.LastMet);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeetingType>>>>("meetings")
            .Description("The meetings together, newest first.")
            .Resolve(c => c.Loader().Nodes(c.Source.MeetingIds));
    }
}
