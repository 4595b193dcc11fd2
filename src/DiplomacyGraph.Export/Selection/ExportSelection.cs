using DiplomacyGraph.Domain.Graph;

namespace DiplomacyGraph.Export.Selection;

/// <summary>
/// Which part of the graph to export. Three modes, by what is set:
/// seeds (ids or names in either language, plus <see cref="Depth"/>); otherwise a filter (countries, persons,
/// initiatives, date range); otherwise the whole graph. <see cref="Kinds"/> and <see cref="Types"/> narrow any mode.
/// </summary>
public sealed record ExportSelection
{
    /// <summary>The deepest neighbourhood a seed export may ask for.</summary>
    public const int MaxDepth = 4;

    /// <summary>Seed nodes: store ids or names (Arabic or English).</summary>
    public IReadOnlyList<string> Seeds { get; init; } = [];

    /// <summary>Hops from the seeds, 0..<see cref="MaxDepth"/>.</summary>
    public int Depth { get; init; } = 1;

    /// <summary>Meetings whose countries include all of these (ISO codes or country names).</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>Meetings in which all of these persons (ids or names) took part.</summary>
    public IReadOnlyList<string> Persons { get; init; } = [];

    /// <summary>Initiatives (ids or names): the initiative, who proposed or joined it, and meetings reported with it.</summary>
    public IReadOnlyList<string> Initiatives { get; init; } = [];

    /// <summary>Meetings on or after this date.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Meetings on or before this date.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Keep only nodes of these kinds; empty for all.</summary>
    public IReadOnlyList<NodeKind> Kinds { get; init; } = [];

    /// <summary>Keep only relationships of these types; empty for all.</summary>
    public IReadOnlyList<string> Types { get; init; } = [];

    /// <summary>The mode the set fields select.</summary>
    public SelectionMode Mode =>
        Seeds.Count > 0 ? SelectionMode.Seeds
        : HasFilter ? SelectionMode.Filter
        : SelectionMode.WholeGraph;

    internal bool HasFilter => Countries.Count > 0 || Persons.Count > 0 || Initiatives.Count > 0 || From is not null || To is not null;

    /// <summary>Throws <see cref="ExportException"/> when the selection cannot be resolved as written.</summary>
    public void Validate()
    {
        if (Depth is < 0 or > MaxDepth)
            throw new ExportException(ExportErrorCodes.DepthOutOfRange, $"depth must be between 0 and {MaxDepth}, got {Depth}.");
        if (Seeds.Count > 0 && HasFilter)
            throw new ExportException(ExportErrorCodes.InvalidSelection,
                "seeds cannot be combined with countries, persons, initiatives or a date range; use one or the other (kinds and types may narrow either).");
        if (From is { } from && To is { } to && from > to)
            throw new ExportException(ExportErrorCodes.InvalidSelection, $"from ({from:yyyy-MM-dd}) is after to ({to:yyyy-MM-dd}).");
        foreach (var (name, list) in new[] { ("seed", Seeds), ("country", Countries), ("person", Persons), ("initiative", Initiatives), ("type", Types) })
        {
            if (list.Any(string.IsNullOrWhiteSpace))
                throw new ExportException(ExportErrorCodes.InvalidSelection, $"an empty {name} was given.");
        }
        foreach (var type in Types)
        {
            if (!RelationshipTypeNames.IsWellFormed(type))
                throw new ExportException(ExportErrorCodes.InvalidSelection, $"relationship type '{type}' is not an upper-snake-case name such as PARTICIPATED_IN.");
        }
    }
}
