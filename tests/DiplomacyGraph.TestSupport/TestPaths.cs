namespace DiplomacyGraph.TestSupport;

/// <summary>
/// Where tests find the repository and the read-only <c>shared/</c> folder (corpus, gold, data sets, tools) that stands
/// beside the checkout: both are found by walking up from the test's base directory. Tests that need shared/ skip,
/// with the reason, where it is absent.
/// </summary>
public static class TestPaths
{
    /// <summary>The repository root (the folder holding DiplomacyGraph.sln).</summary>
    public static string RepoRoot { get; } = FindUp(d => File.Exists(Path.Combine(d, "DiplomacyGraph.sln")))
        ?? throw new InvalidOperationException("repository root (DiplomacyGraph.sln) not found above " + AppContext.BaseDirectory);

    /// <summary>The shared folder (containing corpus/), or null when this machine has none.</summary>
    public static string? Shared { get; } = FindUp(d => Directory.Exists(Path.Combine(d, "shared", "corpus"))) is { } up
        ? Path.Combine(up, "shared")
        : null;

    /// <summary>The shared folder, or a skip saying what needs it.</summary>
    public static string RequireShared(string neededFor = "this test")
    {
        if (Shared is null) Assert.Skip($"no shared/ folder with corpus/ above the test directory; {neededFor} needs ../shared");
        return Shared!;
    }

    /// <summary>A file under shared/, or a skip with the reason when it or shared/ is not there.</summary>
    public static string RequireSharedFile(params string[] parts)
    {
        var path = Path.Combine([RequireShared("this test"), .. parts]);
        if (!File.Exists(path)) Assert.Skip($"{path} is not there");
        return path;
    }

    private static string? FindUp(Func<string, bool> found)
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (found(d.FullName)) return d.FullName;
        return null;
    }
}
