using DiplomacyGraph.Api.Services;
using GraphQL.Types;

namespace DiplomacyGraph.Api.GraphQL.Types;

/// <summary>Input <c>IngestArticleInput</c>.</summary>
internal sealed class IngestArticleInputType : InputObjectGraphType<IngestArticleInput>
{
    public IngestArticleInputType()
    {
        Name = "IngestArticleInput";
        Description = "An article to read into the graph.";
        Field<NonNullGraphType<StringGraphType>>("text").Description("The article body (at most 1 MB of UTF-8 unless configured otherwise).");
        Field<StringGraphType>("lang").Description("ar, en or auto (the default: detected).");
        Field<StringGraphType>("url").Description("Absolute http(s) URL of the article.");
        Field<StringGraphType>("title").Description("Headline.");
        Field<DateScalar>("publishedAt").Description("Publication date; the dateline in the text wins where it states one.");
    }
}
