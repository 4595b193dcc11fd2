using DiplomacyGraph.Domain.Articles;
using DiplomacyGraph.Domain.Documents;

namespace DiplomacyGraph.Extraction.Tests;

/// <summary>Where the tests find the repository, the shared corpus and one extractor built from the real gazetteer.</summary>
internal static class TestData
{
    private static readonly Lazy<PipelineExtractor> LazyExtractor = new(() => PipelineExtractor.FromDirectory(GazetteerDirectory));

    public static PipelineExtractor Extractor => LazyExtractor.Value;

    public static string GazetteerDirectory => Path.Combine(AppContext.BaseDirectory, "gazetteer");

    /// <summary>The repository root (folder holding DiplomacyGraph.sln).</summary>
    public static string RepoRoot => WalkUp(d => File.Exists(Path.Combine(d, "DiplomacyGraph.sln")))
        ?? throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);

    /// <summary>The shared folder (containing corpus/), or null when this machine has none.</summary>
    public static string? Shared
    {
        get
        {
            var parent = WalkUp(d => Directory.Exists(Path.Combine(d, "shared", "corpus")));
            return parent is null ? null : Path.Combine(parent, "shared");
        }
    }

    public static string RequireShared()
    {
        var s = Shared;
        if (s is null) Assert.Skip("../shared (corpus and gold) is not present on this machine");
        return s!;
    }

    public static DocumentGraph Extract(string body, string lang = "ar", DateOnly? date = null, string file = "test.txt") =>
        Extractor.Extract(new Article(file, body) { Lang = lang, PublishedDate = date }, TestContext.Current.CancellationToken);

    private static string? WalkUp(Func<string, bool> found)
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (found(d.FullName)) return d.FullName;
        return null;
    }
}
