using System.Diagnostics;
using System.Globalization;
using DiplomacyGraph.Bench.Api;
using DiplomacyGraph.Storage.Sqlite;
using Microsoft.Extensions.Hosting;

// DiplomacyGraph API benchmark: see BenchOptions.Help.
BenchOptions? options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception ex) when (ex is ArgumentException or FormatException)
{
    Console.Error.WriteLine("error: " + ex.Message);
    return 2;
}
if (options is null)
{
    Console.WriteLine(BenchOptions.Help);
    return 0;
}

if (options.Serve)
{
    var (app, url) = await BenchServer.StartAsync(options.Db, options.Urls);
    Console.WriteLine("listening on " + url);
    // The host's console lifetime stops the app on Ctrl+C or SIGTERM.
    await app.WaitForShutdownAsync();
    return 0;
}

Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.Db))!);
var graph = new SyntheticGraph(options);
await using (var store = new SqliteGraphStore(options.Db))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"graph: {graph.Persons:N0} persons, {SyntheticGraph.CountryCount} countries, {graph.Meetings:N0} meetings (scale {options.Scale}) in {options.Db}"));
    var sw = Stopwatch.StartNew();
    var generated = await graph.EnsureAsync(store);
    Console.WriteLine(generated ? string.Create(CultureInfo.InvariantCulture, $"generated in {sw.Elapsed.TotalSeconds:F0} s ({new FileInfo(options.Db).Length / 1e6:F0} MB)") : "reusing the existing file");
}

// The server runs in a child process (this program with --serve) so its memory is measured on its own.
var self = typeof(BenchOptions).Assembly.Location;
var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet") start.ArgumentList.Add(self);
foreach (var a in new[] { "--serve", "--db", options.Db, "--urls", "http://127.0.0.1:0" }) start.ArgumentList.Add(a);
using var server = Process.Start(start)!;
try
{
    var line = await server.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("the server exited before listening");
    var url = line["listening on ".Length..];
    Console.WriteLine($"server pid {server.Id} at {url}; {options.Warmup} warm-up + {options.Iterations} timed requests per scenario, one at a time");
    using var client = new HttpClient { BaseAddress = new Uri(url) };
    var harness = new LatencyHarness(client, options.Warmup, options.Iterations);
    Console.WriteLine(LatencyHarness.Header);
    foreach (var scenario in Scenarios.For(graph, options.Seed).Where(s => options.Runs(s.Name)))
        Console.WriteLine(await harness.RunAsync(scenario));

    server.Refresh();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"server memory: working set {server.WorkingSet64 / 1048576.0:F0} MB, peak {PeakMb(server.Id):F0} MB"));
}
finally
{
    server.Kill(entireProcessTree: true);
    await server.WaitForExitAsync();
}
return 0;

// Peak resident set of a process (VmHWM), read from /proc on Linux; the current working set elsewhere.
static double PeakMb(int pid)
{
    var status = $"/proc/{pid}/status";
    if (!File.Exists(status)) return Process.GetProcessById(pid).PeakWorkingSet64 / 1048576.0;
    var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
    return line is null ? 0 : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
}
