using DiplomacyGraph.Domain.Documents;
using GraphQL.Types;

namespace DiplomacyGraph.Api.GraphQL.Types;

/// <summary>Type <c>DocumentRelation</c>.</summary>
internal sealed class DocumentRelationType : ObjectGraphType<DocumentRelation>
{
    public DocumentRelationType()
    {
        Name = "DocumentRelation";
        Description = "A typed relation the extractor found in the article (offices are listed as HOLDS_OFFICE).";
        Field<NonNullGraphType<StringGraphType>>("type").Description("Relation type.").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<StringGraphType>>("from").Description("Canonical name of the subject.").Resolve(c => c.Source.From);
        Field<NonNullGraphType<StringGraphType>>("to").Description("Canonical name of the object.").Resolve(c => c.Source.To);
        Field<StringGraphType>("kind").Description("Qualifier (PARTNER_OF kind, or an office title).").Resolve(c => c.Source.Kind);
    }
}
