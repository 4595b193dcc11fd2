using DiplomacyGraph.Api.Services;
using DiplomacyGraph.Domain.Graph;
using GraphQL;
using GraphQL.Types;

namespace DiplomacyGraph.Api.GraphQL.Types;

/// <summary>Type <c>BilateralTies</c>: meetings between two countries as a chart-ready series.</summary>
internal sealed class BilateralTiesType : ObjectGraphType<BilateralTies>
{
    public BilateralTiesType()
    {
        Name = "BilateralTies";
        Description = "Meetings involving both countries, bucketed by period, empty periods included.";
        Field<NonNullGraphType<CountryType>>("a").Description("First country.").Resolve(c => c.Loader().Node(NodeIds.Country(c.Source.CountryA)));
        Field<NonNullGraphType<CountryType>>("b").Description("Second country.").Resolve(c => c.Loader().Node(NodeIds.Country(c.Source.CountryB)));
        Field<NonNullGraphType<GranularityEnum>>("granularity").Description("Bucket width.").Resolve(c => c.Source.Granularity);
        Field<NonNullGraphType<IntGraphType>>("totalMeetings").Description("Meetings over all buckets.").Resolve(c => c.Source.TotalMeetings);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TieBucketType>>>>("buckets").Description("Consecutive periods, oldest first.").Resolve(c => c.Source.Buckets);
    }
}
