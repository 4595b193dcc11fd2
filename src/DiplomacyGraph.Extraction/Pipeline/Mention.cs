using DiplomacyGraph.Extraction.Matching;

namespace DiplomacyGraph.Extraction.Pipeline;

/// <summary>A matched span over tokens [FirstToken, LastToken]; [Start, End) in the original text.</summary>
internal sealed class Mention
{
    public required int FirstToken { get; init; }
    public required int LastToken { get; init; }
    public required int Start { get; init; }
    public required int End { get; init; }
    public required PatternKind Kind { get; init; }
    public Pattern? Pattern { get; init; }

    /// <summary>Key characters of an Arabic clitic (و، ب، ال…) before the match in its first token.</summary>
    public int PrefixLength { get; init; }

    /// <summary>The match began with the conjunction و: it opens a new item of a list.</summary>
    public bool Conjoined { get; init; }

    /// <summary>The entity an Entity or Demonym mention (or a person found in the text) stands for.</summary>
    public DocEntity? Entity { get; set; }

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
