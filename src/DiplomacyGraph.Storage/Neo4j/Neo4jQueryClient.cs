using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DiplomacyGraph.Storage.Neo4j;

/// <summary>
/// The HTTP side of the Neo4j store: sends catalogued statements to the Query API (implicit transactions on
/// <c>/query/v2</c>, explicit ones on <c>/query/v2/tx</c>), in typed JSON both ways, and retries
/// <c>Neo.TransientError.*</c> and dropped connections with bounded exponential backoff.
/// </summary>
internal sealed class Neo4jQueryClient : IDisposable
{
    /// <summary>Typed JSON media type; the un-versioned name is understood by 5.26 LTS and, as an alias of v1.0, by 2025.x.</summary>
    public const string TypedJson = "application/vnd.neo4j.query";

    /// <summary>Header naming the cluster member that holds an explicit transaction; replayed on every later request of it.</summary>
    public const string AffinityHeader = "neo4j-cluster-affinity";

    // Arabic and other non-ASCII text travels as UTF-8, not as \uXXXX escapes: half the bytes, same meaning.
    private static readonly System.Text.Json.JsonSerializerOptions BodyJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly Func<TimeSpan, CancellationToken, Task> _delay;
    private readonly ILogger _log;

    public Neo4jQueryClient(HttpClient http, Neo4jConnectionSettings settings, bool ownsHttp = false,
        Func<TimeSpan, CancellationToken, Task>? delay = null, ILogger? log = null)
    {
        _http = http;
        _ownsHttp = ownsHttp;
        Settings = settings;
        _delay = delay ?? Task.Delay;
        _log = log ?? NullLogger.Instance;
    }

    public Neo4jConnectionSettings Settings { get; }

    /// <summary>Runs one statement in an implicit transaction (retried when transient, unless <paramref name="retry"/> is false).</summary>
    public Task<QueryResult> RunAsync(CypherStatement statement, CancellationToken ct = default, bool retry = true) =>
        WithRetryAsync(statement.Name, async () =>
            (await SendAsync(HttpMethod.Post, Settings.QueryUri, statement, null, null, ct).ConfigureAwait(false)).Result, ct, retry);

    /// <summary>
    /// Runs <paramref name="work"/> in one explicit transaction and commits it; any failure rolls it back.
    /// A transient failure re-runs the whole unit of work in a fresh transaction, so <paramref name="work"/> must be repeatable.
    /// </summary>
    public Task<T> InTransactionAsync<T>(Func<Neo4jTransaction, Task<T>> work, CancellationToken ct = default) =>
        WithRetryAsync("transaction", async () =>
        {
            var tx = new Neo4jTransaction(this);
            try
            {
                var result = await work(tx).ConfigureAwait(false);
                await tx.CommitAsync(ct).ConfigureAwait(false);
                return result;
            }
            catch
            {
                await tx.RollbackQuietlyAsync().ConfigureAwait(false);
                throw;
            }
        }, ct);

    internal async Task<QueryResponse> SendAsync(HttpMethod method, Uri uri, CypherStatement? statement, string? affinity, string? txId, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(TypedJson));
        request.Headers.Authorization = Settings.Authorization();
        if (affinity is not null) request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        if (statement is not null)
        {
            var body = new JsonObject
            {
                ["statement"] = statement.Text,
                ["parameters"] = TypedJsonWriter.Parameters(statement.Parameters),
            };
            request.Content = new StringContent(body.ToJsonString(BodyJson), Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(TypedJson);
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Settings.RequestTimeout);
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!ct.IsCancellationRequested)
        {
            throw new Neo4jException("DiplomacyGraph.Neo4j.Timeout", $"No answer from {uri} within {Settings.RequestTimeout.TotalSeconds:0}s.", null, statement?.Name, ex);
        }
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
            var echoed = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return QueryResponse.Parse(response.StatusCode, text, echoed ?? affinity, statement?.Name, txId);
        }
    }

    private async Task<T> WithRetryAsync<T>(string what, Func<Task<T>> attempt, CancellationToken ct, bool retry = true)
    {
        var max = retry ? Settings.MaxRetries : 0;
        for (var n = 0; ; n++)
        {
            try
            {
                return await attempt().ConfigureAwait(false);
            }
            catch (Neo4jException ex) when (ex.IsTransient && n < max)
            {
                await BackOffAsync(what, n, ex.Code, ct).ConfigureAwait(false);
            }
            catch (HttpRequestException ex) when (n < max)
            {
                await BackOffAsync(what, n, ex.Message, ct).ConfigureAwait(false);
            }
            catch (HttpRequestException ex)
            {
                throw new Neo4jException("DiplomacyGraph.Neo4j.Unreachable", $"Cannot reach Neo4j at {Settings.BaseUrl}: {ex.Message}", null, what, ex);
            }
        }
    }

    private Task BackOffAsync(string what, int attempt, string reason, CancellationToken ct)
    {
        var wait = TimeSpan.FromTicks(Settings.RetryBaseDelay.Ticks << Math.Min(attempt, 10));
        _log.LogWarning("Neo4j {What} failed ({Reason}); retry {Attempt}/{Max} in {Wait} ms", what, reason, attempt + 1, Settings.MaxRetries, wait.TotalMilliseconds);
        return _delay(wait, ct);
    }

    public void Dispose()
    {
        if (_ownsHttp) _http.Dispose();
    }
}
