using DiplomacyGraph.Api.Services;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;
using GraphQL;
using GraphQL.Types;

namespace DiplomacyGraph.Api.GraphQL.Types;

/// <summary>Type <c>Meeting</c>.</summary>
internal sealed class MeetingType : ObjectGraphType<GraphNode>
{
    public MeetingType()
    {
        Name = "Meeting";
        Description = "A meeting of persons on a date, in a place, as reported by one or more articles.";
        this.AsEntity(NodeKind.Meeting);
        Field<DateScalar>("date").Description("Day of the meeting, when known.").Resolve(c => c.Source.Date);
        Field<PlaceType>("place")
            .Description("Where it was held, when known.")
            .Resolve(c => c.Loader().Neighbour(c.Source.Id, RelationshipTypes.HeldIn, EdgeDirection.Outgoing));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonType>>>>("participants")
            .Description("The persons who met.")
            .Resolve(c => c.Loader().Neighbours(c.Source.Id, RelationshipTypes.ParticipatedIn, EdgeDirection.Incoming));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountryType>>>>("countries")
            .Description("Countries the participants represented.")
            .Resolve(c => c.Loader().Nodes([.. c.Source.Countries.Select(NodeIds.Country)]));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources")
            .Description("Where the meeting was read: article URL, file, language and the evidence sentence.")
            .Resolve(c => c.Loader().Edges(c.Source.Id, RelationshipTypes.ReportedIn, EdgeDirection.Outgoing, withSources: true)
                .Map(edges => edges.SelectMany(e => e.Sources).ToList()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ArticleType>>>>("articles")
            .Description("The articles that report the meeting.")
            .Resolve(c => c.Loader().Neighbours(c.Source.Id, RelationshipTypes.ReportedIn, EdgeDirection.Outgoing));
    }
}
