using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;
using DiplomacyGraph.Domain.Text;

namespace DiplomacyGraph.Storage.Neo4j;

/// <summary>
/// Scores search candidates: 1 for an exact name key, then prefix, shared token and phonetic matches; best first,
/// ties by id. Neo4j only narrows the candidates; the score is computed here so that it is the same in every store.
/// </summary>
internal static class SearchRanking
{
    public const double Exact = 1.0;
    public const double Prefix = 0.8;
    public const double Token = 0.6;
    public const double Phonetic = 0.4;

    public static IReadOnlyList<SearchHit> Rank(IEnumerable<GraphNode> candidates, string text, int first)
    {
        var key = NameKey.Of(text);
        var tokens = key.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var phonetic = PhoneticKey.Of(text);
        return candidates
            .Select(n => new SearchHit(n, Score(n, key, tokens, phonetic)))
            .Where(h => h.Score > 0)
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.Node.Id, StringComparer.Ordinal)
            .Take(first)
            .ToList();
    }

    public static double Score(GraphNode node, string key, IReadOnlySet<string> tokens, string phonetic)
    {
        var best = 0.0;
        foreach (var name in node.AllNames())
        {
            var k = NameKey.Of(name);
            if (k.Length == 0) continue;
            if (k == key) return Exact;
            if (k.StartsWith(key, StringComparison.Ordinal)) best = Math.Max(best, Prefix);
            else if (k.Split(' ').Any(tokens.Contains)) best = Math.Max(best, Token);
            else if (phonetic.Length > 0 && PhoneticKey.Of(name) == phonetic) best = Math.Max(best, Phonetic);
        }
        return best;
    }
}
