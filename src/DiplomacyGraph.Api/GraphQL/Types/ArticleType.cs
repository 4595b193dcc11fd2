using DiplomacyGraph.Domain.Graph;
using GraphQL.Types;

namespace DiplomacyGraph.Api.GraphQL.Types;

/// <summary>Type <c>Article</c>.</summary>
internal sealed class ArticleType : ObjectGraphType<GraphNode>
{
    public ArticleType()
    {
        Name = "Article";
        Description = "A news article that was ingested; the source of facts.";
        this.AsEntity(NodeKind.Article);
        Field<StringGraphType>("url").Description("URL of the article, when known.").Resolve(c => Prop(c.Source, "url"));
        Field<StringGraphType>("file").Description("File name or ingestion id.").Resolve(c => Prop(c.Source, "file"));
        Field<StringGraphType>("lang").Description("Language: ar or en.").Resolve(c => Prop(c.Source, "lang"));
        Field<StringGraphType>("title").Description("Headline, when known.").Resolve(c => Prop(c.Source, "title"));
        Field<DateScalar>("date").Description("Publication date, when known.").Resolve(c => c.Source.Date);
    }

    private static string? Prop(GraphNode node, string key) => node.Properties.TryGetValue(key, out var v) ? v : null;
}
