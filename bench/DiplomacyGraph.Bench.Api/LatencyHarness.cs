using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;

namespace DiplomacyGraph.Bench.Api;

/// <summary>Runs each scenario sequentially over HTTP: warm-up requests first, then timed ones; reports percentiles.</summary>
internal sealed class LatencyHarness(HttpClient client, int warmup, int iterations)
{
    public async Task<string> RunAsync(Scenario scenario)
    {
        var errors = 0;
        string? firstError = null;
        for (var i = 0; i < warmup; i++) await SendAsync(scenario, i).ConfigureAwait(false);
        var samples = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var sw = Stopwatch.StartNew();
            var (ok, body) = await SendAsync(scenario, warmup + i).ConfigureAwait(false);
            samples[i] = sw.Elapsed.TotalMilliseconds;
            if (!ok)
            {
                errors++;
                firstError ??= body.Length > 300 ? body[..300] : body;
            }
        }
        Array.Sort(samples);
        var line = string.Create(CultureInfo.InvariantCulture,
            $"| {scenario.Name,-28} | {iterations,5} | {P(samples, 0.50),8:F2} | {P(samples, 0.90),8:F2} | {P(samples, 0.99),8:F2} | {samples.Average(),8:F2} | {samples[^1],8:F2} | {errors,6} |");
        return firstError is null ? line : line + "\n    first error: " + firstError;
    }

    public static string Header =>
        "| scenario                     |     n |  p50 ms  |  p90 ms  |  p99 ms  | mean ms  |  max ms  | errors |\n" +
        "|------------------------------|-------|----------|----------|----------|----------|----------|--------|";

    private async Task<(bool Ok, string Body)> SendAsync(Scenario scenario, int i)
    {
        using var content = JsonContent.Create(new { query = scenario.Query, variables = scenario.Variables(i) });
        using var response = await client.PostAsync("", content).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        return (response.IsSuccessStatusCode && !body.Contains("\"errors\"", StringComparison.Ordinal), body);
    }

    private static double P(double[] sorted, double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
}
