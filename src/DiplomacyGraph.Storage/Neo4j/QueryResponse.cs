using System.Net;
using System.Text.Json;

namespace DiplomacyGraph.Storage.Neo4j;

/// <summary>
/// One parsed Query API response. Neo4j answers 202 even when a statement fails (the documentation: "the server does
/// not know whether the request will be successful … when it sends the HTTP status code"), so an error is a non-empty
/// <c>errors</c> array or a non-2xx status; both become a <see cref="Neo4jException"/> here.
/// </summary>
internal sealed record QueryResponse(QueryResult Result, string? TransactionId, string? ClusterAffinity)
{
    public static QueryResponse Parse(HttpStatusCode status, string body, string? affinity, string? statementName, string? transactionId = null)
    {
        var code = (int)status;
        JsonDocument? doc = null;
        if (!string.IsNullOrWhiteSpace(body))
        {
            try { doc = JsonDocument.Parse(body); }
            catch (JsonException) when (code is < 200 or > 299)
            {
                doc = null;
            }
            catch (JsonException ex)
            {
                throw new Neo4jException("DiplomacyGraph.Neo4j.Protocol", "The Query API answered with text that is not JSON: " + Snip(body), code, statementName, ex);
            }
        }
        using (doc)
        {
            var root = doc?.RootElement;
            if (root is { ValueKind: JsonValueKind.Object } r && r.TryGetProperty("errors", out var errors)
                && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
            {
                var first = errors[0];
                var neoCode = first.TryGetProperty("code", out var c) ? c.GetString() ?? "Neo.Unknown" : "Neo.Unknown";
                var message = first.TryGetProperty("message", out var m) ? m.GetString() ?? string.Empty : string.Empty;
                if (errors.GetArrayLength() > 1) message += $" (and {errors.GetArrayLength() - 1} more error(s))";
                throw Classify(neoCode, message, code, statementName, transactionId);
            }
            if (code is < 200 or > 299)
            {
                var what = code == 404 && transactionId is not null ? "Neo.ClientError.Transaction.TransactionNotFound" : "DiplomacyGraph.Neo4j.Http" + code;
                throw Classify(what, $"{status}: {Snip(body)}", code, statementName, transactionId);
            }
            if (root is not { ValueKind: JsonValueKind.Object } ok) return new QueryResponse(QueryResult.Empty, null, affinity);
            return new QueryResponse(ReadData(ok), ReadTransactionId(ok), affinity);
        }
    }

    private static Neo4jException Classify(string neoCode, string message, int status, string? statement, string? txId)
    {
        // A dead transaction (expired after its idle timeout, or already rolled back) is named as such: the caller's
        // whole unit of work was rolled back by the server and nothing of it was kept.
        var txGone = txId is not null && (status == 404 || message.Contains("was not found", StringComparison.OrdinalIgnoreCase));
        if (txGone) message = $"Transaction '{txId}' is no longer open on the server (it expired or was rolled back); nothing of it was committed. Server said: {message}";
        return new Neo4jException(neoCode, message, status, statement);
    }

    private static QueryResult ReadData(JsonElement root)
    {
        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object) return QueryResult.Empty;
        var fields = data.TryGetProperty("fields", out var f) ? f.EnumerateArray().Select(x => x.GetString() ?? string.Empty).ToList() : [];
        var rows = new List<IReadOnlyList<object?>>();
        if (data.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array)
            foreach (var row in values.EnumerateArray())
                rows.Add(row.EnumerateArray().Select(TypedJsonReader.Read).ToList());
        return new QueryResult(fields, rows);
    }

    private static string? ReadTransactionId(JsonElement root) =>
        root.TryGetProperty("transaction", out var tx) && tx.ValueKind == JsonValueKind.Object && tx.TryGetProperty("id", out var id)
            ? id.GetString()
            : null;

    private static string Snip(string body) => body.Length <= 300 ? body : body[..300] + "…";
}
