using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/DiplomacyGraph.Bench.Extraction -- --filter "*"
BenchmarkSwitcher.FromAssembly(typeof(DiplomacyGraph.Bench.Extraction.ExtractionBenchmarks).Assembly).Run(args);
