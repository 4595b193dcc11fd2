using System.Diagnostics;
using System.Text.Json;

namespace DiplomacyGraph.Export.Tests.Support;

/// <summary>
/// Neo4j's own Cypher front end (<c>@neo4j-cypher/language-support</c>) through the repository's
/// <c>.ci/cypher-lint/lint.mjs</c>, found by walking up from the test folder or at <c>DG_CYPHER_LINT_DIR</c>.
/// Skips with the reason when node or the installed package is missing (CI installs them).
/// </summary>
internal static class CypherLint
{
    public static string RequireDirectory()
    {
        var dir = Environment.GetEnvironmentVariable("DG_CYPHER_LINT_DIR") ?? Find();
        if (dir is null) Assert.Skip("no .ci/cypher-lint/lint.mjs above the test folder and DG_CYPHER_LINT_DIR unset; the Cypher lint runs in CI");
        if (!Directory.Exists(Path.Combine(dir, "node_modules", "@neo4j-cypher", "language-support")))
            Assert.Skip($"{dir}: npm packages not installed (npm ci in that folder); the Cypher lint runs in CI");
        return dir;
    }

    /// <summary>Lints each statement; returns the exit code and the lint's output.</summary>
    public static (int Code, string Output) Run(string dir, IEnumerable<string> statements)
    {
        var psi = new ProcessStartInfo("node") { WorkingDirectory = dir, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add("lint.mjs");
        Process p;
        try
        {
            p = Process.Start(psi)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Skip("node is not on PATH: " + e.Message);
            throw;
        }
        using (p)
        {
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            var n = 0;
            foreach (var s in statements)
                p.StandardInput.WriteLine(JsonSerializer.Serialize(new { name = "export-" + (++n), statement = s }));
            p.StandardInput.Close();
            if (!p.WaitForExit(120_000))
            {
                p.Kill(entireProcessTree: true);
                throw new TimeoutException("cypher lint did not finish within 120 s");
            }
            return (p.ExitCode, stdout.Result + stderr.Result);
        }
    }

    private static string? Find()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, ".ci", "cypher-lint");
            if (File.Exists(Path.Combine(candidate, "lint.mjs"))) return candidate;
        }
        return null;
    }
}
