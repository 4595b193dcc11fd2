using DiplomacyGraph.Domain.Storage;

namespace DiplomacyGraph.Cli.Hosting;

/// <summary>What a run of ingestion did over many files.</summary>
internal sealed record IngestSummary(int Files, int NewArticles, int AlreadyIngested, int Failed, int Meetings, WriteResult Write)
{
    public override string ToString() =>
        $"{Files} file(s): {NewArticles} article(s) ingested, {AlreadyIngested} already in the store, {Failed} failed; " +
        $"nodes {Write.NodesCreated} new / {Write.NodesMerged} merged, edges {Write.EdgesCreated} new / {Write.EdgesMerged} merged, " +
        $"{Meetings} meeting(s) read";
}
