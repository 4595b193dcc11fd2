namespace DiplomacyGraph.Domain.Storage;

/// <summary>What a write did: new and merged (already present) nodes and edges.</summary>
public sealed record WriteResult(int NodesCreated, int NodesMerged, int EdgesCreated, int EdgesMerged)
{
    public static readonly WriteResult None = new(0, 0, 0, 0);

    public WriteResult Add(WriteResult o) =>
        new(NodesCreated + o.NodesCreated, NodesMerged + o.NodesMerged, EdgesCreated + o.EdgesCreated, EdgesMerged + o.EdgesMerged);
}
