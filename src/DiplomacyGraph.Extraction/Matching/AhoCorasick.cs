namespace DiplomacyGraph.Extraction.Matching;

/// <summary>
/// Aho-Corasick automaton over strings: one pass over the text finds every occurrence of every pattern,
/// so matching cost grows with the text, not with the number of gazetteer names.
/// </summary>
internal sealed class AhoCorasick
{
    private readonly Dictionary<long, int> _goto = [];
    private readonly int[] _fail;
    private readonly int[][] _out;
    private readonly int[] _depth;
    private readonly int[] _edgeStart;
    private readonly char[] _edgeChar;
    private readonly int[] _edgeTo;

    // The root's transitions as a dense table: most characters of a text are read from the root or fall back to it.
    private readonly int[] _root = new int[char.MaxValue + 1];

    public AhoCorasick(IReadOnlyList<string> patterns)
    {
        var outs = new List<List<int>> { new() };
        var depth = new List<int> { 0 };
        for (var p = 0; p < patterns.Count; p++)
        {
            var s = 0;
            foreach (var c in patterns[p])
            {
                if (!_goto.TryGetValue(Edge(s, c), out var n))
                {
                    n = outs.Count;
                    outs.Add([]);
                    depth.Add(depth[s] + 1);
                    _goto[Edge(s, c)] = n;
                }
                s = n;
            }
            if (patterns[p].Length > 0) outs[s].Add(p);
        }
        var count = outs.Count;
        _fail = new int[count];
        _depth = depth.ToArray();
        // Children per state, for the breadth-first pass that sets failure links.
        var children = new List<(char C, int To)>[count];
        foreach (var (edge, to) in _goto)
        {
            var from = (int)(edge >> 16);
            (children[from] ??= []).Add(((char)(edge & 0xFFFF), to));
        }
        var queue = new Queue<int>();
        if (children[0] is { } rootKids)
            foreach (var (_, to) in rootKids) { _fail[to] = 0; queue.Enqueue(to); }
        while (queue.Count > 0)
        {
            var s = queue.Dequeue();
            if (children[s] is null) continue;
            foreach (var (c, to) in children[s])
            {
                var f = _fail[s];
                while (f != 0 && !_goto.ContainsKey(Edge(f, c))) f = _fail[f];
                _fail[to] = _goto.TryGetValue(Edge(f, c), out var g) && g != to ? g : 0;
                outs[to].AddRange(outs[_fail[to]]);
                queue.Enqueue(to);
            }
        }
        _out = outs.Select(o => o.ToArray()).ToArray();
        // Transitions as one flat table (each state's edges sorted by character), read far faster than the
        // dictionary used while building.
        _edgeStart = new int[count + 1];
        _edgeChar = new char[_goto.Count];
        _edgeTo = new int[_goto.Count];
        var at = 0;
        for (var st = 0; st < count; st++)
        {
            _edgeStart[st] = at;
            if (children[st] is not { } kids) continue;
            kids.Sort((a, b) => a.C.CompareTo(b.C));
            foreach (var (c, to) in kids)
            {
                _edgeChar[at] = c;
                _edgeTo[at++] = to;
            }
        }
        _edgeStart[count] = at;
        foreach (var (edge, to) in _goto)
            if (edge >> 16 == 0) _root[(int)(edge & 0xFFFF)] = to;
        _goto.Clear();
        _goto.TrimExcess();
    }

    private int Step(int s, char c)
    {
        int lo = _edgeStart[s], hi = _edgeStart[s + 1] - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            var m = _edgeChar[mid];
            if (m == c) return _edgeTo[mid];
            if (m < c) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
    }

    private int Next(int s, char c)
    {
        while (s != 0)
        {
            var n = Step(s, c);
            if (n >= 0) return n;
            s = _fail[s];
        }
        return _root[c];
    }

    /// <summary>Every occurrence as (pattern, end index exclusive), appended to <paramref name="hits"/>.</summary>
    public void Search(string text, List<(int Pattern, int End)> hits)
    {
        var s = 0;
        for (var i = 0; i < text.Length; i++)
        {
            s = Next(s, text[i]);
            var outs = _out[s];
            for (var k = 0; k < outs.Length; k++) hits.Add((outs[k], i + 1));
        }
    }

    /// <summary>
    /// As <see cref="Search(string, List{ValueTuple{int, int}})"/>, but only occurrences that end where a word of the
    /// key string ends (before a space or at the end): the only ones a name match can use, and far fewer.
    /// </summary>
    public void SearchWordEnds(string text, List<(int Pattern, int End)> hits)
    {
        var s = 0;
        var n = text.Length;
        for (var i = 0; i < n; i++)
        {
            s = Next(s, text[i]);
            if (i + 1 < n && text[i + 1] != ' ') continue;
            var outs = _out[s];
            for (var k = 0; k < outs.Length; k++) hits.Add((outs[k], i + 1));
        }
    }

    /// <summary>Calls <paramref name="onMatch"/>(pattern, end index exclusive) for every occurrence.</summary>
    public void Search(string text, Action<int, int> onMatch)
    {
        var s = 0;
        for (var i = 0; i < text.Length; i++)
        {
            s = Next(s, text[i]);
            foreach (var p in _out[s]) onMatch(p, i + 1);
        }
    }

    public int StateCount => _depth.Length;

    private static long Edge(int state, char c) => ((long)state << 16) | c;
}
