using DiplomacyGraph.Extraction.Matching;

namespace DiplomacyGraph.Extraction.Pipeline;

/// <summary>A matched span over tokens [FirstToken, LastToken]; [Start, End) in the original text.</summary>
internal sealed class Mention
{
    // Fields behind the init-only properties: a mention the thread's last document is done with is made a new one
    // (see Reuse), not allocated again.
    private int _firstToken;
    private int _lastToken;
    private int _start;
    private int _end;
    private PatternKind _kind;
    private Pattern? _pattern;
    private int _prefixLength;
    private bool _conjoined;

    public required int FirstToken { get => _firstToken; init => _firstToken = value; }
    public required int LastToken { get => _lastToken; init => _lastToken = value; }
    public required int Start { get => _start; init => _start = value; }
    public required int End { get => _end; init => _end = value; }
    public required PatternKind Kind { get => _kind; init => _kind = value; }
    public Pattern? Pattern { get => _pattern; init => _pattern = value; }

    /// <summary>Key characters of an Arabic clitic (و، ب، ال…) before the match in its first token.</summary>
    public int PrefixLength { get => _prefixLength; init => _prefixLength = value; }

    /// <summary>The match began with the conjunction و: it opens a new item of a list.</summary>
    public bool Conjoined { get => _conjoined; init => _conjoined = value; }

    /// <summary>The entity an Entity or Demonym mention (or a person found in the text) stands for.</summary>
    public DocEntity? Entity { get; set; }

    /// <summary>
    /// Makes this mention, which nothing refers to any more (see <see cref="DocumentBuffers.NewMention"/>), a new one,
    /// as the object initializer would: every property set, the entity none.
    /// </summary>
    public void Reuse(int firstToken, int lastToken, int start, int end, PatternKind kind, Pattern? pattern, int prefixLength, bool conjoined)
    {
        _firstToken = firstToken;
        _lastToken = lastToken;
        _start = start;
        _end = end;
        _kind = kind;
        _pattern = pattern;
        _prefixLength = prefixLength;
        _conjoined = conjoined;
        Entity = null;
    }

    /// <summary>A new mention with every property set (what <see cref="Reuse"/> makes of a kept one).</summary>
    public static Mention Create(int firstToken, int lastToken, int start, int end, PatternKind kind, Pattern? pattern, int prefixLength, bool conjoined) => new()
    {
        FirstToken = firstToken,
        LastToken = lastToken,
        Start = start,
        End = end,
        Kind = kind,
        Pattern = pattern,
        PrefixLength = prefixLength,
        Conjoined = conjoined,
    };

    /// <summary>The same match over other tokens (a name read longer than the gazetteer form that matched).</summary>
    public Mention Spanning(int firstToken, int lastToken, List<Text.Token> tokens) => new()
    {
        FirstToken = firstToken,
        LastToken = lastToken,
        Start = tokens[firstToken].Start,
        End = tokens[lastToken].End,
        Kind = Kind,
        Pattern = Pattern,
        Entity = Entity,
        PrefixLength = firstToken == FirstToken ? PrefixLength : 0,
        Conjoined = firstToken == FirstToken && Conjoined,
    };
}
