namespace DiplomacyGraph.Domain.Storage;

/// <summary>Edges touching <see cref="NodeIds"/>.</summary>
/// <param name="Types">Only these relationship types; null or empty for all.</param>
public sealed record EdgeQuery(IReadOnlyCollection<string> NodeIds, EdgeDirection Direction = EdgeDirection.Both, IReadOnlyList<string>? Types = null);

/// <summary>Which end of an edge the queried node is.</summary>
public enum EdgeDirection
{
    /// <summary>Edges whose From is the node.</summary>
    Outgoing,
    /// <summary>Edges whose To is the node.</summary>
    Incoming,
    Both,
}
