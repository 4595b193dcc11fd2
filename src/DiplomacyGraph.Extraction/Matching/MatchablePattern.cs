namespace DiplomacyGraph.Extraction.Matching;

/// <summary>
/// A pattern with the facts the matcher reads for every hit copied beside it (language, article, capitals, and its
/// rank among the readings of one form), so the hot loop and the candidates' sort need not follow the pattern's
/// reference and its strings.
/// </summary>
internal readonly struct MatchablePattern(Pattern pattern)
{
    public Pattern Pattern { get; } = pattern;

    public bool Arabic { get; } = pattern.Lang == "ar";

    public bool HasArticle { get; } = pattern.HasArticle;

    public bool Acronym { get; } = pattern.Acronym;

    public bool Capitalised { get; } = pattern.Capitalised;

    /// <summary>
    /// Among matches of equal cover, key length and start: the form with the article first, then a cue or title before
    /// a name (one form, two readings: ترأس "presided" folds like تراس, a name). Lower ranks first.
    /// </summary>
    public int Rank { get; } = (pattern.HasArticle ? 0 : 2) + (pattern.Kind == PatternKind.Entity ? 1 : 0);
}
