using DiplomacyGraph.Domain.Storage;
using GraphQL.Types;

namespace DiplomacyGraph.Api.GraphQL.Types;

/// <summary>Enum <c>MeetingOrder</c>.</summary>
internal sealed class MeetingOrderEnum : EnumerationGraphType
{
    public MeetingOrderEnum()
    {
        Name = "MeetingOrder";
        Description = "Order of meetings; undated meetings come last either way, ties broken by id.";
        Add("DATE_DESC", MeetingOrder.DateDescending, "Newest first (the default).");
        Add("DATE_ASC", MeetingOrder.DateAscending, "Oldest first.");
    }
}
