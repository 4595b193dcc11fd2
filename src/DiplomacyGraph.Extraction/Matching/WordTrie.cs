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
    // Node and edge tables as flat arrays, not a Dictionary<long, int> and lists: a walk reads a few of them for
    // every word of every text, and inside the pipeline (other components' data in between) each hash bucket and
    // entry of a dictionary was a cache miss.
    // Per node, the key that ends there (+1, so 0 is none) shifted left, and whether any key continues past it in
    // the low bit: a walk's step reads both, from one array.
    private readonly int[] _nodes;

    // Edges open-addressed, key and target side by side in one slot.
    private readonly EdgeSlot[] _edges;
    private readonly int _edgeShift;
    private readonly int[] _first;

    /// <summary>Builds the trie; key <c>i</c> is reported as output <c>i</c>. Keys no text key can hold are left out.</summary>
    public WordTrie(IReadOnlyList<string> keys)
    {
        _wordsBySpan = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        var next = new Dictionary<long, int>();
        var output = new List<int> { -1 };
        var hasNext = new List<bool> { false };
        for (var k = 0; k < keys.Count; k++)
        {
            if (!TryParse(keys[k], out var steps)) continue;
            var node = Root;
            foreach (var (barrier, word) in steps)
            {
                if (!_words.TryGetValue(word, out var id)) _words[word] = id = _words.Count;
                var edge = Edge(node, barrier, id);
                if (!next.TryGetValue(edge, out var to))
                {
                    to = output.Count;
                    output.Add(-1);
                    hasNext.Add(false);
                    next[edge] = to;
                    hasNext[node] = true;
                }
                node = to;
            }
            if (output[node] < 0) output[node] = k;
        }
        _nodes = new int[output.Count];
        for (var i = 0; i < _nodes.Length; i++) _nodes[i] = ((output[i] + 1) << 1) | (hasNext[i] ? 1 : 0);
        // At most half full, so a miss (most steps of a walk) ends after a probe or two.
        var bits = 1;
        while (1 << bits < 2 * next.Count) bits++;
        _edgeShift = 64 - bits;
        _edges = new EdgeSlot[1 << bits];
        foreach (var (edge, to) in next)
        {
            var i = Slot(edge);
            while (_edges[i].To != 0) i = (i + 1) & (_edges.Length - 1);
            _edges[i] = new EdgeSlot(edge, to);
        }
        // Every walk starts here: one array read instead of a hash lookup.
        _first = new int[_words.Count];
        Array.Fill(_first, -1);
        foreach (var (edge, to) in next)
            if (edge >> 32 == Root && (edge & 1) == 0) _first[(int)(edge >> 1) & int.MaxValue] = to;
    }

    /// <summary>The id of a word that occurs in some key, or -1.</summary>
    public int WordId(ReadOnlySpan<char> word) => _wordsBySpan.TryGetValue(word, out var id) ? id : -1;

    /// <summary>The node after <paramref name="word"/> (separated by '|' when <paramref name="barrier"/>), or -1.</summary>
    public int Step(int node, bool barrier, int word)
    {
        if (word < 0) return -1;
        var edge = Edge(node, barrier, word);
        for (var i = Slot(edge); ; i = (i + 1) & (_edges.Length - 1))
        {
            // No edge leads back to the root: target 0 marks an empty slot.
            var slot = _edges[i];
            if (slot.To == 0) return -1;
            if (slot.Edge == edge) return slot.To;
        }
    }

    /// <summary>The node after the first word of a key, or -1.</summary>
    public int First(int word) => _first[word];

    /// <summary>The key that ends at <paramref name="node"/>, or -1.</summary>
    public int Output(int node) => (_nodes[node] >> 1) - 1;

    /// <summary>Whether any key continues past <paramref name="node"/>.</summary>
    public bool HasNext(int node) => (_nodes[node] & 1) != 0;

    public int NodeCount => _nodes.Length;

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

    // Fibonacci hashing: the top bits of the product spread node and word ids alike over the table.
    private int Slot(long edge) => (int)((ulong)edge * 0x9E3779B97F4A7C15UL >> _edgeShift);

    private readonly record struct EdgeSlot(long Edge, int To);
}
