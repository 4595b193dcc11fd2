using DiplomacyGraph.Domain.Articles;
using DiplomacyGraph.Domain.Documents;

namespace DiplomacyGraph.Extraction.Tests;

/// <summary>One extractor built from the real gazetteer, and where the tests find the repository and the shared corpus.</summary>
internal static class TestData
{
    private static readonly Lazy<PipelineExtractor> LazyExtractor = new(() => PipelineExtractor.FromDirectory(GazetteerDirectory));

    public static PipelineExtractor Extractor => LazyExtractor.Value;

    public static string GazetteerDirectory => Path.Combine(AppContext.BaseDirectory, "gazetteer");

    /// <summary>The repository root (folder holding DiplomacyGraph.sln).</summary>
    public static string RepoRoot => TestPaths.RepoRoot;

    /// <summary>The shared folder (containing corpus/), or null when this machine has none.</summary>
    public static string? Shared => TestPaths.Shared;

    public static string RequireShared() => TestPaths.RequireShared("the corpus and gold tests");

    public static DocumentGraph Extract(string body, string lang = "ar", DateOnly? date = null, string file = "test.txt") =>
        Extractor.Extract(new Article(file, body) { Lang = lang, PublishedDate = date }, TestContext.Current.CancellationToken);
}
