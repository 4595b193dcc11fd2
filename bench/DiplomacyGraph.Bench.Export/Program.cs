using System.Diagnostics;
using System.Globalization;
using DiplomacyGraph.Bench.Export;
using DiplomacyGraph.Export;
using DiplomacyGraph.Export.Formats;

// Export benchmark: writes a synthetic graph (default 1M edges, 250k nodes) in each format and reports MB/s and
// peak memory. Each format runs in its own process so its peak working set is its own.
//   dotnet run -c Release --project bench/DiplomacyGraph.Bench.Export [-- --edges N --nodes N --format F]
var edges = Arg("--edges", 1_000_000);
var nodes = Arg("--nodes", 250_000);
var single = Value("--format");

if (single is not null)
{
    ExportFormatInfo.TryParse(single, out var info);
    Console.WriteLine(await ExportRun.RunAsync(info, new SyntheticGraphGenerator(nodes, edges)));
    return 0;
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Export of a synthetic graph: {nodes:N0} nodes, {edges:N0} edges (generated, fed straight to the writers)"));
Console.WriteLine("format     size MB   wall s   MB/s(wall)  cpu s  MB/cpu-s   edges/s   peak WS MB  baseline MB");
foreach (var format in ExportFormatInfo.All)
{
    var psi = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
    foreach (var a in Environment.GetCommandLineArgs().Skip(1)) psi.ArgumentList.Add(a);
    if (!Environment.ProcessPath!.EndsWith("DiplomacyGraph.Bench.Export", StringComparison.Ordinal))
        psi.ArgumentList.Insert(0, typeof(ExportRun).Assembly.Location);
    psi.ArgumentList.Add("--format");
    psi.ArgumentList.Add(format.Name);
    using var child = Process.Start(psi)!;
    var line = (await child.StandardOutput.ReadToEndAsync()).Trim();
    await child.WaitForExitAsync();
    Console.WriteLine(line);
}
return 0;

int Arg(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

string? Value(string name)
{
    var a = Environment.GetCommandLineArgs();
    var i = Array.IndexOf(a, name);
    return i >= 0 && i + 1 < a.Length ? a[i + 1] : null;
}
