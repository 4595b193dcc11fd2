using DiplomacyGraph.Api.Services;
using DiplomacyGraph.Domain.Graph;
using GraphQL;
using GraphQL.Types;

namespace DiplomacyGraph.Api.GraphQL.Types;

/// <summary>Type <c>Place</c>.</summary>
internal sealed class PlaceType : ObjectGraphType<GraphNode>
{
    public PlaceType(MeetingService meetings, Paging paging)
    {
        Name = "Place";
        Description = "A city or venue where meetings are held.";
        this.AsEntity(NodeKind.Place);
        Field<CountryType>("country")
            .Description("The country the place lies in.")
            .Resolve(c => c.Source.CountryIso is { } iso ? c.Loader().Node(NodeIds.Country(iso)) : null);
        this.AddMeetings("Meetings held here.", n => MeetingFilter.None with { Place = n.Id }, meetings, paging);
        this.AddRelationships();
    }
}
