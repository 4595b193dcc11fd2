using System.CommandLine;
using System.Xml.Linq;
using DiplomacyGraph.Cli.Commands;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Storage.Sqlite;

namespace DiplomacyGraph.Cli.Tests.Commands;

/// <summary><c>dg export</c> against a real SQLite file.</summary>
public sealed class ExportCommandTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dg-cli-export-" + Guid.NewGuid().ToString("N"));
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();

    private string Db => Path.Combine(_folder, "graph.db");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        await using var store = new SqliteGraphStore(Db);
        await store.InitializeAsync();
        var xi = NodeIds.Entity(NodeKind.Person, "Xi Jinping");
        var cn = NodeIds.Country("CN");
        await store.WriteAsync(new GraphBatch(
            [
                new GraphNode(xi, NodeKind.Person, new Names("Xi Jinping", "شي جين بينغ"), []),
                new GraphNode(cn, NodeKind.Country, new Names("China", "الصين"), []) { Iso = "CN" },
            ],
            [new GraphEdge(NodeIds.Edge(RelationshipTypes.HoldsOffice, xi, cn, "President"), RelationshipTypes.HoldsOffice, xi, cn)]));
    }

    public ValueTask DisposeAsync()
    {
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { /* left for the OS */ }
        return ValueTask.CompletedTask;
    }

    private Task<int> RunAsync(params string[] args) =>
        new RootCommand { ExportCommand.Create(null, _out, _err) }.Parse(["export", .. args]).InvokeAsync(new InvocationConfiguration { Output = _out, Error = _err }, TestContext.Current.CancellationToken);

    [Fact]
    public async Task Export_graphmlBySeed_writesTheFileAndASummary()
    {
        var file = Path.Combine(_folder, "out", "xi.graphml");

        var code = await RunAsync("--format", "graphml", "--out", file, "--seed", "شي جين بينغ", "--depth", "1", "--db", Db);

        Assert.Equal(0, code);
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        var nodes = XDocument.Load(file).Descendants(ns + "node").Select(n => (string?)n.Attribute("id")).ToList();
        Assert.Equal(["person:xi-jinping", "country:CN"], nodes.Order(StringComparer.Ordinal).Reverse());
        Assert.Contains("exported 2 nodes and 1 edges", _out.ToString(), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(file)!, "*.partial"));
    }

    [Fact]
    public async Task Export_redirectedOutput_printsPlainProgressLines()
    {
        var file = Path.Combine(_folder, "all.json");

        Assert.Equal(0, await RunAsync("-f", "json", "-o", file, "--db", Db));

        Assert.Contains("export: 100% 2 nodes, 1 edges", _err.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain('\r', _err.ToString());
    }

    [Fact]
    public async Task Export_unknownSeed_failsWithCodeAndLeavesNoFile()
    {
        var file = Path.Combine(_folder, "none.cypher");

        var code = await RunAsync("--format", "cypher", "--out", file, "--seed", "Nobody Atall", "--db", Db);

        Assert.Equal(ExportCommand.BadSelection, code);
        Assert.Contains("error EXPORT_UNKNOWN_SEED", _err.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(file));
        Assert.Empty(Directory.GetFiles(_folder, "*.partial"));
    }

    [Fact]
    public async Task Export_unknownFormat_failsBeforeOpeningTheStore()
    {
        var code = await RunAsync("--format", "xlsx", "--out", Path.Combine(_folder, "x.xlsx"), "--db", Path.Combine(_folder, "never", "created.db"));

        Assert.Equal(ExportCommand.BadSelection, code);
        Assert.Contains("error EXPORT_UNKNOWN_FORMAT", _err.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_folder, "never")));
    }

    [Fact]
    public async Task Export_help_listsFormatsAndSelectionOptions()
    {
        Assert.Equal(0, await RunAsync("--help"));

        var help = _out.ToString();
        foreach (var word in new[] { "graphml", "parquet", "--seed", "--depth", "--country", "--from", "--kind", "--db" })
            Assert.Contains(word, help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_storeOptions_reachTheStoreConfiguration()
    {
        IReadOnlyDictionary<string, string?>? seen = null;
        ExportCommand.ServicesStarter starter = (overrides, _) =>
        {
            seen = overrides;
            throw new InvalidOperationException("stopped after reading the configuration");
        };
        var args = new[] { "export", "--format", "json", "--out", Path.Combine(_folder, "g.json"), "--store", "neo4j", "--neo4j-url", "http://localhost:7474", "--neo4j-database", "graph" };
        try
        {
            await new RootCommand { ExportCommand.Create(starter, _out, _err) }.Parse(args).InvokeAsync(new InvocationConfiguration { Output = _out, Error = _err }, TestContext.Current.CancellationToken);
        }
        catch (InvalidOperationException)
        {
            // The starter stops the run; only what it was given matters here.
        }
        Assert.NotNull(seen);
        Assert.Equal("neo4j", seen["GraphStore:Provider"]);
        Assert.Equal("http://localhost:7474", seen["GraphStore:Neo4j:Url"]);
        Assert.Equal("graph", seen["GraphStore:Neo4j:Database"]);
    }
}
