namespace DiplomacyGraph.Domain.Graph;

/// <summary>A node's display names. <see cref="EnIsMachineMade"/> marks an English name we transliterated ourselves.</summary>
public sealed record Names(string? En, string? Ar, bool EnIsMachineMade = false)
{
    public static readonly Names Empty = new(null, null);

    /// <summary>The name in <paramref name="lang"/> ("ar" or "en"), falling back to the other language.</summary>
    public string Get(string lang) =>
        (string.Equals(lang, "ar", StringComparison.OrdinalIgnoreCase) ? Ar ?? En : En ?? Ar) ?? string.Empty;

    /// <summary>Merge rule shared by every store: a curated name beats a machine-made one; otherwise the first one stays.</summary>
    public Names MergeWith(Names other)
    {
        var en = En;
        var machine = EnIsMachineMade;
        if (en is null || (EnIsMachineMade && other.En is not null && !other.EnIsMachineMade))
        {
            en = other.En ?? En;
            machine = other.En is not null ? other.EnIsMachineMade : EnIsMachineMade;
        }
        return new Names(en, Ar ?? other.Ar, machine);
    }
}
