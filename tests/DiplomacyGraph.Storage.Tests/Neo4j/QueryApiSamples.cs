namespace DiplomacyGraph.Storage.Tests.Neo4j;

/// <summary>Response bodies as printed in Neo4j's Query API documentation (query, typed JSON, transactions, auth pages).</summary>
internal static class QueryApiSamples
{
    /// <summary>typed-json page: "Both parameters and result data in extended JSON format".</summary>
    public const string TypedNodeAndString = """
        {
          "data": {
            "fields": ["person", "name"],
            "values": [
              [
                {
                  "$type": "Node",
                  "_value": {
                    "_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:2",
                    "_labels": ["Person"],
                    "_properties": { "name": { "$type": "String", "_value": "Phil" } }
                  }
                },
                { "$type": "String", "_value": "Phil" }
              ]
            ]
          },
          "bookmarks": ["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"]
        }
        """;

    /// <summary>transactions page: the answer to <c>POST /query/v2/tx</c> (sent with header neo4j-cluster-affinity: MTAuOC41Ljc6MTc0NzQ=).</summary>
    public const string TransactionOpened = """
        {
          "data": { "fields": ["alice"], "values": [] },
          "bookmarks": ["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ"],
          "transaction": { "id": "lyU", "expires": "2024-10-22T15:48:29Z" }
        }
        """;

    public const string Affinity = "MTAuOC41Ljc6MTc0NzQ=";

    /// <summary>transactions page: submitting to an expired transaction.</summary>
    public const string TransactionExpired = """
        {
          "errors": [ {
            "code": "Neo.ClientError.Request.Invalid",
            "message": "Transaction with Id: \"lyU\" was not found. It may have timed out and therefore rolled back or the routing header 'neo4j-cluster-affinity' was not provided."
          } ]
        }
        """;

    /// <summary>authentication page: incorrect username or password (401).</summary>
    public const string Unauthorized = """
        {
          "errors" : [ {
            "code" : "Neo.ClientError.Security.Unauthorized",
            "message" : "Invalid username or password."
          } ]
        }
        """;

    /// <summary>An errors array of the documented shape, with a syntax error (sent with status 202).</summary>
    public const string SyntaxError = """
        {
          "errors" : [ {
            "code" : "Neo.ClientError.Statement.SyntaxError",
            "message" : "Invalid input 'T': expected <init> (line 1, column 1 (offset: 0))"
          } ]
        }
        """;

    /// <summary>A transient error of the documented errors-array shape (status code from the Neo4j status-code list).</summary>
    public const string Deadlock = """
        {
          "errors" : [ {
            "code" : "Neo.TransientError.Transaction.DeadlockDetected",
            "message" : "ForsetiClient[transactionId=12] can't acquire ExclusiveLock{owner=ForsetiClient[transactionId=11]}"
          } ]
        }
        """;

    /// <summary>A committed transaction or a statement with no result rows.</summary>
    public const string Empty = """{ "data": { "fields": [], "values": [] }, "bookmarks": ["FB:x"] }""";

    /// <summary>A one-column integer result: <c>RETURN 1 AS ok</c> in typed JSON.</summary>
    public const string One = """{ "data": { "fields": ["ok"], "values": [[{ "$type": "Integer", "_value": "1" }]] }, "bookmarks": [] }""";
}
