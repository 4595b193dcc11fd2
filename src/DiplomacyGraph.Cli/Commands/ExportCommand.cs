using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using DiplomacyGraph.Domain.Storage;
using DiplomacyGraph.Export;
using DiplomacyGraph.Export.Formats;
using DiplomacyGraph.Export.Selection;
using DiplomacyGraph.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyGraph.Cli.Commands;

/// <summary>
/// <c>dg export --format F --out FILE [selection options] [--db PATH | --store neo4j --neo4j-url URL …]</c>: writes a subgraph to a file. The file is
/// written beside its destination under a temporary name and moved into place only when complete, so a failed
/// export never leaves a file that looks finished.
/// </summary>
internal static class ExportCommand
{
    /// <summary>Exit code for a refused selection or format (the message is on stderr).</summary>
    public const int BadSelection = 2;

    /// <summary>Starts the services (store, export) for the given configuration overrides.</summary>
    public delegate Task<ServiceProvider> ServicesStarter(IReadOnlyDictionary<string, string?> overrides, CancellationToken ct);

    /// <summary>The command. <paramref name="startServices"/> defaults to the SQLite/Neo4j store from configuration.</summary>
    public static Command Create(ServicesStarter? startServices = null) => Create(startServices, null, null);

    internal static Command Create(ServicesStarter? startServices, TextWriter? stdout, TextWriter? stderr)
    {
        var format = new Option<string>("--format", "-f") { Description = $"file format: {ExportFormatInfo.NameList}", Required = true };
        var output = new Option<FileInfo>("--out", "-o") { Description = "file to write (replaced only once the export is complete)", Required = true };
        var seeds = new Option<string[]>("--seed") { Description = "seed node: an id or a name in Arabic or English (repeatable)", AllowMultipleArgumentsPerToken = true };
        var depth = new Option<string?>("--depth") { Description = $"hops from the seeds, 0..{ExportSelection.MaxDepth} (default 1)" };
        var from = new Option<string?>("--from") { Description = "meetings on or after this date (YYYY-MM-DD)" };
        var to = new Option<string?>("--to") { Description = "meetings on or before this date (YYYY-MM-DD)" };
        var countries = new Option<string[]>("--country") { Description = "meetings involving this country: ISO code or name (repeatable; all must match)", AllowMultipleArgumentsPerToken = true };
        var persons = new Option<string[]>("--person") { Description = "meetings with this person: id or name (repeatable; all must match)", AllowMultipleArgumentsPerToken = true };
        var initiatives = new Option<string[]>("--initiative") { Description = "an initiative and the meetings reported with it: id or name (repeatable)", AllowMultipleArgumentsPerToken = true };
        var kinds = new Option<string[]>("--kind") { Description = "keep only nodes of these kinds (Person, Country, Place, Initiative, Organization, Event, Meeting, Article)", AllowMultipleArgumentsPerToken = true };
        var types = new Option<string[]>("--type") { Description = "keep only relationships of these types, e.g. PARTICIPATED_IN", AllowMultipleArgumentsPerToken = true };
        var storeArguments = new StoreArguments();

        var command = new Command("export",
            "Export a subgraph: the neighbourhood of seeds (--seed, --depth), meetings matching a filter (--country, --person, " +
            "--initiative, --from, --to) or, with neither, the whole graph; --kind and --type narrow any of them. " +
            "Formats: graphml (NetworkX, Gephi), json (NetworkX node-link), csv (zip for neo4j-admin import), cypher (MERGE script), " +
            "parquet (zip of nodes.parquet and edges.parquet).");
        foreach (var o in new Option[] { format, output, seeds, depth, from, to, countries, persons, initiatives, kinds, types }) command.Options.Add(o);
        storeArguments.AddTo(command);

        command.SetAction(async (parse, ct) =>
        {
            var outWriter = stdout ?? Console.Out;
            var errWriter = stderr ?? Console.Error;
            ExportRequest request;
            try
            {
                request = ExportRequestParser.Parse(new Dictionary<string, IReadOnlyList<string>>
                {
                    ["format"] = [parse.GetValue(format) ?? string.Empty],
                    ["seed"] = parse.GetValue(seeds) ?? [],
                    ["depth"] = Optional(parse.GetValue(depth)),
                    ["from"] = Optional(parse.GetValue(from)),
                    ["to"] = Optional(parse.GetValue(to)),
                    ["country"] = parse.GetValue(countries) ?? [],
                    ["person"] = parse.GetValue(persons) ?? [],
                    ["initiative"] = parse.GetValue(initiatives) ?? [],
                    ["kind"] = parse.GetValue(kinds) ?? [],
                    ["type"] = parse.GetValue(types) ?? [],
                });
            }
            catch (ExportException e)
            {
                await errWriter.WriteLineAsync($"error {e.Code}: {e.Message}");
                return BadSelection;
            }

            var overrides = storeArguments.Overrides(parse);
            await using var services = await (startServices ?? StartDefaultAsync)(overrides, ct);
            var store = services.GetRequiredService<IGraphStore>();
            var exporter = services.GetService<GraphExporter>() ?? new GraphExporter(store);
            var target = parse.GetValue(output)!;
            try
            {
                return await RunAsync(exporter, request, target, outWriter, errWriter, ct);
            }
            catch (ExportException e)
            {
                await errWriter.WriteLineAsync($"error {e.Code}: {e.Message}");
                return BadSelection;
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(GraphExporter exporter, ExportRequest request, FileInfo target, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var graph = await exporter.ResolveAsync(request.Selection, ct);
        target.Directory?.Create();
        var temp = Path.Combine(target.DirectoryName ?? ".", "." + target.Name + "." + Guid.NewGuid().ToString("N")[..8] + ".partial");
        var progress = new ExportProgressBar(stderr, ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected);
        ExportProgress? last = null;
        try
        {
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
            {
                await GraphExporter.WriteAsync(graph, request.Format.Format, file, new SyncProgress<ExportProgress>(p => { last = p; progress.Report(p); }), ct);
            }
            File.Move(temp, target.FullName, overwrite: true);
        }
        catch
        {
            progress.Done();
            File.Delete(temp);
            throw;
        }
        progress.Done();
        var size = new FileInfo(target.FullName).Length;
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"exported {last?.Nodes ?? 0} nodes and {last?.Edges ?? 0} edges to {target.FullName} ({request.Format.Name}, {size / 1024.0:0.0} KB) in {clock.Elapsed.TotalSeconds:0.0} s"));
        return 0;
    }

    private static string[] Optional(string? value) => value is null ? [] : [value];

    private static async Task<ServiceProvider> StartDefaultAsync(IReadOnlyDictionary<string, string?> overrides, CancellationToken ct)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddInMemoryCollection(new Dictionary<string, string?> { ["GraphStore:Provider"] = "Sqlite", ["GraphStore:Sqlite:Path"] = "data/diplomacy.db" })
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddGraphStore(configuration).AddExport();
        var provider = services.BuildServiceProvider();
        try
        {
            await provider.GetRequiredService<IGraphStore>().InitializeAsync(ct);
            return provider;
        }
        catch
        {
            await provider.DisposeAsync();
            throw;
        }
    }

    // Progress<T> posts to the thread pool; reports must be drawn in order, on the writer's thread.
    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
