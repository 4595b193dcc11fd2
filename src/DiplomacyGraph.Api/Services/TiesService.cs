using DiplomacyGraph.Api.GraphQL;
using DiplomacyGraph.Domain.Errors;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;
using Microsoft.Extensions.Options;

namespace DiplomacyGraph.Api.Services;

/// <summary>Country-to-country ties: bilateral meeting counts over time, and partners ranked by meetings.</summary>
internal sealed class TiesService(IGraphStore store, EntityService entities, IOptions<ApiOptions> options)
{
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

        var filter = new MeetingQuery(null, isoA == isoB ? [isoA] : [isoA, isoB], null, from, to, MeetingOrder.DateAscending, 0, 0);
        // One aggregate: meetings per date. The buckets' persons and meetings are fetched only if a client asks for them.
        var days = await store.CountMeetingsByDateAsync(new MeetingDateCountQuery(filter), ct).ConfigureAwait(false);

        var start = from ?? (days.Count > 0 ? days[0].Date : (DateOnly?)null);
        var end = to ?? (days.Count > 0 ? days[^1].Date : (DateOnly?)null);
        var buckets = new List<TieBucket>();
        if (start is { } s && end is { } e)
        {
            CheckBucketCount(s, e, granularity);
            var series = new TieSeries(store, filter, granularity);
            var byStart = days.GroupBy(x => Periods.StartOf(x.Date, granularity)).ToDictionary(g => g.Key, g => g.Sum(x => x.MeetingCount));
            for (var p = Periods.StartOf(s, granularity); p <= e; p = Periods.Next(p, granularity))
                buckets.Add(new TieBucket(Periods.Label(p, granularity), p, Periods.Next(p, granularity).AddDays(-1), byStart.GetValueOrDefault(p), series));
        }
        return new BilateralTies(isoA, isoB, granularity, from, to, buckets);
    }

    /// <summary>A bucket's meetings, oldest first (one indexed page of exactly the bucket's count).</summary>
    public async Task<IReadOnlyList<GraphNode>> BucketMeetingsAsync(TieBucket bucket, CancellationToken ct)
    {
        if (bucket.MeetingCount == 0) return [];
        var page = await store.FindMeetingsAsync(bucket.Series.ForBucket(bucket.Start, bucket.End) with { First = bucket.MeetingCount }, ct).ConfigureAwait(false);
        return page.Meetings;
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
