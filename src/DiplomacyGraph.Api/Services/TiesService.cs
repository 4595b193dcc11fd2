using DiplomacyGraph.Api.GraphQL;
using DiplomacyGraph.Domain.Errors;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;
using Microsoft.Extensions.Options;

namespace DiplomacyGraph.Api.Services;

/// <summary>Country-to-country ties: bilateral meeting counts over time, and partners ranked by meetings.</summary>
internal sealed class TiesService(IGraphStore store, EntityService entities, IOptions<ApiOptions> options)
{
    // Meetings are read in pages of this size: large enough to keep round trips few, small enough to bound memory per call.
    private const int ReadPage = 5000;
    private const int MaxMeetings = 200_000;

    public async Task<BilateralTies?> BilateralAsync(string a, string b, DateOnly? from, DateOnly? to, TieGranularity granularity, CancellationToken ct)
    {
        if (from is { } f && to is { } t && f > t)
            throw ApiError.InvalidArgument("to", $"'to' ({t:yyyy-MM-dd}) is before 'from' ({f:yyyy-MM-dd}).");
        var idA = await entities.ResolveIdAsync(a, NodeKind.Country, ct).ConfigureAwait(false);
        var idB = await entities.ResolveIdAsync(b, NodeKind.Country, ct).ConfigureAwait(false);
        if (idA is null || idB is null) return null;
        var isoA = EntityService.IsoOf(idA);
        var isoB = EntityService.IsoOf(idB);
        if (from is { } f2 && to is { } t2) CheckBucketCount(f2, t2, granularity);

        var dated = new List<(DateOnly Date, string Id)>();
        for (var offset = 0; ; offset += ReadPage)
        {
            var page = await store.FindMeetingsAsync(
                new MeetingQuery(null, isoA == isoB ? [isoA] : [isoA, isoB], null, from, to, MeetingOrder.DateAscending, offset, ReadPage), ct).ConfigureAwait(false);
            foreach (var m in page.Meetings)
                if (m.Date is { } d) dated.Add((d, m.Id));
            if (page.Meetings.Count < ReadPage || offset + ReadPage >= page.TotalCount) break;
            if (offset + ReadPage >= MaxMeetings)
                throw new ApiError(ErrorCodes.LimitExceeded, $"More than {MaxMeetings} meetings between {isoA} and {isoB}; narrow 'from'/'to'.");
        }

        var start = from ?? (dated.Count > 0 ? dated.Min(x => x.Date) : (DateOnly?)null);
        var end = to ?? (dated.Count > 0 ? dated.Max(x => x.Date) : (DateOnly?)null);
        var buckets = new List<TieBucket>();
        if (start is { } s && end is { } e)
        {
            CheckBucketCount(s, e, granularity);
            var byStart = dated.GroupBy(x => Periods.StartOf(x.Date, granularity))
                .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(x => x.Id).ToList());
            for (var p = Periods.StartOf(s, granularity); p <= e; p = Periods.Next(p, granularity))
                buckets.Add(new TieBucket(Periods.Label(p, granularity), p, Periods.Next(p, granularity).AddDays(-1), byStart.GetValueOrDefault(p, [])));
        }
        return new BilateralTies(isoA, isoB, granularity, from, to, buckets);
    }

    public async Task<IReadOnlyList<CountryTieRow>> PartnersAsync(string country, DateOnly? from, DateOnly? to, int first, CancellationToken ct)
    {
        if (from is { } f && to is { } t && f > t)
            throw ApiError.InvalidArgument("to", $"'to' ({t:yyyy-MM-dd}) is before 'from' ({f:yyyy-MM-dd}).");
        var id = await entities.ResolveIdAsync(country, NodeKind.Country, ct).ConfigureAwait(false);
        if (id is null || first == 0) return [];
        return await store.GetCountryTiesAsync(new CountryTieQuery(EntityService.IsoOf(id), from, to, first), ct).ConfigureAwait(false);
    }

    private void CheckBucketCount(DateOnly from, DateOnly to, TieGranularity g)
    {
        var days = to.DayNumber - from.DayNumber + 1;
        var approx = g switch
        {
            TieGranularity.Day => days,
            TieGranularity.Week => (days / 7) + 2,
            TieGranularity.Month => (days / 28) + 2,
            TieGranularity.Quarter => (days / 90) + 2,
            _ => (days / 365) + 2,
        };
        var max = options.Value.MaxTieBuckets;
        if (approx > max)
            throw new ApiError(ErrorCodes.LimitExceeded, $"{g.ToString().ToUpperInvariant()} buckets over this range would be about {approx}, more than the limit of {max}; use a coarser granularity or a shorter range.", "granularity");
    }
}
