namespace DiplomacyGraph.Extraction.Matching;

/// <summary>
/// Proclitics that may be glued to an Arabic word: the conjunctions و and ف, the prepositions ب، ل، ك and the
/// article ال (لل when ل meets ال). A match may start after one of these inside a word.
/// </summary>
internal static class ArabicClitics
{
    public const string Article = "\u0627\u0644"; // ال

    /// <summary>Prefixes allowed before a form that had the article (stripped from the pattern).</summary>
    public static readonly HashSet<string> WithArticle = new(StringComparer.Ordinal)
    {
        "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وبال", "فبال",
    };

    /// <summary>Prefixes allowed before a form without the article.</summary>
    public static readonly HashSet<string> Bare = new(StringComparer.Ordinal)
    {
        "", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل",
    };

    /// <summary>Whether <paramref name="prefix"/> may precede a pattern; adjectives and titles also take the article.</summary>
    public static bool Allows(string prefix, Pattern p)
    {
        if (p.HasArticle) return WithArticle.Contains(prefix);
        if (Bare.Contains(prefix)) return true;
        return p.Kind is PatternKind.Demonym or PatternKind.Title && WithArticle.Contains(prefix);
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WithArticleSpan = WithArticle.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BareSpan = Bare.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>As <see cref="Allows(string, Pattern)"/> over a slice of a token key, without cutting a string.</summary>
    public static bool Allows(ReadOnlySpan<char> prefix, Pattern p)
    {
        if (p.HasArticle) return WithArticleSpan.Contains(prefix);
        if (BareSpan.Contains(prefix)) return true;
        return p.Kind is PatternKind.Demonym or PatternKind.Title && WithArticleSpan.Contains(prefix);
    }

    /// <summary>The longest prefix either set holds.</summary>
    public static readonly int MaxPrefixLength = WithArticle.Concat(Bare).Max(x => x.Length);

    private static readonly string FirstLetters = new(WithArticle.Concat(Bare).Where(x => x.Length > 0).Select(x => x[0]).Distinct().ToArray());

    /// <summary>Whether a word starting with <paramref name="c"/> can start with a prefix of either set.</summary>
    public static bool MayStartPrefix(char c) => FirstLetters.Contains(c, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="prefix"/> is in either set: only there may a match start inside a word.</summary>
    public static bool IsPrefix(ReadOnlySpan<char> prefix) => WithArticleSpan.Contains(prefix) || BareSpan.Contains(prefix);

    /// <summary>The key without a leading article, when the form has one and something remains.</summary>
    public static bool TryStripArticle(string key, out string stripped)
    {
        if (key.Length > 3 && key.StartsWith(Article, StringComparison.Ordinal) && key[2] != ' ')
        {
            stripped = key[2..];
            return true;
        }
        stripped = key;
        return false;
    }
}
