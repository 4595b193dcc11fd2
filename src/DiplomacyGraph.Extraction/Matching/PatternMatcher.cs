using System.Buffers;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Extraction.Text;

namespace DiplomacyGraph.Extraction.Matching;

/// <summary>
/// Finds gazetteer names, titles and cue phrases in a tokenized text: a walk of the word trie from every word
/// (and, in Arabic, after a clitic glued to it), so matches start and end on word boundaries, then overlaps resolved
/// longest-first, then earliest (spaCy's EntityRuler rule).
/// </summary>
internal sealed class PatternMatcher
{
    private readonly WordTrie _trie;

    // The patterns of key k are _patterns[_firstOfKey[k].._firstOfKey[k + 1]], each with what Accept and the
    // candidates' order ask of it: one flat array read per hit instead of a list, an array and each pattern's
    // object (and its key string) in turn, which inside the pipeline were cache misses.
    private readonly MatchablePattern[] _patterns;
    private readonly int[] _firstOfKey;
    private readonly int[] _keyLength;

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
        _trie = new WordTrie(keys);
        _keyLength = keys.Select(k => k.Length).ToArray();
        _firstOfKey = new int[keys.Count + 1];
        var flat = new List<MatchablePattern>();
        for (var k = 0; k < keys.Count; k++)
        {
            _firstOfKey[k] = flat.Count;
            flat.AddRange(groups[keys[k]].Select(p => new MatchablePattern(p)));
        }
        _firstOfKey[keys.Count] = flat.Count;
        _patterns = [.. flat];
        PatternCount = _patterns.Length;
    }

    public int PatternCount { get; }

    /// <summary>
    /// Non-overlapping matches in text order. <paramref name="nested"/>, when given, also receives the organisation
    /// names that lost to an event name containing them (G20 in "G20 summit", منظمة شنغهاي للتعاون in its قمة): the
    /// annotation conventions keep both.
    /// </summary>
    public List<PatternMatch> Match(TokenizedText text, string original, List<PatternMatch>? nested = null)
    {
        var result = new List<PatternMatch>();
        Match(text, original, result, nested);
        return result;
    }

    /// <summary>As <see cref="Match(TokenizedText, string, List{PatternMatch}?)"/>, into <paramref name="result"/> (emptied first): a caller matching document after document keeps one list.</summary>
    public void Match(TokenizedText text, string original, List<PatternMatch> result, List<PatternMatch>? nested)
    {
        result.Clear();
        var tokens = text.Tokens;
        var span = text.Span;
        var n = span.Length;
        // Working lists, kept per thread: they would be made and dropped for every document.
        var candidates = t_candidates ??= [];
        candidates.Clear();
        var wordIds = ArrayPool<int>.Shared.Rent(Math.Max(n, 1));
        var owners = ArrayPool<int>.Shared.Rent(Math.Max(n, 1));
        var cover = ArrayPool<int>.Shared.Rent(Math.Max(n, 1));
        try
        {
            var cache = WalkStarts.For(_trie);
            // Word ids only: the starts are read again below (one slot, just read) rather than kept in an array of
            // references, whose every store was a type check and a write barrier.
            for (var t = 0; t < n; t++) wordIds[t] = span[t].IsWord ? cache.Of(span[t]).Word : -1;
            // Candidates in the order the walks find them. Their order only breaks ties between readings of one hit
            // (equal start, cover and key length mean the same walk and key), and those are added in pattern order
            // whatever order the hits come in: no sort of the hits is needed.
            for (var t = 0; t < n; t++)
            {
                if (!span[t].IsWord) continue;
                var starts = cache.Of(span[t]);
                if (starts.Word >= 0) Walk(span, wordIds, t, 0, starts.Word, original, candidates);
                if (starts.Clitics is not { } clitics) continue;
                for (var k = 0; k < clitics.Length; k += 2) Walk(span, wordIds, t, clitics[k], clitics[k + 1], original, candidates);
            }
            // How many candidates cover each token: one that shares no token with another is taken in any order, so
            // only the contested ones are sorted (most names stand alone).
            Array.Clear(cover, 0, n);
            foreach (var c in candidates)
                for (var t = c.FirstToken; t <= c.LastToken; t++) cover[t]++;
            // For each token, the index in taken of the match that took it (-1: free).
            Array.Fill(owners, -1, 0, n);
            var taken = t_taken ??= [];
            taken.Clear();
            var contested = t_contested ??= [];
            contested.Clear();
            foreach (var c in candidates)
            {
                var alone = true;
                for (var t = c.FirstToken; t <= c.LastToken && alone; t++) alone = cover[t] == 1;
                if (alone) Take(MatchOf(c), owners, taken);
                else contested.Add(c);
            }
            contested.Sort();
            foreach (var c in contested)
            {
                var m = MatchOf(c);
                var free = true;
                for (var t = m.FirstToken; t <= m.LastToken && free; t++) free = owners[t] < 0;
                if (!free)
                {
                    if (nested is not null && InsideEvent(m, owners, taken)) nested.Add(m);
                    continue;
                }
                Take(m, owners, taken);
            }
            // In text order: each match where its first token is.
            result.EnsureCapacity(taken.Count);
            for (var t = 0; t < n; t++)
                if (owners[t] >= 0 && (t == 0 || owners[t - 1] != owners[t])) result.Add(taken[owners[t]]);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(wordIds);
            ArrayPool<int>.Shared.Return(owners);
            ArrayPool<int>.Shared.Return(cover);
            // A very long text leaves big lists behind: let them go rather than keep them for the thread's life.
            if (t_candidates?.Capacity > MaxKeptCapacity) t_candidates = null;
            if (t_contested?.Capacity > MaxKeptCapacity) t_contested = null;
            if (t_taken?.Capacity > MaxKeptCapacity) t_taken = null;
        }
    }

    // Every key that starts with word (after prefixLength clitic characters of token first) and runs over whole
    // tokens from there, each separated from the one before as in the key.
    private void Walk(ReadOnlySpan<Token> tokens, int[] wordIds, int first, int prefixLength, int word, string original, List<Candidate> candidates)
    {
        var node = _trie.First(word);
        var cur = first;
        while (node >= 0)
        {
            var key = _trie.Output(node);
            if (key >= 0) AddCandidates(tokens, key, first, cur, prefixLength, original, candidates);
            if (!_trie.HasNext(node)) return;
            var next = cur + 1;
            while (next < tokens.Length && !tokens[next].IsWord) next++;
            if (next >= tokens.Length) return;
            node = _trie.Step(node, TokenizedText.BarrierBetween(tokens[cur], tokens[next]), wordIds[next]);
            cur = next;
        }
    }

    // Each pattern of the key that accepts the match there.
    private void AddCandidates(ReadOnlySpan<Token> tokens, int key, int first, int last, int prefixLength, string original, List<Candidate> candidates)
    {
        for (var i = _firstOfKey[key]; i < _firstOfKey[key + 1]; i++)
        {
            ref readonly var p = ref _patterns[i];
            if (!Accept(p, tokens, first, last, prefixLength, original)) continue;
            candidates.Add(new Candidate(i, first, last, prefixLength, tokens[last].KeyEnd - tokens[first].KeyStart, _keyLength[key], p.Rank, candidates.Count));
        }
    }

    private PatternMatch MatchOf(in Candidate c) => new(_patterns[c.Pattern].Pattern, c.FirstToken, c.LastToken, c.PrefixLength);

    private const int MaxKeptCapacity = 1 << 12;

    [ThreadStatic]
    private static List<Candidate>? t_candidates;

    [ThreadStatic]
    private static List<Candidate>? t_contested;

    [ThreadStatic]
    private static List<PatternMatch>? t_taken;

    private static void Take(PatternMatch m, int[] owners, List<PatternMatch> taken)
    {
        for (var t = m.FirstToken; t <= m.LastToken; t++) owners[t] = taken.Count;
        taken.Add(m);
    }

    // The sort compares through IComparable<T> rather than a Comparison delegate: the runtime's sort then calls
    // CompareTo directly (inlined), and these lists are sorted for every document.
    // Wider cover first, then the longer key, the earlier start, the form with the article, a cue or title before a
    // name (both in Rank, see MatchablePattern), then the order found. All read from the candidate itself: a sort
    // compares each one many times, and a read through its pattern object was a cache miss each time.
    // Its pattern by index into _patterns, not by reference: a candidate holding no reference is added and moved by the
    // sort as plain data, where each store of a reference cost the runtime's write barrier.
    private readonly record struct Candidate(int Pattern, int FirstToken, int LastToken, int PrefixLength, int Cover, int KeyLength, int Rank, int Index)
        : IComparable<Candidate>
    {
        public int CompareTo(Candidate other)
        {
            var c = other.Cover.CompareTo(Cover);
            if (c != 0) return c;
            c = other.KeyLength.CompareTo(KeyLength);
            if (c != 0) return c;
            c = FirstToken.CompareTo(other.FirstToken);
            if (c != 0) return c;
            c = Rank.CompareTo(other.Rank);
            return c != 0 ? c : Index.CompareTo(other.Index);
        }
    }

    // An organisation whose first token an event name took, inside that event name (G20 in "G20 summit").
    private static bool InsideEvent(PatternMatch m, int[] owners, List<PatternMatch> taken) =>
        m.Pattern.Entry?.Kind == NodeKind.Organization && owners[m.FirstToken] is >= 0 and var o && taken[o] is { Pattern.Entry.Kind: NodeKind.Event } owner
        && owner.LastToken >= m.LastToken && (owner.FirstToken < m.FirstToken || owner.LastToken > m.LastToken);

    private static bool Accept(in MatchablePattern mp, ReadOnlySpan<Token> tokens, int first, int last, int prefixLen, string original)
    {
        var p = mp.Pattern;
        if (prefixLen > 0)
        {
            if (!mp.Arabic) return false;
            if (!ArabicClitics.Allows(tokens[first].Key.AsSpan(0, prefixLen), p)) return false;
        }
        else if (mp.HasArticle) return false;
        if (mp.Acronym)
        {
            for (var t = first; t <= last; t++)
            {
                var tok = tokens[t];
                if (!tok.IsWord) continue;
                for (var i = tok.Start; i < tok.End; i++)
                    if (char.IsLetter(original[i]) && !char.IsUpper(original[i])) return false;
            }
        }
        else if (mp.Capitalised)
        {
            var c = original[tokens[first].Start];
            if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        }
        return true;
    }
}
