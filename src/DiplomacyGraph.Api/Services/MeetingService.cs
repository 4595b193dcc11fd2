using DiplomacyGraph.Api.GraphQL;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;

namespace DiplomacyGraph.Api.Services;

/// <summary>Meetings by filter as Relay pages. Names in the filter are resolved first; a name that finds nothing gives an empty page.</summary>
internal sealed class MeetingService(IGraphStore store, EntityService entities)
{
    public async Task<Connection<GraphNode>> FindAsync(MeetingFilter filter, MeetingOrder order, int first, string? after, GraphBatchLoader loader, CancellationToken ct)
    {
        if (filter.From is { } from && filter.To is { } to && from > to)
            throw ApiError.InvalidArgument("to", $"'to' ({to:yyyy-MM-dd}) is before 'from' ({from:yyyy-MM-dd}).");
        var offset = Cursor.OffsetAfter(after);

        var participants = new List<string>();
        foreach (var p in filter.Participants)
        {
            if (await entities.ResolveIdAsync(p, NodeKind.Person, ct).ConfigureAwait(false) is not { } id) return Connection<GraphNode>.Empty;
            participants.Add(id);
        }
        var countries = new List<string>();
        foreach (var c in filter.Countries)
        {
            if (await entities.ResolveIdAsync(c, NodeKind.Country, ct).ConfigureAwait(false) is not { } id) return Connection<GraphNode>.Empty;
            countries.Add(EntityService.IsoOf(id));
        }
        string? place = null;
        if (filter.Place is not null && (place = await entities.ResolveIdAsync(filter.Place, NodeKind.Place, ct).ConfigureAwait(false)) is null)
            return Connection<GraphNode>.Empty;
        string? initiative = null;
        if (filter.Initiative is not null && (initiative = await entities.ResolveIdAsync(filter.Initiative, NodeKind.Initiative, ct).ConfigureAwait(false)) is null)
            return Connection<GraphNode>.Empty;

        var query = new MeetingQuery(
            participants.Distinct(StringComparer.Ordinal).ToList(),
            countries.Distinct(StringComparer.Ordinal).ToList(),
            place, filter.From, filter.To, order, offset, first)
        { MentionedEntityId = initiative };
        var page = await store.FindMeetingsAsync(query, ct).ConfigureAwait(false);
        loader.Prime(page.Meetings);
        return new Connection<GraphNode>(page.Meetings, offset, page.TotalCount);
    }
}
