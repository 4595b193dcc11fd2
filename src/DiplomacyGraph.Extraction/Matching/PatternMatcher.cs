using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Extraction.Text;

namespace DiplomacyGraph.Extraction.Matching;

/// <summary>
/// Finds gazetteer names, titles and cue phrases in a tokenized text: one Aho-Corasick pass over the key string,
/// matches kept only on word boundaries (an Arabic match may start after a clitic), then overlaps resolved
/// longest-first, then earliest (spaCy's EntityRuler rule).
/// </summary>
internal sealed class PatternMatcher
{
    private readonly AhoCorasick _automaton;
    private readonly List<Pattern[]> _byKey;

    public PatternMatcher(IEnumerable<Pattern> patterns)
    {
        var groups = new Dictionary<string, List<Pattern>>(StringComparer.Ordinal);
        foreach (var p in patterns)
        {
            if (p.Key.Length == 0) continue;
            if (!groups.TryGetValue(p.Key, out var list)) groups[p.Key] = list = [];
            // The first row for a key and kind wins; later duplicates add nothing.
            if (!list.Any(x => x.Kind == p.Kind && x.HasArticle == p.HasArticle)) list.Add(p);
        }
        var keys = groups.Keys.ToList();
        _byKey = keys.Select(k => groups[k].ToArray()).ToList();
        _automaton = new AhoCorasick(keys);
        PatternCount = _byKey.Sum(g => g.Length);
    }

    public int PatternCount { get; }

    /// <summary>
    /// Non-overlapping matches in text order. <paramref name="nested"/>, when given, also receives the organisation
    /// names that lost to an event name containing them (G20 in "G20 summit", منظمة شنغهاي للتعاون in its قمة): the
    /// annotation conventions keep both.
    /// </summary>
    public List<PatternMatch> Match(TokenizedText text, string original, List<PatternMatch>? nested = null)
    {
        var candidates = new List<(PatternMatch M, int Cover)>();
        var tokens = text.Tokens;
        var map = text.KeyToken;
        var hits = new List<(int Pattern, int End)>();
        _automaton.SearchWordEnds(text.Key, hits);
        foreach (var (id, end) in hits)
        {
            var last = map[end - 1];
            if (last < 0 || tokens[last].KeyEnd != end) continue;
            var group = _byKey[id];
            var start = end - group[0].Key.Length;
            var first = map[start];
            if (first < 0) continue;
            var prefixLen = start - tokens[first].KeyStart;
            foreach (var p in group)
            {
                if (!Accept(p, tokens, first, last, prefixLen, original)) continue;
                candidates.Add((new PatternMatch(p, first, last, prefixLen), tokens[last].KeyEnd - tokens[first].KeyStart));
            }
        }
        candidates.Sort((a, b) =>
        {
            var c = b.Cover.CompareTo(a.Cover);
            if (c != 0) return c;
            c = b.M.Pattern.Key.Length.CompareTo(a.M.Pattern.Key.Length);
            if (c != 0) return c;
            c = a.M.FirstToken.CompareTo(b.M.FirstToken);
            if (c != 0) return c;
            return b.M.Pattern.HasArticle.CompareTo(a.M.Pattern.HasArticle);
        });
        var taken = new PatternMatch?[tokens.Count];
        var result = new List<PatternMatch>();
        foreach (var (m, _) in candidates)
        {
            var free = true;
            for (var t = m.FirstToken; t <= m.LastToken && free; t++) free = taken[t] is null;
            if (!free)
            {
                if (nested is not null && InsideEvent(m, taken)) nested.Add(m);
                continue;
            }
            for (var t = m.FirstToken; t <= m.LastToken; t++) taken[t] = m;
            result.Add(m);
        }
        result.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        return result;
    }

    private static bool InsideEvent(PatternMatch m, PatternMatch?[] taken) =>
        m.Pattern.Entry?.Kind == NodeKind.Organization && taken[m.FirstToken] is { Pattern.Entry.Kind: NodeKind.Event } owner
        && owner.LastToken >= m.LastToken && (owner.FirstToken < m.FirstToken || owner.LastToken > m.LastToken);

    private static bool Accept(Pattern p, IReadOnlyList<Token> tokens, int first, int last, int prefixLen, string original)
    {
        if (prefixLen > 0)
        {
            if (p.Lang != "ar") return false;
            if (!ArabicClitics.Allows(tokens[first].Key.AsSpan(0, prefixLen), p)) return false;
        }
        else if (p.HasArticle) return false;
        if (p.Acronym)
        {
            for (var t = first; t <= last; t++)
            {
                var tok = tokens[t];
                if (!tok.IsWord) continue;
                for (var i = tok.Start; i < tok.End; i++)
                    if (char.IsLetter(original[i]) && !char.IsUpper(original[i])) return false;
            }
        }
        else if (p.Capitalised)
        {
            var c = original[tokens[first].Start];
            if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        }
        return true;
    }
}
