using DiplomacyGraph.Api.Services;
using GraphQL.Types;

namespace DiplomacyGraph.Api.GraphQL.Types;

/// <summary>Enum <c>Granularity</c>: bucket width of a time series.</summary>
internal sealed class GranularityEnum : EnumerationGraphType<TieGranularity>
{
    public GranularityEnum()
    {
        Name = "Granularity";
        Description = "Width of a time bucket: DAY, WEEK (ISO, Monday first), MONTH, QUARTER or YEAR.";
    }
}
