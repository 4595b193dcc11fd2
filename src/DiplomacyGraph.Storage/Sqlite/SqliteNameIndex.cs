using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Text;

namespace DiplomacyGraph.Storage.Sqlite;

/// <summary>
/// What a node is found under: folded name keys (rank 0 for its names, 1 for aliases and a country's ISO code),
/// the tokens of those keys and their phonetic skeletons. Meetings and articles are found by whole name only:
/// their labels repeat the participants' names and would bury the persons in token results.
/// </summary>
internal static class SqliteNameIndex
{
    public const int NameRank = 0;
    public const int AliasRank = 1;

    // Shorter skeletons (one or two consonants) match too many unrelated names to be worth a hit.
    private const int MinPhoneticLength = 3;
    private const int MinTokenLength = 2;

    public static IEnumerable<(string Key, int Rank)> Keys(GraphNode node)
    {
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(string? name, int rank)
        {
            var key = NameKey.Of(name);
            if (key.Length == 0) return;
            keys[key] = keys.TryGetValue(key, out var r) ? Math.Min(r, rank) : rank;
        }
        Add(node.Names.En, NameRank);
        Add(node.Names.Ar, NameRank);
        foreach (var a in node.Aliases) Add(a, AliasRank);
        if (node.Kind == NodeKind.Country) Add(node.Iso, AliasRank);
        return keys.Select(p => (p.Key, p.Value));
    }

    public static IEnumerable<string> Tokens(GraphNode node) =>
        IsStructural(node.Kind) ? [] : Keys(node).SelectMany(k => TokensOf(k.Key)).Distinct(StringComparer.Ordinal);

    public static IEnumerable<string> PhoneticKeys(GraphNode node)
    {
        if (IsStructural(node.Kind)) return [];
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, _) in Keys(node))
        {
            Add(set, PhoneticKey.Of(key));
            foreach (var token in TokensOf(key)) Add(set, PhoneticKey.Of(token));
        }
        return set;
    }

    /// <summary>The tokens of a folded key (space separated, at least two characters).</summary>
    public static IEnumerable<string> TokensOf(string key) =>
        key.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => t.Length >= MinTokenLength).Distinct(StringComparer.Ordinal);

    /// <summary>The phonetic key of a query, or empty when it is too short to be meaningful.</summary>
    public static string QueryPhonetic(string key)
    {
        var p = PhoneticKey.Of(key);
        return p.Length >= MinPhoneticLength ? p : string.Empty;
    }

    /// <summary>The smallest string greater than every string that starts with <paramref name="prefix"/>.</summary>
    public static string PrefixEnd(string prefix) => prefix + '\uFFFF';

    private static bool IsStructural(NodeKind kind) => kind is NodeKind.Meeting or NodeKind.Article;

    private static void Add(HashSet<string> set, string pkey)
    {
        if (pkey.Length >= MinPhoneticLength) set.Add(pkey);
    }
}
