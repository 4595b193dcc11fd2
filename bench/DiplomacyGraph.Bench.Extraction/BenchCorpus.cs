using System.Text;
using DiplomacyGraph.Domain.Articles;

namespace DiplomacyGraph.Bench.Extraction;

/// <summary>The dev corpus (read from ../shared), its articles repeated until the text reaches the wanted size.</summary>
internal static class BenchCorpus
{
    public static IReadOnlyList<Article> Load(int megabytes, out long bytes)
    {
        var dir = FindDevCorpus() ?? throw new DirectoryNotFoundException("../shared/corpus/dev not found above " + Environment.CurrentDirectory);
        var articles = Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => ArticleParser.Parse(Path.GetFileName(f), File.ReadAllText(f))).ToList();
        var list = new List<Article>();
        bytes = 0;
        var target = megabytes * 1_000_000L;
        for (var i = 0; bytes < target; i++)
        {
            var a = articles[i % articles.Count];
            list.Add(a);
            bytes += Encoding.UTF8.GetByteCount(a.Body);
        }
        return list;
    }

    private static string? FindDevCorpus()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
            {
                var candidate = Path.Combine(d.FullName, "shared", "corpus", "dev");
                if (Directory.Exists(candidate)) return candidate;
            }
        return null;
    }
}
