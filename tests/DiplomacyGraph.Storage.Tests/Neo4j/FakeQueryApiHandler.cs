using System.Net;
using System.Text;

namespace DiplomacyGraph.Storage.Tests.Neo4j;

/// <summary>
/// A stand-in for the network: answers each request with the next scripted response and records what was sent.
/// The responses are the shapes shown in Neo4j's Query API documentation.
/// </summary>
internal sealed class FakeQueryApiHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpRequestMessage, HttpResponseMessage>> _script = new();

    public List<RecordedRequest> Requests { get; } = [];

    public FakeQueryApiHandler Respond(HttpStatusCode status, string json, string? affinity = null)
    {
        _script.Enqueue(_ =>
        {
            var r = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/vnd.neo4j.query") };
            if (affinity is not null) r.Headers.TryAddWithoutValidation("neo4j-cluster-affinity", affinity);
            return r;
        });
        return this;
    }

    /// <summary>Answers every request (after the scripted ones) from its statement text, for order-independent tests.</summary>
    public FakeQueryApiHandler Route(Func<string, string> jsonForStatement)
    {
        _router = jsonForStatement;
        return this;
    }

    private Func<string, string>? _router;

    public FakeQueryApiHandler Fail(Exception ex)
    {
        _script.Enqueue(_ => throw ex);
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add(new RecordedRequest(request.Method, request.RequestUri!, request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase),
            request.Content?.Headers.ContentType?.MediaType, body));
        if (_script.Count == 0 && _router is not null && body is not null)
        {
            var statement = System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("statement").GetString()!;
            return new HttpResponseMessage(HttpStatusCode.Accepted) { Content = new StringContent(_router(statement), Encoding.UTF8, "application/vnd.neo4j.query") };
        }
        if (_script.Count == 0) throw new InvalidOperationException($"Unscripted request {request.Method} {request.RequestUri}");
        return _script.Dequeue()(request);
    }

    internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? ContentType, string? Body)
    {
        public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;
    }
}
