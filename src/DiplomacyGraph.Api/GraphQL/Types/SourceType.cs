using DiplomacyGraph.Domain.Graph;
using GraphQL.Types;

namespace DiplomacyGraph.Api.GraphQL.Types;

/// <summary>Type <c>Source</c>: provenance of a fact.</summary>
internal sealed class SourceType : ObjectGraphType<EdgeSource>
{
    public SourceType()
    {
        Name = "Source";
        Description = "Where a fact was read: the article and the sentence that states it.";
        Field<NonNullGraphType<IdGraphType>>("articleId").Description("Id of the Article node.").Resolve(c => c.Source.ArticleId);
        Field<StringGraphType>("url").Description("The article's URL, when known.").Resolve(c => c.Source.Url);
        Field<StringGraphType>("file").Description("The article's file name or ingestion id.").Resolve(c => c.Source.File);
        Field<StringGraphType>("lang").Description("Language of the article: ar or en.").Resolve(c => c.Source.Lang);
        Field<StringGraphType>("evidence").Description("The evidence sentence, as written in the article.").Resolve(c => c.Source.Evidence);
        Field<NonNullGraphType<IntGraphType>>("start").Description("UTF-16 offset of the evidence in the article body.").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("end").Description("End offset of the evidence (exclusive).").Resolve(c => c.Source.End);
    }
}
