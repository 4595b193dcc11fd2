using DiplomacyGraph.Domain.Documents;
using GraphQL.Types;

namespace DiplomacyGraph.Api.GraphQL.Types;

/// <summary>Type <c>DocumentSummary</c>: the document graph of one article.</summary>
internal sealed class DocumentSummaryType : ObjectGraphType<DocumentGraph>
{
    public DocumentSummaryType()
    {
        Name = "DocumentSummary";
        Description = "What was read from one article: its entities, meetings, offices and relations.";
        Field<NonNullGraphType<StringGraphType>>("lang").Description("Language of the article.").Resolve(c => c.Source.Document.Lang);
        Field<StringGraphType>("date").Description("Date of the article (dateline, else header).").Resolve(c => c.Source.Document.Date);
        Field<StringGraphType>("place").Description("Dateline place.").Resolve(c => c.Source.Document.Place);
        Field<StringGraphType>("url").Description("URL of the article.").Resolve(c => c.Source.Document.Url);
        Field<StringGraphType>("title").Description("Headline.").Resolve(c => c.Source.Document.Title);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentEntityType>>>>("entities").Description("Entities found.").Resolve(c => c.Source.Entities);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentMeetingType>>>>("meetings").Description("Meetings found.").Resolve(c => c.Source.Meetings);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentRelationType>>>>("relations")
            .Description("Relations found, offices included as HOLDS_OFFICE (kind = title).")
            .Resolve(c => c.Source.Offices
                .Select(o => new DocumentRelation("HOLDS_OFFICE", o.Person, o.Country ?? string.Empty) { Kind = o.Title })
                .Concat(c.Source.Relations)
                .ToList());
    }
}
