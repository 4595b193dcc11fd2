using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;
using DiplomacyGraph.Domain.Text;
using DiplomacyGraph.Storage.Sqlite;

namespace DiplomacyGraph.Storage.Neo4j;

/// <summary>
/// Turns the search statement's candidates (node and tier: 0 exact key, 2 prefix, 3 all tokens, 4 phonetic) into
/// scored hits with the shared tiers: exact name 1.0, exact alias or ISO 0.9, prefix 0.7, tokens 0.5, phonetic 0.3;
/// ties by shorter English key, then id — the embedded store's order.
/// </summary>
internal static class SearchRanking
{
    public static IReadOnlyList<SearchHit> Rank(IEnumerable<(GraphNode Node, int Tier)> candidates, string key, int first) =>
        candidates
            .Select(c => new SearchHit(c.Node, Score(c.Node, c.Tier, key)))
            .OrderByDescending(h => h.Score)
            .ThenBy(h => NameKey.Of(h.Node.Names.Get("en")).Length)
            .ThenBy(h => h.Node.Id, StringComparer.Ordinal)
            .Take(first)
            .ToList();

    private static double Score(GraphNode node, int tier, string key) => tier switch
    {
        0 => SqliteNameIndex.Keys(node).Any(k => k.Key == key && k.Rank == SqliteNameIndex.NameRank) ? SqliteSearch.ExactName : SqliteSearch.ExactAlias,
        2 => SqliteSearch.Prefix,
        3 => SqliteSearch.Tokens,
        _ => SqliteSearch.Phonetic,
    };
}
