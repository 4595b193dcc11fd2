using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using DiplomacyGraph.Domain.Articles;
using DiplomacyGraph.Domain.Text;
using DiplomacyGraph.Extraction;

namespace DiplomacyGraph.Bench.Extraction;

/// <summary>
/// Full extraction of the dev corpus repeated to the given size, against the floor: a plain dictionary scan of
/// the same text (split on whitespace, fold each word, look it up). Articles are processed one at a time, so
/// memory stays flat in corpus size (see the Allocated column per MB at both sizes).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class ExtractionBenchmarks
{
    private IReadOnlyList<Article> _articles = [];
    private PipelineExtractor _extractor = null!;
    private HashSet<string> _dictionary = [];

    [Params(10, 50)]
    public int CorpusMegabytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _articles = BenchCorpus.Load(CorpusMegabytes, out _);
        var dir = Path.Combine(AppContext.BaseDirectory, "gazetteer");
        var gazetteer = DiplomacyGraph.Extraction.Gazetteer.Gazetteer.Load(dir);
        _extractor = new PipelineExtractor(gazetteer);
        _dictionary = gazetteer.Entries
            .SelectMany(e => new[] { e.NameEn, e.NameAr }.Concat(e.AliasesEn).Concat(e.AliasesAr))
            .Where(n => !string.IsNullOrWhiteSpace(n))
            .SelectMany(n => NameKey.Of(n).Split(' '))
            .ToHashSet(StringComparer.Ordinal);
    }

    [Benchmark(Baseline = true, Description = "dictionary scan")]
    public int DictionaryScan() => DictionaryScan(0, _articles.Count);

    /// <summary>The number of articles the corpus holds (for runs over slices of it).</summary>
    public int ArticleCount => _articles.Count;

    /// <summary>The dictionary scan of articles [from, from + count).</summary>
    public int DictionaryScan(int from, int count)
    {
        var hits = 0;
        foreach (var a in Slice(from, count))
            foreach (var word in a.Body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                if (_dictionary.Contains(NameKey.Of(word))) hits++;
        return hits;
    }

    /// <summary>
    /// The same scan without a string per word: each word folded into a buffer and looked up by span. Not the
    /// floor of the target (that is the plain scan above), but shown by the --cpu run so the margin is honest.
    /// </summary>
    public int TightScan() => TightScan(0, _articles.Count);

    public int TightScan(int from, int count)
    {
        var lookup = _dictionary.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> word = stackalloc char[256];
        var hits = 0;
        foreach (var a in Slice(from, count))
        {
            var n = 0;
            foreach (var raw in a.Body)
            {
                if (char.IsWhiteSpace(raw))
                {
                    if (n > 0 && lookup.Contains(word[..n])) hits++;
                    n = 0;
                    continue;
                }
                var c = ArabicFolding.Fold(raw);
                if (c != '\0' && n < word.Length) word[n++] = c;
            }
            if (n > 0 && lookup.Contains(word[..n])) hits++;
        }
        return hits;
    }

    [Benchmark(Description = "extraction")]
    public int Extract() => Extract(0, _articles.Count);

    public int Extract(int from, int count)
    {
        var n = 0;
        foreach (var a in Slice(from, count)) n += _extractor.Extract(a).Entities.Count;
        return n;
    }

    private IEnumerable<Article> Slice(int from, int count) => _articles.Skip(from).Take(count);

    private sealed class Config : ManualConfig
    {
        // In-process: this shared machine is too slow to build BenchmarkDotNet's generated project in its time limit.
        public Config()
        {
            AddJob(Job.ShortRun.WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true)));
            AddColumn(new ThroughputColumn());
        }
    }
}
