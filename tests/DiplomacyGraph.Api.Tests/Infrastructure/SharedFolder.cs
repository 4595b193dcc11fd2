namespace DiplomacyGraph.Api.Tests.Infrastructure;

/// <summary>Finds the read-only <c>shared/</c> folder by walking up from the test's base directory.</summary>
internal static class SharedFolder
{
    /// <summary>The path of a file under shared/, or a skip with the reason when it is not there.</summary>
    public static string Require(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var shared = Path.Combine(dir.FullName, "shared");
            if (!Directory.Exists(Path.Combine(shared, "corpus"))) continue;
            var path = Path.Combine([shared, .. parts]);
            if (!File.Exists(path)) Assert.Skip($"{path} is not there");
            return path;
        }
        Assert.Skip("no shared/ folder with corpus/ above the test directory; this test needs ../shared");
        return string.Empty;
    }
}
