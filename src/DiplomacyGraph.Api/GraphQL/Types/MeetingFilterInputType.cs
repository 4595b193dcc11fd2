using GraphQL.Types;

namespace DiplomacyGraph.Api.GraphQL.Types;

/// <summary>Input <c>MeetingFilter</c>.</summary>
internal sealed class MeetingFilterInputType : InputObjectGraphType
{
    public MeetingFilterInputType()
    {
        Name = "MeetingFilter";
        Description = "Which meetings: every condition must hold. Names may be Arabic or English, any known spelling; ids work too.";
        Field<StringGraphType>("participant").Description("A person who took part (name or id).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("participants").Description("Persons who all took part (names or ids).");
        Field<StringGraphType>("country").Description("A country represented (ISO code, name or id).");
        Field<StringGraphType>("place").Description("Where it was held (name or id).");
        Field<StringGraphType>("initiative").Description("An initiative mentioned by an article reporting the meeting (name or id).");
        Field<DateScalar>("from").Description("On or after this date.");
        Field<DateScalar>("to").Description("On or before this date.");
    }
}
