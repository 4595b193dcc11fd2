namespace DiplomacyGraph.Cli.Tests;

/// <summary>The repository's seed articles, found through <see cref="TestPaths"/>.</summary>
internal static class RepoPaths
{
    public static string Root => TestPaths.RepoRoot;

    public static string SeedArticles => Path.Combine(Root, "seeds", "articles");

    public static string FoundingArticle => Path.Combine(SeedArticles, "000_ar.txt");

    /// <summary>The shared folder (corpus, gold), or null when this checkout has none beside it.</summary>
    public static string? Shared => TestPaths.Shared;
}
