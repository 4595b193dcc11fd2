namespace DiplomacyGraph.Export.Tests.Support;

/// <summary>Finds the read-only <c>shared/</c> folder by walking up from the test's base directory.</summary>
internal static class SharedFolder
{
    public static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "corpus"))) return candidate;
        }
        return null;
    }

    /// <summary>The path of a file under shared/, or a skip with the reason when it is not there.</summary>
    public static string Require(params string[] parts)
    {
        var shared = Find();
        if (shared is null) Assert.Skip("no shared/ folder with corpus/ above the test directory; the founding-article round trip needs ../shared");
        var path = Path.Combine([shared, .. parts]);
        if (!File.Exists(path)) Assert.Skip($"{path} is not there");
        return path;
    }
}
