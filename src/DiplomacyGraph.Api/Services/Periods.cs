using System.Globalization;

namespace DiplomacyGraph.Api.Services;

/// <summary>Calendar periods for chart buckets: where a period starts, where the next one starts, and its label.</summary>
internal static class Periods
{
    public static DateOnly StartOf(DateOnly d, TieGranularity g) => g switch
    {
        TieGranularity.Day => d,
        // ISO weeks start on Monday.
        TieGranularity.Week => d.AddDays(-(((int)d.DayOfWeek + 6) % 7)),
        TieGranularity.Month => new DateOnly(d.Year, d.Month, 1),
        TieGranularity.Quarter => new DateOnly(d.Year, ((d.Month - 1) / 3 * 3) + 1, 1),
        TieGranularity.Year => new DateOnly(d.Year, 1, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(g)),
    };

    public static DateOnly Next(DateOnly start, TieGranularity g) => g switch
    {
        TieGranularity.Day => start.AddDays(1),
        TieGranularity.Week => start.AddDays(7),
        TieGranularity.Month => start.AddMonths(1),
        TieGranularity.Quarter => start.AddMonths(3),
        TieGranularity.Year => start.AddYears(1),
        _ => throw new ArgumentOutOfRangeException(nameof(g)),
    };

    /// <summary>"2018-11-22", "2018-W47", "2018-11", "2018-Q4", "2018".</summary>
    public static string Label(DateOnly start, TieGranularity g)
    {
        var inv = CultureInfo.InvariantCulture;
        return g switch
        {
            TieGranularity.Day => start.ToString("yyyy-MM-dd", inv),
            TieGranularity.Week => string.Create(inv, $"{ISOWeek.GetYear(start.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(start.ToDateTime(TimeOnly.MinValue)):00}"),
            TieGranularity.Month => start.ToString("yyyy-MM", inv),
            TieGranularity.Quarter => string.Create(inv, $"{start.Year}-Q{((start.Month - 1) / 3) + 1}"),
            TieGranularity.Year => start.ToString("yyyy", inv),
            _ => throw new ArgumentOutOfRangeException(nameof(g)),
        };
    }
}
