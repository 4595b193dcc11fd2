using DiplomacyGraph.Domain.Documents;
using GraphQL.Types;

namespace DiplomacyGraph.Api.GraphQL.Types;

/// <summary>Type <c>DocumentMeeting</c>.</summary>
internal sealed class DocumentMeetingType : ObjectGraphType<DocumentMeeting>
{
    public DocumentMeetingType()
    {
        Name = "DocumentMeeting";
        Description = "A meeting the extractor found in the article.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("participants").Description("Canonical names of the persons who met.").Resolve(c => c.Source.Participants);
        Field<StringGraphType>("date").Description("ISO date, when certain.").Resolve(c => c.Source.Date);
        Field<StringGraphType>("place").Description("City, when stated.").Resolve(c => c.Source.Place);
    }
}
