namespace DiplomacyGraph.Export;

/// <summary>
/// Size caps for selections that are gathered in memory before writing (seeds and filters; the whole graph streams
/// and has no cap). Going over is an <see cref="ExportErrorCodes.TooLarge"/> error, never a silently cut file.
/// </summary>
public sealed record ExportLimits
{
    /// <summary>The default caps.</summary>
    public static readonly ExportLimits Default = new();

    /// <summary>Most nodes a seed or filter export may hold.</summary>
    public int MaxSubgraphNodes { get; init; } = 250_000;

    /// <summary>Most nodes a GraphQL <c>subgraph</c> answer may hold (larger slices belong to <c>/export</c>).</summary>
    public int MaxGraphQLNodes { get; init; } = 5_000;
}
