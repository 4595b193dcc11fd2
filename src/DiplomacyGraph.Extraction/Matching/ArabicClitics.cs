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
        return TakesArticle(p) && WithArticle.Contains(prefix);
    }

    /// <summary>
    /// As <see cref="Allows(string, Pattern)"/> over a slice of a token key, without cutting a string. Read for every
    /// match after a clitic: the prefix's code (see <see cref="ExtendPrefixCode"/>) says which set holds it, with no hash.
    /// </summary>
    public static bool Allows(ReadOnlySpan<char> prefix, Pattern p)
    {
        var sets = SetsOf(prefix);
        if (p.HasArticle) return (sets & InWithArticle) != 0;
        if ((sets & InBare) != 0) return true;
        return TakesArticle(p) && (sets & InWithArticle) != 0;
    }

    private const byte InBare = 1;
    private const byte InWithArticle = 2;

    // Which of the two sets hold a prefix: InBare, InWithArticle, both or neither.
    private static byte SetsOf(ReadOnlySpan<char> prefix)
    {
        if (prefix.Length == 0) return PrefixSets[0];
        if (prefix.Length > MaxPrefixLength) return 0;
        var code = 0;
        foreach (var c in prefix) code = ExtendPrefixCode(code, c);
        return code > 0 && code < PrefixSets.Length ? PrefixSets[code] : (byte)0;
    }

    // Demonyms, titles and meeting nouns are read with the article too (الرئيس، الصيني، المحادثات التي أجراها …).
    private static bool TakesArticle(Pattern p) =>
        p.Kind is PatternKind.Demonym or PatternKind.Title || p.Kind == PatternKind.MeetingCue && p.Cue?.Value == "noun";

    /// <summary>The longest prefix either set holds.</summary>
    public static readonly int MaxPrefixLength = WithArticle.Concat(Bare).Max(x => x.Length);

    // The letters clitics are made of; a prefix is coded as its letters' places in this string (1-based), in base
    // Letters.Length + 1, so one table read says whether a word's first p letters are a clitic of either set.
    private static readonly string Letters = new(WithArticle.Concat(Bare).SelectMany(x => x).Distinct().Order().ToArray());

    /// <summary>
    /// The code of <paramref name="previous"/> (the code of the first p-1 letters; 0 for none) extended by
    /// <paramref name="c"/>, or -1 when <paramref name="c"/> is no clitic letter (then no longer prefix is a clitic either).
    /// </summary>
    public static int ExtendPrefixCode(int previous, char c)
    {
        var d = c < LetterPlace.Length ? LetterPlace[c] : -1;
        return d < 0 || previous < 0 ? -1 : previous * (Letters.Length + 1) + d + 1;
    }

    // Letters.IndexOf(c) for every character up to the last clitic letter; read once per word of every text.
    private static readonly sbyte[] LetterPlace = BuildLetterPlace();

    private static sbyte[] BuildLetterPlace()
    {
        var places = new sbyte[Letters.Max() + 1];
        Array.Fill(places, (sbyte)-1);
        for (var i = 0; i < Letters.Length; i++) places[Letters[i]] = (sbyte)i;
        return places;
    }

    private static readonly bool[] PrefixCodes = BuildPrefixCodes();

    /// <summary>Whether the letters a code stands for are a prefix of either set (see <see cref="ExtendPrefixCode"/>).</summary>
    public static bool IsPrefixCode(int code) => code > 0 && code < PrefixCodes.Length && PrefixCodes[code];

    // By prefix code (0: the empty prefix), the sets that hold it.
    private static readonly byte[] PrefixSets = BuildPrefixSets();

    private static byte[] BuildPrefixSets()
    {
        var sets = new byte[(int)Math.Pow(Letters.Length + 1, MaxPrefixLength)];
        foreach (var (set, bit) in new[] { (Bare, InBare), (WithArticle, InWithArticle) })
            foreach (var prefix in set)
            {
                var code = 0;
                foreach (var c in prefix) code = ExtendPrefixCode(code, c);
                sets[code] |= bit;
            }
        return sets;
    }

    private static bool[] BuildPrefixCodes()
    {
        var codes = new bool[(int)Math.Pow(Letters.Length + 1, MaxPrefixLength)];
        foreach (var prefix in WithArticle.Concat(Bare))
        {
            if (prefix.Length == 0) continue;
            var code = 0;
            foreach (var c in prefix) code = ExtendPrefixCode(code, c);
            codes[code] = true;
        }
        return codes;
    }

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
