using DiplomacyGraph.Domain.Documents;
using DiplomacyGraph.Domain.Graph;
using GraphQL.Types;

namespace DiplomacyGraph.Api.GraphQL.Types;

/// <summary>Type <c>DocumentEntity</c>.</summary>
internal sealed class DocumentEntityType : ObjectGraphType<DocumentEntity>
{
    public DocumentEntityType()
    {
        Name = "DocumentEntity";
        Description = "An entity the extractor found in the article.";
        Field<NonNullGraphType<StringGraphType>>("type").Description("Person, Country, Place, Initiative, Organization or Event.").Resolve(c => c.Source.Type);
        Field<IdGraphType>("id").Description("The node id it was resolved to.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<NamesType>>("names").Description("Names in both languages.").Resolve(c => new Names(c.Source.Name.En, c.Source.Name.Ar, c.Source.MachineTransliterated));
        Field<StringGraphType>("iso").Description("ISO code of a country.").Resolve(c => c.Source.Iso);
        Field<NonNullGraphType<IntGraphType>>("mentionCount").Description("How many times the article mentions it.").Resolve(c => c.Source.Mentions.Count);
    }
}
