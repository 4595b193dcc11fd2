using DiplomacyGraph.Api.GraphQL.Types;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyGraph.Api.GraphQL;

/// <summary>The DiplomacyGraph schema: code-first graph types from <see cref="Types"/>.</summary>
internal sealed class DiplomacySchema : Schema
{
    public DiplomacySchema(IServiceProvider services)
        : base(services)
    {
        Description = "DiplomacyGraph: who met whom, where and when, read from Arabic and English news.";
        Query = services.GetRequiredService<QueryType>();
        Mutation = services.GetRequiredService<MutationType>();
        // Node types reachable only through the Entity interface must be registered explicitly.
        RegisterType(typeof(PersonType));
        RegisterType(typeof(CountryType));
        RegisterType(typeof(PlaceType));
        RegisterType(typeof(InitiativeType));
        RegisterType(typeof(OrganizationType));
        RegisterType(typeof(EventType));
        RegisterType(typeof(MeetingType));
        RegisterType(typeof(ArticleType));
    }
}
