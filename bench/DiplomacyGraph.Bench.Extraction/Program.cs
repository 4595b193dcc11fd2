using System.Globalization;
using BenchmarkDotNet.Running;
using DiplomacyGraph.Bench.Extraction;

// dotnet run -c Release --project bench/DiplomacyGraph.Bench.Extraction -- --filter "*"
// dotnet run -c Release --project bench/DiplomacyGraph.Bench.Extraction -- --cpu [megabytes=50] [rounds=3]
if (args.Length > 0 && args[0] == "--cpu")
{
    var megabytes = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
    var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
    CpuTimeComparison.Run(megabytes, rounds);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly).Run(args);
