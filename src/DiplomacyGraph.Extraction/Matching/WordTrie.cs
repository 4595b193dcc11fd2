namespace DiplomacyGraph.Extraction.Matching;

/// <summary>
/// The matcher's keys as a trie over whole words: each key (word keys joined by " ", or by " | " where the form
/// has punctuation between them) is a path of (separator, word) steps from the root. Matching walks it token by
/// token from each place a name may start, so its cost grows with the text, not with the number of names, and a
/// word is hashed once, not re-read character by character under every failure link.
/// </summary>
internal sealed class WordTrie
{
    /// <summary>The node every walk starts from.</summary>
    public const int Root = 0;

    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordsBySpan;
    private readonly Dictionary<long, int> _next = [];
    private readonly List<int> _output = [-1];
    private readonly List<bool> _hasNext = [false];
    private readonly int[] _first;

    /// <summary>Builds the trie; key <c>i</c> is reported as output <c>i</c>. Keys no text key can hold are left out.</summary>
    public WordTrie(IReadOnlyList<string> keys)
    {
        _wordsBySpan = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = 0; k < keys.Count; k++)
        {
            if (!TryParse(keys[k], out var steps)) continue;
            var node = Root;
            foreach (var (barrier, word) in steps)
            {
                if (!_words.TryGetValue(word, out var id)) _words[word] = id = _words.Count;
                var edge = Edge(node, barrier, id);
                if (!_next.TryGetValue(edge, out var to))
                {
                    to = _output.Count;
                    _output.Add(-1);
                    _hasNext.Add(false);
                    _next[edge] = to;
                    _hasNext[node] = true;
                }
                node = to;
            }
            if (_output[node] < 0) _output[node] = k;
        }
        // Every walk starts here: one array read instead of a hash lookup.
        _first = new int[_words.Count];
        Array.Fill(_first, -1);
        foreach (var (edge, to) in _next)
            if (edge >> 32 == Root && (edge & 1) == 0) _first[(int)(edge >> 1) & int.MaxValue] = to;
    }

    /// <summary>The id of a word that occurs in some key, or -1.</summary>
    public int WordId(ReadOnlySpan<char> word) => _wordsBySpan.TryGetValue(word, out var id) ? id : -1;

    /// <summary>The node after <paramref name="word"/> (separated by '|' when <paramref name="barrier"/>), or -1.</summary>
    public int Step(int node, bool barrier, int word) =>
        word >= 0 && _next.TryGetValue(Edge(node, barrier, word), out var to) ? to : -1;

    /// <summary>The node after the first word of a key, or -1.</summary>
    public int First(int word) => _first[word];

    /// <summary>The key that ends at <paramref name="node"/>, or -1.</summary>
    public int Output(int node) => _output[node];

    /// <summary>Whether any key continues past <paramref name="node"/>.</summary>
    public bool HasNext(int node) => _hasNext[node];

    public int NodeCount => _output.Count;

    // Text keys are words joined by " " or " | ": a key of another shape (empty words, a leading '|') never occurs.
    private static bool TryParse(string key, out List<(bool Barrier, string Word)> steps)
    {
        steps = [];
        var barrier = false;
        foreach (var part in key.Split(' '))
        {
            if (part == "|")
            {
                if (steps.Count == 0 || barrier) return false;
                barrier = true;
                continue;
            }
            if (part.Length == 0) return false;
            steps.Add((barrier, part));
            barrier = false;
        }
        return steps.Count > 0 && !barrier;
    }

    private static long Edge(int node, bool barrier, int word) => ((long)node << 32) | ((long)word << 1) | (barrier ? 1L : 0L);
}
