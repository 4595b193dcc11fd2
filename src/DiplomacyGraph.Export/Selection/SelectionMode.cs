namespace DiplomacyGraph.Export.Selection;

/// <summary>How a selection picks its nodes.</summary>
public enum SelectionMode
{
    /// <summary>Neighbourhoods of seed nodes.</summary>
    Seeds,

    /// <summary>Meetings (and what they touch) matching countries, persons, initiatives or dates.</summary>
    Filter,

    /// <summary>Every node and edge.</summary>
    WholeGraph,
}
