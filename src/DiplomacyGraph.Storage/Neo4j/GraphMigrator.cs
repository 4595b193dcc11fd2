using System.Text.Json;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;

namespace DiplomacyGraph.Storage.Neo4j;

/// <summary>
/// Copies a whole graph from one store to another (<c>dg migrate</c>), streamed: nodes, then edges, read with the
/// source's id-ordered scans and written in batches. After each batch a checkpoint file records the phase and the last
/// id written, so an interrupted run resumes after it; writes are idempotent, so a batch written twice is harmless.
/// </summary>
public sealed class GraphMigrator
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };
    private readonly IGraphStore _source;
    private readonly IGraphStore _target;
    private readonly string _checkpointPath;
    private readonly string _from;
    private readonly string _to;
    private readonly int _batchSize;

    /// <param name="from">Description of the source (no secrets), recorded in the checkpoint.</param>
    /// <param name="to">Description of the target (no secrets), recorded in the checkpoint.</param>
    public GraphMigrator(IGraphStore source, IGraphStore target, string from, string to, string checkpointPath, int batchSize = 500)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(checkpointPath);
        (_source, _target, _from, _to, _checkpointPath, _batchSize) = (source, target, from, to, checkpointPath, batchSize);
    }

    /// <summary>Runs (or resumes) the migration; reports progress after every batch.</summary>
    public async Task<MigrationReport> RunAsync(IProgress<MigrationProgress>? progress = null, CancellationToken ct = default)
    {
        var checkpoint = LoadCheckpoint();
        var resumed = checkpoint is not null;
        checkpoint ??= new MigrationCheckpoint(_from, _to, MigrationCheckpoint.NodesPhase, null, 0, 0);
        if (checkpoint.Phase == MigrationCheckpoint.DonePhase)
            return new MigrationReport(checkpoint.Nodes, checkpoint.Edges, resumed, AlreadyComplete: true);

        var stats = await _source.GetStatsAsync(ct).ConfigureAwait(false);
        await _target.InitializeAsync(ct).ConfigureAwait(false);

        if (checkpoint.Phase == MigrationCheckpoint.NodesPhase)
        {
            var after = checkpoint.LastId;
            var batch = new List<GraphNode>(_batchSize);
            await foreach (var node in _source.ScanNodesAsync(ct).ConfigureAwait(false))
            {
                if (after is not null && string.CompareOrdinal(node.Id, after) <= 0) continue;
                batch.Add(node);
                if (batch.Count == _batchSize) checkpoint = await FlushNodesAsync(batch, checkpoint, stats, progress, ct).ConfigureAwait(false);
            }
            if (batch.Count > 0) checkpoint = await FlushNodesAsync(batch, checkpoint, stats, progress, ct).ConfigureAwait(false);
            checkpoint = checkpoint with { Phase = MigrationCheckpoint.EdgesPhase, LastId = null };
            Save(checkpoint);
        }

        {
            var after = checkpoint.LastId;
            var batch = new List<GraphEdge>(_batchSize);
            await foreach (var edge in _source.ScanEdgesAsync(ct).ConfigureAwait(false))
            {
                if (after is not null && string.CompareOrdinal(edge.Id, after) <= 0) continue;
                batch.Add(edge);
                if (batch.Count == _batchSize) checkpoint = await FlushEdgesAsync(batch, checkpoint, stats, progress, ct).ConfigureAwait(false);
            }
            if (batch.Count > 0) checkpoint = await FlushEdgesAsync(batch, checkpoint, stats, progress, ct).ConfigureAwait(false);
        }
        checkpoint = checkpoint with { Phase = MigrationCheckpoint.DonePhase, LastId = null };
        Save(checkpoint);
        return new MigrationReport(checkpoint.Nodes, checkpoint.Edges, resumed, AlreadyComplete: false);
    }

    private async Task<MigrationCheckpoint> FlushNodesAsync(List<GraphNode> batch, MigrationCheckpoint cp, GraphStats stats, IProgress<MigrationProgress>? progress, CancellationToken ct)
    {
        await _target.WriteAsync(new GraphBatch([.. batch], []), ct).ConfigureAwait(false);
        cp = cp with { LastId = batch[^1].Id, Nodes = cp.Nodes + batch.Count };
        batch.Clear();
        Save(cp);
        progress?.Report(new MigrationProgress(MigrationCheckpoint.NodesPhase, cp.Nodes, stats.Nodes));
        return cp;
    }

    private async Task<MigrationCheckpoint> FlushEdgesAsync(List<GraphEdge> batch, MigrationCheckpoint cp, GraphStats stats, IProgress<MigrationProgress>? progress, CancellationToken ct)
    {
        await _target.WriteAsync(new GraphBatch([], [.. batch]), ct).ConfigureAwait(false);
        cp = cp with { LastId = batch[^1].Id, Edges = cp.Edges + batch.Count };
        batch.Clear();
        Save(cp);
        progress?.Report(new MigrationProgress(MigrationCheckpoint.EdgesPhase, cp.Edges, stats.Edges));
        return cp;
    }

    private MigrationCheckpoint? LoadCheckpoint()
    {
        if (!File.Exists(_checkpointPath)) return null;
        MigrationCheckpoint? cp;
        try
        {
            cp = JsonSerializer.Deserialize<MigrationCheckpoint>(File.ReadAllText(_checkpointPath), Json);
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"Checkpoint file '{_checkpointPath}' is not a migration checkpoint ({ex.Message}); delete it to start over.", ex);
        }
        if (cp is null || cp.From != _from || cp.To != _to)
            throw new InvalidOperationException(
                $"Checkpoint file '{_checkpointPath}' belongs to another migration ({cp?.From} -> {cp?.To}); delete it or pass another --checkpoint.");
        return cp;
    }

    private void Save(MigrationCheckpoint cp)
    {
        // Write then rename, so a crash mid-write never leaves a half checkpoint behind.
        if (Path.GetDirectoryName(Path.GetFullPath(_checkpointPath)) is { Length: > 0 } dir) Directory.CreateDirectory(dir);
        var tmp = _checkpointPath + ".tmp";
        File.WriteAllText(tmp, JsonSerializer.Serialize(cp, Json));
        File.Move(tmp, _checkpointPath, overwrite: true);
    }
}
