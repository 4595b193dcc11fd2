using DiplomacyGraph.Api.Services;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;
using GraphQL;
using GraphQL.Types;

namespace DiplomacyGraph.Api.GraphQL.Types;

/// <summary>Type <c>TieBucket</c>: one period of a bilateral-ties series.</summary>
internal sealed class TieBucketType : ObjectGraphType<TieBucket>
{
    public TieBucketType(TiesService ties)
    {
        Name = "TieBucket";
        Description = "One period of a bilateral time series; periods without meetings are present with meetingCount 0.";
        Field<NonNullGraphType<StringGraphType>>("period").Description("Period label: 2018-11-22, 2018-W47, 2018-11, 2018-Q4 or 2018.").Resolve(c => c.Source.Period);
        Field<NonNullGraphType<DateScalar>>("start").Description("First day of the period.").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<DateScalar>>("end").Description("Last day of the period.").Resolve(c => c.Source.End);
        Field<NonNullGraphType<IntGraphType>>("meetingCount").Description("Meetings in the period.").Resolve(c => c.Source.MeetingCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonType>>>>("persons")
            .Description("Distinct persons who took part in the period's meetings.")
            .Resolve(c => Persons(c));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeetingType>>>>("meetings")
            .Description("The period's meetings, oldest first.")
            .ResolveAsync(async c => await ties.BucketMeetingsAsync(c.Source, c.CancellationToken).ConfigureAwait(false));
    }

    private static object Persons(IResolveFieldContext<TieBucket> c)
    {
        var loader = c.Loader();
        if (c.Source.MeetingCount == 0) return Array.Empty<GraphNode>();
        // The series fetches every bucket's persons in one aggregate; the nodes are then batched across buckets.
        var ids = c.Source.Series.PersonsAsync(c.Source.Start, c.CancellationToken);
        return new ChainedLoaderResult<IReadOnlyList<string>>(
            new LoaderResult<IReadOnlyList<string>>(() => ids.IsCompletedSuccessfully ? (true, ids.Result) : (false, []), _ => ids),
            list => loader.Nodes(list));
    }
}
