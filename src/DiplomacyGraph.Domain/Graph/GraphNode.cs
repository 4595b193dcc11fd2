namespace DiplomacyGraph.Domain.Graph;

/// <summary>
/// A node as the stores keep it. Typed fields cover what queries filter on; the rest lives in <see cref="Properties"/>.
/// </summary>
/// <param name="Id">Stable id, see <see cref="NodeIds"/>.</param>
/// <param name="Kind">What the node is.</param>
/// <param name="Names">Display names in both languages.</param>
/// <param name="Aliases">Other surface forms seen, any language.</param>
public sealed record GraphNode(string Id, NodeKind Kind, Names Names, IReadOnlyList<string> Aliases)
{
    /// <summary>ISO 3166-1 alpha-2 of a Country node.</summary>
    public string? Iso { get; init; }

    /// <summary>ISO code of the country a Place lies in.</summary>
    public string? CountryIso { get; init; }

    /// <summary>Date of a Meeting, or publication date of an Article.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>For a Meeting: the ISO codes of the countries its participants represented.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>Free properties (an Article's url, file, lang, title; anything else a later issue needs).</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();

    /// <summary>Every name under which the node is found: both names and all aliases.</summary>
    public IEnumerable<string> AllNames()
    {
        if (Names.En is { } en) yield return en;
        if (Names.Ar is { } ar) yield return ar;
        foreach (var a in Aliases) yield return a;
    }
}
