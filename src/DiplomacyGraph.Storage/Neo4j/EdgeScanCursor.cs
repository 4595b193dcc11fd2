using DiplomacyGraph.Domain.Graph;

namespace DiplomacyGraph.Storage.Neo4j;

/// <summary>Pages through the edges of one relationship type in id order (keyset paging on the type's r.id index).</summary>
internal sealed class EdgeScanCursor(Neo4jQueryClient client, string type, int pageSize)
{
    private readonly Queue<GraphEdge> _page = new();
    private string _after = string.Empty;
    private bool _exhausted;

    /// <summary>The smallest edge id not yet taken, or null when the type has no more edges.</summary>
    public GraphEdge? Head => _page.Count > 0 ? _page.Peek() : null;

    public async Task FillAsync(CancellationToken ct)
    {
        if (_page.Count > 0 || _exhausted) return;
        var r = await client.RunAsync(CypherStatement.Of(CypherCatalogue.ScanEdgesOf(type),
            Neo4jGraphStore.P(("after", _after), ("limit", pageSize))), ct).ConfigureAwait(false);
        foreach (var rec in r.Records())
            _page.Enqueue(Neo4jRecordMapper.ToEdge((Neo4jRelationship)rec["r"]!, (string)rec["fromId"]!, (string)rec["toId"]!));
        if (r.Rows.Count < pageSize) _exhausted = true;
        if (_page.Count > 0) _after = _page.Last().Id;
    }

    public async Task<GraphEdge> TakeAsync(CancellationToken ct)
    {
        var edge = _page.Dequeue();
        await FillAsync(ct).ConfigureAwait(false);
        return edge;
    }
}
