using DiplomacyGraph.Domain.Graph;
using GraphQL;
using GraphQL.Types;

namespace DiplomacyGraph.Api.GraphQL.Types;

/// <summary>The fields of <see cref="EntityInterface"/> with their resolvers, added to every node type.</summary>
internal static class EntityFields
{
    public static void AddEntityFields(this ObjectGraphType<GraphNode> type)
    {
        type.Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id: the same entity from any article or language has the same id.").Resolve(c => c.Source.Id);
        type.Field<NonNullGraphType<StringGraphType>>("kind").Description("What the node is: Person, Country, Place, Initiative, Organization, Event, Meeting or Article.").Resolve(c => c.Source.Kind.ToString());
        type.Field<NonNullGraphType<StringGraphType>>("name")
            .Description("The name in one language, falling back to the other. Without 'lang', the request's Accept-Language decides (Arabic when it prefers ar, else English).")
            .Argument<LangEnum>("lang", "Language of the name.")
            .Resolve(c => NameOf(c.Source, c.GetArgument<string?>("lang") ?? c.Api().Lang));
        type.Field<NonNullGraphType<NamesType>>("names").Description("Names in both languages.").Resolve(c => c.Source.Names);
    }

    /// <summary>Marks an object type as a node type of one kind that implements <c>Entity</c>.</summary>
    public static void AsEntity(this ObjectGraphType<GraphNode> type, NodeKind kind)
    {
        type.AddEntityFields();
        type.Interface<EntityInterface>();
        type.IsTypeOf = o => o is GraphNode n && n.Kind == kind;
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases")
            .Description("Other spellings seen in articles, any language.")
            .Resolve(c => c.Source.Aliases);
    }

    private static string NameOf(GraphNode node, string lang)
    {
        var name = node.Names.Get(lang);
        return name.Length > 0 ? name : node.Aliases.FirstOrDefault() ?? node.Id;
    }
}
