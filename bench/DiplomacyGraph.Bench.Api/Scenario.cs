namespace DiplomacyGraph.Bench.Api;

/// <summary>One measured query: a name, the GraphQL text and a generator of variables per iteration.</summary>
internal sealed record Scenario(string Name, string Query, Func<int, object> Variables);
