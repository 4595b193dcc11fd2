using System.Diagnostics;
using System.Globalization;

namespace DiplomacyGraph.Bench.Extraction;

/// <summary>
/// The same two workloads as <see cref="ExtractionBenchmarks"/>, run back to back (scan, extraction, scan, …) and
/// timed in process CPU time as well as wall time. On a shared machine the wall clock mostly measures the other
/// tenants; CPU time (every thread of this process, so garbage collection counts too) measures the work.
/// </summary>
internal static class CpuTimeComparison
{
    public static void Run(int megabytes, int rounds)
    {
        var bench = new ExtractionBenchmarks { CorpusMegabytes = megabytes };
        bench.Setup();
        BenchCorpus.Load(megabytes, out var bytes);
        var mb = bytes / 1e6;
        // One pass each first: JIT tiers and caches settle before anything is timed.
        bench.DictionaryScan();
        bench.TightScan();
        bench.Extract();
        Console.WriteLine(Line("round", "scan cpu ms", "scan wall ms", "extract cpu ms", "extract wall ms", "cpu ratio", "alloc MB/MB", "tight scan cpu", "vs tight"));
        var ratios = new List<double>();
        var tightRatios = new List<double>();
        // Totals over all rounds: one round's pair can straddle another tenant's burst; the sums even that out.
        double scanTotal = 0, extractTotal = 0;
        for (var r = 1; r <= rounds; r++)
        {
            // Slice by slice, the three workloads in turn: a burst of the machine's other work then falls on all of
            // them alike, not on whichever ran through it whole.
            (double Cpu, double Wall, long Allocated) scan = default, extract = default, tight = default;
            var size = (bench.ArticleCount + Slices - 1) / Slices;
            for (var from = 0; from < bench.ArticleCount; from += size)
            {
                scan = Add(scan, Measure(() => bench.DictionaryScan(from, size)));
                extract = Add(extract, Measure(() => bench.Extract(from, size)));
                tight = Add(tight, Measure(() => bench.TightScan(from, size)));
            }
            var ratio = extract.Cpu / scan.Cpu;
            scanTotal += scan.Cpu;
            extractTotal += extract.Cpu;
            ratios.Add(ratio);
            tightRatios.Add(extract.Cpu / tight.Cpu);
            Console.WriteLine(Line(r.ToString(CultureInfo.InvariantCulture), Ms(scan.Cpu), Ms(scan.Wall), Ms(extract.Cpu), Ms(extract.Wall),
                "1/" + ratio.ToString("0.0", CultureInfo.InvariantCulture), (extract.Allocated / 1e6 / mb).ToString("0.0", CultureInfo.InvariantCulture),
                Ms(tight.Cpu), "1/" + tightRatios[^1].ToString("0.0", CultureInfo.InvariantCulture)));
        }
        ratios.Sort();
        tightRatios.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{mb:0.0} MB, {rounds} rounds: extraction takes {extractTotal / scanTotal:0.00}× the CPU time of the dictionary scan over all rounds ({ratios[0]:0.0}–{ratios[^1]:0.0}× round by round; target ≤ 5), {mb * rounds / (extractTotal / 1000):0.0} MB/s of CPU; {tightRatios[0]:0.0}–{tightRatios[^1]:0.0}× the allocation-free scan."));
    }

    private const int Slices = 10;

    private static (double Cpu, double Wall, long Allocated) Add((double Cpu, double Wall, long Allocated) a, (double Cpu, double Wall, long Allocated) b) =>
        (a.Cpu + b.Cpu, a.Wall + b.Wall, a.Allocated + b.Allocated);

    private static (double Cpu, double Wall, long Allocated) Measure(Func<int> work)
    {
        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var alloc0 = GC.GetTotalAllocatedBytes(precise: true);
        var wall = Stopwatch.StartNew();
        work();
        wall.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - alloc0;
        process.Refresh();
        return ((process.TotalProcessorTime - cpu0).TotalMilliseconds, wall.Elapsed.TotalMilliseconds, allocated);
    }

    private static string Ms(double ms) => ms.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Line(params string[] cells) => string.Join(" | ", cells.Select(c => c.PadLeft(15)));
}
