using DiplomacyGraph.Api.Services;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;
using GraphQL;
using GraphQL.Types;

namespace DiplomacyGraph.Api.GraphQL.Types;

/// <summary>Type <c>TieBucket</c>: one period of a bilateral-ties series.</summary>
internal sealed class TieBucketType : ObjectGraphType<TieBucket>
{
    public TieBucketType()
    {
        Name = "TieBucket";
        Description = "One period of a bilateral time series; periods without meetings are present with meetingCount 0.";
        Field<NonNullGraphType<StringGraphType>>("period").Description("Period label: 2018-11-22, 2018-W47, 2018-11, 2018-Q4 or 2018.").Resolve(c => c.Source.Period);
        Field<NonNullGraphType<DateScalar>>("start").Description("First day of the period.").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<DateScalar>>("end").Description("Last day of the period.").Resolve(c => c.Source.End);
        Field<NonNullGraphType<IntGraphType>>("meetingCount").Description("Meetings in the period.").Resolve(c => c.Source.MeetingIds.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonType>>>>("persons")
            .Description("Distinct persons who took part in the period's meetings.")
            .Resolve(c => Persons(c));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeetingType>>>>("meetings")
            .Description("The period's meetings, oldest first.")
            .Resolve(c => c.Loader().Nodes(c.Source.MeetingIds));
    }

    private static object Persons(IResolveFieldContext<TieBucket> c)
    {
        var loader = c.Loader();
        var edges = c.Source.MeetingIds.Select(id => loader.Edges(id, RelationshipTypes.ParticipatedIn, EdgeDirection.Incoming)).ToList();
        return new ChainedLoaderResult<IReadOnlyList<GraphEdge>[]>(new AllLoaderResult<IReadOnlyList<GraphEdge>>(edges), lists =>
            loader.Nodes([.. lists.SelectMany(l => l).Select(e => e.From).Distinct(StringComparer.Ordinal)]));
    }
}
