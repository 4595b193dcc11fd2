using System.Globalization;

namespace DiplomacyGraph.Bench.Api;

/// <summary>Command-line settings of the API benchmark.</summary>
internal sealed record BenchOptions
{
    public double Scale { get; init; } = 1.0;
    public string Db { get; init; } = Path.Combine(Path.GetTempPath(), "dg-bench-api", "graph.db");
    public int Warmup { get; init; } = 20;
    public int Iterations { get; init; } = 200;
    public bool Regenerate { get; init; }
    public bool Serve { get; init; }
    public string Urls { get; init; } = "http://127.0.0.1:0";
    public int Seed { get; init; } = 20181122;
    public IReadOnlyList<string> Only { get; init; } = [];

    /// <summary>Whether a scenario is selected by <c>--only</c> (every scenario when none was given).</summary>
    public bool Runs(string scenario) => Only.Count == 0 || Only.Any(o => scenario.Contains(o, StringComparison.OrdinalIgnoreCase));

    public const string Help = """
        DiplomacyGraph API benchmark: generates a synthetic graph into a SQLite file and measures p50/p99 latency of
        typical queries through HTTP (Kestrel on 127.0.0.1).

        usage: dotnet run -c Release --project bench/DiplomacyGraph.Bench.Api -- [options]

          --scale X        fraction of the full graph (20k persons, 200 countries, 1M meetings); default 1.0
          --db PATH        SQLite file (reused when it exists and matches the scale); default in the temp folder
          --regenerate     rebuild the file even when it exists
          --warmup N       warm-up requests per scenario (default 20)
          --iterations N   measured requests per scenario (default 200)
          --seed N         random seed of the generator (default 20181122)
          --only A,B       run only the scenarios whose names contain one of these (case-insensitive), e.g. page,shortest
          --serve          only serve the graph (for the graphql-http audit) until Ctrl+C; prints the URL
          --urls URL       address to serve on (default http://127.0.0.1:0, a free port)
          --help           this text
        """;

    public static BenchOptions? Parse(string[] args)
    {
        var o = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            o = args[i] switch
            {
                "--help" or "-h" => null,
                "--scale" => o with { Scale = double.Parse(Next(), CultureInfo.InvariantCulture) },
                "--db" => o with { Db = Next() },
                "--regenerate" => o with { Regenerate = true },
                "--warmup" => o with { Warmup = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--iterations" => o with { Iterations = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--seed" => o with { Seed = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--serve" => o with { Serve = true },
                "--urls" => o with { Urls = Next() },
                "--only" => o with { Only = [.. Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)] },
                _ => throw new ArgumentException($"unknown option '{args[i]}' (see --help)"),
            };
            if (o is null) return null;
        }
        if (o.Scale is <= 0 or > 1) throw new ArgumentException("--scale must be in (0, 1]");
        if (o.Iterations < 1 || o.Warmup < 0) throw new ArgumentException("--iterations must be >= 1 and --warmup >= 0");
        return o;
    }
}
