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

    /// <summary>Names in ordinal order: a meeting's participants compared whatever order the extractor gave them.</summary>
    public static string[] Sorted(params IEnumerable<string> names) => [.. names.Order(StringComparer.Ordinal)];

    /// <summary>Whether the graph has a meeting of exactly these persons (each by any of its names: see <see cref="Known"/>).</summary>
    public static bool HasMeeting(DocumentGraph g, params string[] names) =>
        g.Meetings.Any(m => Sorted(m.Participants).SequenceEqual(Sorted(names.Select(n => Known(g, n)))));

    /// <summary>
    /// The name the graph gives the person known as <paramref name="name"/> (the gazetteer's English name or an alias):
    /// an English story names a person as it writes the name ("Sergey Lavrov" for the gazetteer's Sergei Lavrov), and
    /// meetings, offices and relations use that name. <paramref name="name"/> itself when no entity has it.
    /// </summary>
    public static string Known(DocumentGraph g, string name) =>
        g.Entities.FirstOrDefault(e => e.Type == "Person" && (e.Name.En == name || e.Aliases.Contains(name)))?.Name.En ?? name;

    public static DocumentGraph Extract(string body, string lang = "ar", DateOnly? date = null, string file = "test.txt") =>
        Extractor.Extract(new Article(file, body) { Lang = lang, PublishedDate = date }, TestContext.Current.CancellationToken);
}
