namespace DiplomacyGraph.Storage.Neo4j;

/// <summary>
/// One explicit Query API transaction. It is opened by its first statement (<c>POST /query/v2/tx</c>), which avoids an
/// empty-body open request; later statements go to <c>/tx/{id}</c>, commit to <c>/tx/{id}/commit</c>, rollback is
/// <c>DELETE /tx/{id}</c>, each replaying the <c>neo4j-cluster-affinity</c> header the server sent.
/// </summary>
internal sealed class Neo4jTransaction
{
    private readonly Neo4jQueryClient _client;
    private string? _id;
    private string? _affinity;
    private bool _closed;

    internal Neo4jTransaction(Neo4jQueryClient client) => _client = client;

    /// <summary>Server-side transaction id, once opened.</summary>
    public string? Id => _id;

    public async Task<QueryResult> RunAsync(CypherStatement statement, CancellationToken ct = default)
    {
        if (_closed) throw new InvalidOperationException("The transaction is already closed.");
        var uri = _id is null ? _client.Settings.TransactionUri : _client.Settings.TransactionUriFor(_id);
        var response = await _client.SendAsync(HttpMethod.Post, uri, statement, _affinity, _id, ct).ConfigureAwait(false);
        _id ??= response.TransactionId ?? throw new Neo4jException("DiplomacyGraph.Neo4j.Protocol",
            "The Query API opened a transaction but sent no transaction id.", null, statement.Name);
        _affinity = response.ClusterAffinity ?? _affinity;
        return response.Result;
    }

    internal async Task CommitAsync(CancellationToken ct)
    {
        if (_closed || _id is null) { _closed = true; return; }
        var uri = new Uri(_client.Settings.TransactionUriFor(_id) + "/commit");
        await _client.SendAsync(HttpMethod.Post, uri, null, _affinity, _id, ct).ConfigureAwait(false);
        _closed = true;
    }

    internal async Task RollbackQuietlyAsync()
    {
        if (_closed || _id is null) { _closed = true; return; }
        _closed = true;
        try
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _client.SendAsync(HttpMethod.Delete, _client.Settings.TransactionUriFor(_id), null, _affinity, _id, cts.Token).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Best effort by design: the server rolls a transaction back on any failed statement and on idle timeout,
            // and the caller must see the error that caused the rollback, not one from the rollback itself.
        }
    }
}
