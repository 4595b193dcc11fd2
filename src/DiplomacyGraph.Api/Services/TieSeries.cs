using DiplomacyGraph.Domain.Storage;

namespace DiplomacyGraph.Api.Services;

/// <summary>
/// What the buckets of one bilateral series share: the meeting filter behind them, and the participants per bucket,
/// fetched once for the whole series (one store aggregate) the first time any bucket's persons are asked for.
/// </summary>
internal sealed class TieSeries
{
    private readonly IGraphStore _store;
    private readonly TieGranularity _granularity;
    private readonly object _gate = new();
    private Task<IReadOnlyDictionary<DateOnly, IReadOnlyList<string>>>? _persons;

    public TieSeries(IGraphStore store, MeetingQuery filter, TieGranularity granularity)
    {
        _store = store;
        Filter = filter;
        _granularity = granularity;
    }

    /// <summary>The meetings the series counts (both countries, the requested dates).</summary>
    public MeetingQuery Filter { get; }

    /// <summary>Distinct participants of the bucket starting at <paramref name="start"/>, in id order.</summary>
    public async Task<IReadOnlyList<string>> PersonsAsync(DateOnly start, CancellationToken ct)
    {
        Task<IReadOnlyDictionary<DateOnly, IReadOnlyList<string>>> task;
        lock (_gate) task = _persons ??= LoadPersonsAsync(ct);
        var byBucket = await task.ConfigureAwait(false);
        return byBucket.GetValueOrDefault(start, []);
    }

    /// <summary>The filter narrowed to one bucket's days (never wider than the series' own dates).</summary>
    public MeetingQuery ForBucket(DateOnly start, DateOnly end) => Filter with
    {
        From = Filter.From is { } f && f > start ? f : start,
        To = Filter.To is { } t && t < end ? t : end,
    };

    private async Task<IReadOnlyDictionary<DateOnly, IReadOnlyList<string>>> LoadPersonsAsync(CancellationToken ct)
    {
        var days = await _store.CountMeetingsByDateAsync(new MeetingDateCountQuery(Filter, WithPersons: true), ct).ConfigureAwait(false);
        return days.GroupBy(d => Periods.StartOf(d.Date, _granularity)).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<string>)[.. g.SelectMany(d => d.PersonIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
    }
}
