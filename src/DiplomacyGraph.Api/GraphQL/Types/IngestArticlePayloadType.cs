using DiplomacyGraph.Domain.Ingestion;
using GraphQL;
using GraphQL.Types;

namespace DiplomacyGraph.Api.GraphQL.Types;

/// <summary>Type <c>IngestArticlePayload</c>.</summary>
internal sealed class IngestArticlePayloadType : ObjectGraphType<IngestReport>
{
    public IngestArticlePayloadType()
    {
        Name = "IngestArticlePayload";
        Description = "The result of ingesting one article.";
        Field<NonNullGraphType<IdGraphType>>("articleId").Description("Id of the Article node.").Resolve(c => c.Source.ArticleId);
        Field<NonNullGraphType<BooleanGraphType>>("alreadyIngested").Description("True when the article was in the store before: nothing changed.").Resolve(c => c.Source.AlreadyIngested);
        Field<NonNullGraphType<WriteSummaryType>>("write").Description("Nodes and relationships created or merged.").Resolve(c => c.Source.Write);
        Field<NonNullGraphType<DocumentSummaryType>>("document").Description("The document graph that was written.").Resolve(c => c.Source.Graph);
        Field<ArticleType>("article").Description("The Article node.").Resolve(c => c.Loader().Node(c.Source.ArticleId));
    }
}
