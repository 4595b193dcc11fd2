using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;
using GraphQL;
using GraphQL.Types;

namespace DiplomacyGraph.Api.GraphQL.Types;

/// <summary>Type <c>CountryTie</c>: a partner country and the meetings that tie it to the queried one.</summary>
internal sealed class CountryTieType : ObjectGraphType<CountryTieRow>
{
    public CountryTieType()
    {
        Name = "CountryTie";
        Description = "A partner country ranked by meetings involving both countries.";
        Field<NonNullGraphType<StringGraphType>>("iso").Description("Partner's ISO code.").Resolve(c => c.Source.Iso);
        Field<CountryType>("country").Description("The partner country.").Resolve(c => c.Loader().Node(NodeIds.Country(c.Source.Iso)));
        Field<NonNullGraphType<IntGraphType>>("meetingCount").Description("Meetings involving both countries.").Resolve(c => c.Source.MeetingCount);
        Field<DateScalar>("firstMet").Description("Date of the first such meeting.").Resolve(c => c.Source.FirstMet);
        Field<DateScalar>("lastMet").Description("Date of the latest such meeting.").Resolve(c => c.Source.LastMet);
    }
}
