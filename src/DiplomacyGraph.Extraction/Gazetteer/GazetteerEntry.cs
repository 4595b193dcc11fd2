using DiplomacyGraph.Domain.Graph;

namespace DiplomacyGraph.Extraction.Gazetteer;

/// <summary>One known entity: its kind, names in both languages, aliases and (for people) offices.</summary>
public sealed class GazetteerEntry
{
    public required NodeKind Kind { get; init; }

    /// <summary>The gazetteer's own id column (slug of name_en, or the ISO code for a country).</summary>
    public required string Key { get; init; }

    public string? NameEn { get; init; }

    public string? NameAr { get; init; }

    /// <summary>ISO code for a country.</summary>
    public string? Iso { get; init; }

    /// <summary>For a place or person: the ISO code of its country.</summary>
    public string? Country { get; init; }

    public IReadOnlyList<string> AliasesEn { get; init; } = [];

    public IReadOnlyList<string> AliasesAr { get; init; } = [];

    public List<GazetteerOffice> Offices { get; } = [];

    /// <summary>Every name and alias written for the entry, in both languages (empty cells left out).</summary>
    public IEnumerable<string> Names =>
        new[] { NameEn, NameAr }.Concat(AliasesEn).Concat(AliasesAr).OfType<string>().Where(n => n.Length > 0);

    // Every mention of the entry asks for its id; the slug behind it (folding, Unicode normalisation) is worth keeping.
    // The properties it reads are init-only, so it never goes stale; a race only computes the same string twice.
    private string? _nodeId;

    /// <summary>The graph node id (NodeIds.Country or NodeIds.Entity of the English name).</summary>
    public string NodeId => _nodeId ??= Kind == NodeKind.Country && Iso is not null
        ? NodeIds.Country(Iso)
        : NodeIds.Entity(Kind, NameEn ?? NameAr ?? Key);
}
