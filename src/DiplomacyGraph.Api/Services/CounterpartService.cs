using DiplomacyGraph.Api.GraphQL;
using DiplomacyGraph.Domain.Storage;

namespace DiplomacyGraph.Api.Services;

/// <summary>Whom a person met, ranked by number of meetings.</summary>
internal sealed class CounterpartService(IGraphStore store)
{
    /// <summary>The top counterparts; the shared meetings' ids only when <paramref name="withMeetingIds"/> (a very active pair shares thousands).</summary>
    public Task<IReadOnlyList<CounterpartRow>> GetAsync(string personId, DateOnly? from, DateOnly? to, int first, bool withMeetingIds, CancellationToken ct)
    {
        if (from is { } f && to is { } t && f > t)
            throw ApiError.InvalidArgument("to", $"'to' ({t:yyyy-MM-dd}) is before 'from' ({f:yyyy-MM-dd}).");
        return first == 0
            ? Task.FromResult<IReadOnlyList<CounterpartRow>>([])
            : store.GetCounterpartsAsync(new CounterpartQuery(personId, from, to, first) { WithMeetingIds = withMeetingIds }, ct);
    }
}
