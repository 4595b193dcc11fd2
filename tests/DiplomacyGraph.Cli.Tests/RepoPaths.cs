namespace DiplomacyGraph.Cli.Tests;

/// <summary>Finds the repository root and ../shared from the test's base directory.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindUp(d => File.Exists(Path.Combine(d, "DiplomacyGraph.sln")))
        ?? throw new InvalidOperationException("repository root (DiplomacyGraph.sln) not found above " + AppContext.BaseDirectory);

    public static string SeedArticles => Path.Combine(Root, "seeds", "articles");

    public static string FoundingArticle => Path.Combine(SeedArticles, "000_ar.txt");

    /// <summary>The shared folder (corpus, gold), or null when this checkout has none beside it.</summary>
    public static string? Shared { get; } = FindUp(d => Directory.Exists(Path.Combine(d, "shared", "corpus"))) is { } up
        ? Path.Combine(up, "shared")
        : null;

    private static string? FindUp(Func<string, bool> found)
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (found(d.FullName)) return d.FullName;
        return null;
    }
}
