using System.Diagnostics;
using System.Text.Json;

namespace DiplomacyGraph.Export.Tests.Support;

/// <summary>
/// Runs a Python snippet under /usr/bin/python3 with Debian's python3-networkx, the consumer data scientists use.
/// Skips the test (with the reason) when either is missing; CI installs them.
/// </summary>
internal static class NetworkX
{
    private const string Python = "/usr/bin/python3";
    private static readonly Lazy<string?> Missing = new(FindMissing);

    public static void SkipIfMissing()
    {
        if (Missing.Value is { } reason) Assert.Skip(reason);
    }

    /// <summary>Runs <paramref name="script"/> with the file path as argv[1]; the script prints one JSON document.</summary>
    public static JsonElement Run(string script, string path)
    {
        SkipIfMissing();
        var (code, stdout, stderr) = Exec(["-c", script, path]);
        Assert.True(code == 0, $"python failed ({code}): {stderr}");
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }

    private static string? FindMissing()
    {
        if (!File.Exists(Python)) return $"{Python} is not installed (CI installs python3-networkx)";
        var (code, _, stderr) = Exec(["-c", "import networkx"]);
        return code == 0 ? null : $"networkx is not importable under {Python} (apt-get install python3-networkx): {stderr.Trim()}";
    }

    private static (int Code, string Stdout, string Stderr) Exec(IEnumerable<string> args)
    {
        var psi = new ProcessStartInfo(Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["PYTHONIOENCODING"] = "utf-8";
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(60_000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException("python did not finish within 60 s");
        }
        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}
