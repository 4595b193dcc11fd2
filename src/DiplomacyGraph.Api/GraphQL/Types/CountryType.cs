using DiplomacyGraph.Api.Services;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;
using GraphQL.Types;

namespace DiplomacyGraph.Api.GraphQL.Types;

/// <summary>Type <c>Country</c>.</summary>
internal sealed class CountryType : ObjectGraphType<GraphNode>
{
    public CountryType(MeetingService meetings, Paging paging)
    {
        Name = "Country";
        Description = "A country; its id is country:ISO (ISO 3166-1 alpha-2).";
        this.AsEntity(NodeKind.Country);
        Field<StringGraphType>("iso").Description("ISO 3166-1 alpha-2 code.").Resolve(c => c.Source.Iso ?? EntityService.IsoOf(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficeType>>>>("officeHolders")
            .Description("Offices held for this country (who is or was its president, minister…), with sources.")
            .Resolve(c => c.Loader().Edges(c.Source.Id, RelationshipTypes.HoldsOffice, EdgeDirection.Incoming, c.MaySelect("sources")));
        this.AddMeetings("Meetings in which this country was represented.", n => MeetingFilter.None with { Countries = [n.Id] }, meetings, paging);
        this.AddRelationships();
    }
}
