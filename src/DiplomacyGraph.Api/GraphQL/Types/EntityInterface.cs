using DiplomacyGraph.Domain.Graph;
using GraphQL.Types;

namespace DiplomacyGraph.Api.GraphQL.Types;

/// <summary>Interface <c>Entity</c>: what every node has.</summary>
internal sealed class EntityInterface : InterfaceGraphType<GraphNode>
{
    public EntityInterface()
    {
        Name = "Entity";
        Description = "Any node of the graph: a person, country, place, initiative, organization, event, meeting or article.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id: the same entity from any article or language has the same id.");
        Field<NonNullGraphType<StringGraphType>>("kind").Description("What the node is: Person, Country, Place, Initiative, Organization, Event, Meeting or Article.");
        Field<NonNullGraphType<StringGraphType>>("name")
            .Description("The name in one language, falling back to the other. Without 'lang', the request's Accept-Language decides (Arabic when it prefers ar, else English).")
            .Argument<LangEnum>("lang", "Language of the name.");
        Field<NonNullGraphType<NamesType>>("names").Description("Names in both languages.");
    }
}
