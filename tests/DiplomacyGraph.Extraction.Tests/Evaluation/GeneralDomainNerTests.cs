using System.Text;
using DiplomacyGraph.Domain.Articles;

namespace DiplomacyGraph.Extraction.Tests.Evaluation;

/// <summary>
/// Report only (no target yet): exact-span PER and LOC F1 of the extractor on ANERcorp and the CoNLL-2003 test
/// set. Person mentions count as PER, Place and Country mentions as LOC. Skips when the data sets are absent.
/// </summary>
public sealed class GeneralDomainNerTests
{
    private const int SentencesPerDocument = 20;

    [Theory]
    [InlineData("anercorp/ANERCorp.txt", "ar")]
    [InlineData("conll2003_en/test.txt", "en")]
    public void Evaluate_generalDomainNer_reportsPerAndLoc(string relative, string lang)
    {
        var shared = TestData.RequireShared();
        var path = Path.Combine(shared, "datasets", relative);
        if (!File.Exists(path)) Assert.Skip(relative + " is not present");
        var counts = new Dictionary<string, int[]> { ["PER"] = new int[3], ["LOC"] = new int[3] };
        foreach (var doc in Documents(path, lang))
        {
            var (text, starts, gold) = Render(doc);
            var graph = TestData.Extractor.Extract(new Article("ner.txt", text) { Lang = lang }, TestContext.Current.CancellationToken);
            var predicted = new HashSet<(string, int, int)>();
            foreach (var e in graph.Entities)
            {
                var type = e.Type switch { "Person" => "PER", "Place" or "Country" => "LOC", _ => null };
                if (type is null) continue;
                foreach (var m in e.Mentions)
                {
                    var first = Array.BinarySearch(starts, m.Start);
                    if (first < 0) continue;
                    var last = first;
                    while (last + 1 < starts.Length && starts[last + 1] < m.End) last++;
                    predicted.Add((type, first, last));
                }
            }
            foreach (var t in counts.Keys)
            {
                var g = gold.Where(x => x.Item1 == t).ToHashSet();
                var p = predicted.Where(x => x.Item1 == t).ToHashSet();
                counts[t][0] += g.Intersect(p).Count();
                counts[t][1] += p.Count;
                counts[t][2] += g.Count;
            }
        }
        foreach (var (t, c) in counts)
        {
            var pr = c[1] == 0 ? 0 : (double)c[0] / c[1];
            var rc = c[2] == 0 ? 0 : (double)c[0] / c[2];
            var f = pr + rc == 0 ? 0 : 2 * pr * rc / (pr + rc);
            TestContext.Current.TestOutputHelper?.WriteLine(FormattableString.Invariant($"{relative} {t}: P={pr:0.000} R={rc:0.000} F1={f:0.000} ({c[0]}/{c[1]}/{c[2]})"));
            Assert.True(c[2] > 100, $"{relative}: only {c[2]} gold {t} spans read");
            Assert.InRange(f, 0.0, 1.0);
        }
    }

    // Token/tag lines; CoNLL has -DOCSTART- and blank lines between sentences, ANERcorp a full stop ends one.
    private static IEnumerable<List<(string Token, string Tag)>> Documents(string path, string lang)
    {
        var doc = new List<(string, string)>();
        var sentences = 0;
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0 || parts[0] == "-DOCSTART-")
            {
                if (parts.Length == 0) sentences++;
                if (parts.Length > 0 && doc.Count > 0 || sentences >= SentencesPerDocument && lang == "ar") { yield return doc; doc = []; sentences = 0; }
                continue;
            }
            var tag = parts[^1].Replace("PERS", "PER", StringComparison.Ordinal);
            doc.Add((parts[0], tag));
            if (lang == "ar" && parts[0] == ".")
            {
                sentences++;
                if (sentences >= SentencesPerDocument) { yield return doc; doc = []; sentences = 0; }
            }
        }
        if (doc.Count > 0) yield return doc;
    }

    private static (string Text, int[] Starts, HashSet<(string, int, int)> Gold) Render(List<(string Token, string Tag)> doc)
    {
        var sb = new StringBuilder();
        var starts = new int[doc.Count];
        var gold = new HashSet<(string, int, int)>();
        var open = -1;
        string? openType = null;
        for (var i = 0; i < doc.Count; i++)
        {
            if (sb.Length > 0) sb.Append(' ');
            starts[i] = sb.Length;
            sb.Append(doc[i].Token);
            if (doc[i].Token == ".") sb.Append('\n');
            var tag = doc[i].Tag;
            var type = tag.Length > 2 ? tag[2..] : null;
            var begins = tag.StartsWith("B-", StringComparison.Ordinal) || tag.StartsWith("I-", StringComparison.Ordinal) && type != openType;
            if (open >= 0 && (tag == "O" || begins))
            {
                if (openType is "PER" or "LOC") gold.Add((openType, open, i - 1));
                open = -1;
                openType = null;
            }
            if (begins) { open = i; openType = type; }
        }
        if (open >= 0 && openType is "PER" or "LOC") gold.Add((openType!, open, doc.Count - 1));
        return (sb.ToString(), starts, gold);
    }
}
