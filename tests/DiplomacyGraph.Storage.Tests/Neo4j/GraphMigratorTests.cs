using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;
using DiplomacyGraph.Storage.Neo4j;
using DiplomacyGraph.Storage.Sqlite;
using DiplomacyGraph.Storage.Tests.Contract;
using DiplomacyGraph.Storage.Tests.Sqlite;

namespace DiplomacyGraph.Storage.Tests.Neo4j;

/// <summary>Migration between two real embedded stores (the Neo4j end is exercised by the same code through IGraphStore).</summary>
public sealed class GraphMigratorTests : IAsyncLifetime
{
    private readonly TempDatabase _sourceDb = new();
    private readonly TempDatabase _targetDb = new();
    private SqliteGraphStore _source = null!;
    private SqliteGraphStore _target = null!;
    private string Checkpoint => Path.Combine(_targetDb.Folder, "migrate.json");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _source = new SqliteGraphStore(_sourceDb.Path);
        _target = new SqliteGraphStore(_targetDb.Path);
        await _source.InitializeAsync(Ct);
        await _source.WriteAsync(new MeetingGraph().Batch, Ct);
        // Enough extra nodes for several batches.
        await _source.WriteAsync(new GraphBatch([.. Enumerable.Range(0, 45).Select(i => new GraphNode($"person:x{i:D3}", NodeKind.Person, new Names($"X {i}", null), []))], []), Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _source.DisposeAsync();
        await _target.DisposeAsync();
        _sourceDb.Dispose();
        _targetDb.Dispose();
    }

    private GraphMigrator Migrator(IGraphStore target) => new(_source, target, "sqlite:source.db", "neo4j:http://localhost:7474", Checkpoint, batchSize: 10);

    private static async Task<List<string>> DumpAsync(IGraphStore store)
    {
        var lines = new List<string>();
        await foreach (var n in store.ScanNodesAsync(Ct))
            lines.Add($"{n.Id}|{n.Kind}|{n.Names}|{string.Join(",", n.Aliases)}|{n.Date}|{string.Join(",", n.Countries)}|{string.Join(",", n.Properties)}");
        await foreach (var e in store.ScanEdgesAsync(Ct))
            lines.Add($"{e.Id}|{e.Type}|{e.From}|{e.To}|{string.Join(",", e.Properties)}|{string.Join(";", e.Sources)}");
        return lines;
    }

    [Fact]
    public async Task RunAsync_freshTarget_copiesEveryNodeAndEdgeWithProgress()
    {
        var reports = new List<MigrationProgress>();

        var report = await Migrator(_target).RunAsync(new SyncProgress(reports.Add), Ct);

        var stats = await _source.GetStatsAsync(Ct);
        Assert.Equal((stats.Nodes, stats.Edges), (report.Nodes, report.Edges));
        Assert.Equal(await DumpAsync(_source), await DumpAsync(_target));
        Assert.Contains(reports, p => p.Phase == "nodes" && p.Done == stats.Nodes && p.Total == stats.Nodes);
        Assert.Contains(reports, p => p.Phase == "edges" && p.Done == stats.Edges);
        Assert.False(report.Resumed);
    }

    [Fact]
    public async Task RunAsync_interruptedThenRerun_resumesAfterCheckpointAndEndsEqual()
    {
        var failing = new FailingStore(_target, failFromWrite: 4);
        await Assert.ThrowsAsync<IOException>(() => Migrator(failing).RunAsync(null, Ct));
        Assert.True(File.Exists(Checkpoint));
        Assert.Contains("\"Nodes\": 30", await File.ReadAllTextAsync(Checkpoint, Ct), StringComparison.Ordinal);

        var counting = new FailingStore(_target, failFromWrite: int.MaxValue);
        var report = await Migrator(counting).RunAsync(null, Ct);

        Assert.True(report.Resumed);
        Assert.Equal(await DumpAsync(_source), await DumpAsync(_target));
        var stats = await _source.GetStatsAsync(Ct);
        Assert.Equal(stats.Nodes, report.Nodes);
        // The three node batches written before the failure are not written again.
        var expectedWrites = (int)Math.Ceiling((stats.Nodes - 30) / 10.0) + (int)Math.Ceiling(stats.Edges / 10.0);
        Assert.Equal(expectedWrites, counting.Writes);
    }

    [Fact]
    public async Task RunAsync_completedCheckpoint_writesNothingMore()
    {
        await Migrator(_target).RunAsync(null, Ct);
        var counting = new FailingStore(_target, failFromWrite: int.MaxValue);

        var again = await Migrator(counting).RunAsync(null, Ct);

        Assert.True(again.AlreadyComplete);
        Assert.Equal(0, counting.Writes);
    }

    [Fact]
    public async Task RunAsync_checkpointOfAnotherMigration_isRefused()
    {
        Directory.CreateDirectory(_targetDb.Folder);
        await File.WriteAllTextAsync(Checkpoint, """{"From":"sqlite:other.db","To":"neo4j:http://x:7474","Phase":"nodes","LastId":null,"Nodes":0,"Edges":0}""", Ct);

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => Migrator(_target).RunAsync(null, Ct));

        Assert.Contains("another migration", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>Progress&lt;T&gt; posts to the thread pool; this one reports inline so the test sees every report.</summary>
    private sealed class SyncProgress(Action<MigrationProgress> report) : IProgress<MigrationProgress>
    {
        public void Report(MigrationProgress value) => report(value);
    }
}
