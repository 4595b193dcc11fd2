using System.Reflection;

namespace DiplomacyGraph.Api.Explorer;

/// <summary>The explorer and landing pages, embedded in the assembly so the app serves them without any CDN.</summary>
internal static class ExplorerPages
{
    public static string Explorer { get; } = Read("explorer.html");

    public static string Landing { get; } = Read("landing.html");

    private static string Read(string name)
    {
        var assembly = typeof(ExplorerPages).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + name, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
