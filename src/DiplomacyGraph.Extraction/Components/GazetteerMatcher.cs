using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Extraction.Matching;
using DiplomacyGraph.Extraction.Pipeline;
using DiplomacyGraph.Extraction.Text;

namespace DiplomacyGraph.Extraction.Components;

/// <summary>Finds gazetteer names, demonyms, titles, honorifics and cue phrases; adds the known entities they name.</summary>
internal sealed class GazetteerMatcher(PatternMatcher matcher) : IPipelineComponent
{
    public string Name => "gazetteer";
    public DocumentLayer Needs => DocumentLayer.Tokens;
    public DocumentLayer Adds => DocumentLayer.Mentions;

    public void Process(ExtractionDocument doc, CancellationToken ct)
    {
        var tokens = doc.Tokens.Tokens;
        // Kept per thread (this component is shared by the extractor's threads): not two new lists per document.
        var matches = t_matches ??= [];
        var nested = t_nested ??= [];
        nested.Clear();
        matcher.Match(doc.Tokens, doc.Text, matches, nested);
        foreach (var m in matches)
        {
            if (m.Pattern.Kind == PatternKind.Title && (HyphenatedName(doc, m.FirstToken, m.LastToken) || LandmarkNames.TitleOpensAThingsName(doc, m.LastToken))) continue;
            if (m.Pattern.Kind is PatternKind.Title or PatternKind.Demonym && GivenNameBeforeBin(doc, m)) continue;
            if (m.Pattern.Kind == PatternKind.Demonym && IndefiniteAfterCountry(doc, m)) continue;
            if (PartOfAContinent(doc, m) || CurrencySign(doc, m) || HeadsOfTheTwo(doc, m) || GluedToMoreLetters(doc, m)) continue;
            var mention = doc.NewMention(m.FirstToken, m.LastToken, tokens[m.FirstToken].Start, tokens[m.LastToken].End, m.Pattern.Kind, m.Pattern,
                m.PrefixLength, conjoined: m.PrefixLength > 0 && tokens[m.FirstToken].Key[0] == '\u0648');
            if (m.Pattern.Entry is { } entry)
            {
                mention.Entity = EntityRegistry.ForEntry(doc, entry);
                var thing = entry.Kind == NodeKind.Place ? LandmarkNames.Contains(doc, mention)
                    : entry.Kind == NodeKind.Person && LandmarkNames.NamesAThing(doc, mention.FirstToken, mention.LastToken);
                if (!thing)
                {
                    mention.Entity.Spans.Add((mention.Start, mention.End));
                    mention.Entity.AddSurface(doc.Text, mention.Start, mention.End);
                }
            }
            doc.AddMention(mention);
        }
        // An organisation named inside an event's name is an entity of the story, though its tokens are the event's.
        foreach (var m in nested)
        {
            var e = EntityRegistry.ForEntry(doc, m.Pattern.Entry!);
            var (start, end) = (tokens[m.FirstToken].Start, tokens[m.LastToken].End);
            e.Spans.Add((start, end));
            e.AddSurface(doc.Text, start, end);
        }
        // A very long text leaves big lists behind: let them go rather than keep them for the thread's life.
        if (matches.Capacity > MaxKeptCapacity) t_matches = null;
        if (nested.Capacity > MaxKeptCapacity) t_nested = null;
    }

    private const int MaxKeptCapacity = 1 << 12;

    [ThreadStatic]
    private static List<PatternMatch>? t_matches;

    [ThreadStatic]
    private static List<PatternMatch>? t_nested;

    // "الأمير سلطان بن سعد", "الأمير تركي بن محمد", "Prince Sultan bin Saad": a bare word followed by بن is a given name,
    // even one that is also a title (سلطان) or a demonym (تركي). With the article (السلطان، التركي) it is not.
    private static bool GivenNameBeforeBin(ExtractionDocument doc, PatternMatch m)
    {
        var tokens = doc.Tokens.Tokens;
        var next = m.LastToken + 1;
        if (m.FirstToken != m.LastToken || next + 1 >= tokens.Count || tokens[next].Key is not ("بن" or "bin" or "ibn") || !tokens[next + 1].IsWord) return false;
        var key = tokens[m.FirstToken].Key;
        return doc.Lang == "en" ? char.IsUpper(doc.Text[tokens[m.FirstToken].Start]) : !key.StartsWith("ال", StringComparison.Ordinal) && !key.StartsWith("وال", StringComparison.Ordinal);
    }

    // "رئيس جمهورية مقدونيا جورجي إيفانوف": an Arabic demonym agrees with its noun, so it carries the article after a
    // definite title; written bare right after a country's name, the word is a given name (جورجي, not Georgian).
    private static bool IndefiniteAfterCountry(ExtractionDocument doc, PatternMatch m)
    {
        var tokens = doc.Tokens.Tokens;
        var key = tokens[m.FirstToken].Key;
        return doc.Lang == "ar" && m.FirstToken > 0 && m.FirstToken == m.LastToken && m.PrefixLength == 0 && !key.StartsWith("ال", StringComparison.Ordinal)
            && doc.TokenMention[m.FirstToken - 1] is { Kind: PatternKind.Entity, Entity.Kind: NodeKind.Country }
            && m.LastToken + 1 < tokens.Count && tokens[m.LastToken + 1].IsWord && ArabicScript.IsArabicWord(tokens[m.LastToken + 1].Key);
    }

    // "Latin America", "the Latin American tour", "South American nations": America after a region's word is the
    // continent, not the United States.
    private static bool PartOfAContinent(ExtractionDocument doc, PatternMatch m)
    {
        var tokens = doc.Tokens.Tokens;
        return m.FirstToken > 0 && m.FirstToken == m.LastToken && tokens[m.FirstToken].Key is "america" or "american" or "americans"
            && tokens[m.FirstToken - 1].Key is "latin" or "south" or "north" or "central" or "pan" or "-";
    }

    // "رئيسي البلدين" (the two countries' presidents), "رئيسي الوزراء السابقين" (the two former prime ministers): a
    // title's dual before the noun it governs is a noun phrase, not the name رئيسي.
    private static bool HeadsOfTheTwo(ExtractionDocument doc, PatternMatch m)
    {
        var tokens = doc.Tokens.Tokens;
        var next = m.LastToken + 1;
        if (m.Pattern.Entry?.Kind != NodeKind.Person || m.FirstToken != m.LastToken || next >= tokens.Count) return false;
        var governed = tokens[next].Key;
        // "تحيات الرئيس رئيسي الصادقة": after a title or a given name it is the name.
        if (m.FirstToken > 0 && (doc.TokenMention[m.FirstToken - 1] is not null || tokens[m.FirstToken - 1].Key is "الرئيس" or "ابراهيم")) return false;
        return tokens[m.FirstToken].Key.EndsWith("رئيسي", StringComparison.Ordinal)
            && (governed.StartsWith("ال", StringComparison.Ordinal) && governed is not ("الذي" or "التي" or "الذين")
                || governed is "وزراء" or "حكومتي" or "مجلسي" or "دولتي" or "وزارتي");
    }

    // "Hu'akavameiliku Siaosi Sovaleni": a known person's name glued by an apostrophe to more letters is the start of
    // a longer name, not that person ("Xi's" is a possessive).
    private static bool GluedToMoreLetters(ExtractionDocument doc, PatternMatch m)
    {
        var tokens = doc.Tokens.Tokens;
        var next = m.LastToken + 1;
        return m.Pattern.Entry?.Kind == NodeKind.Person && next + 1 < tokens.Count && tokens[next].Key is "'" or "\u2019"
            && tokens[next].Start == tokens[m.LastToken].End && tokens[next + 1].IsWord && tokens[next + 1].Start == tokens[next].End
            && tokens[next + 1].Key is not ("s" or "t");
    }

    // "US$5.28 billion": a currency, not the country.
    private static bool CurrencySign(ExtractionDocument doc, PatternMatch m)
    {
        var tokens = doc.Tokens.Tokens;
        var next = m.LastToken + 1;
        return m.FirstToken == m.LastToken && next < tokens.Count && tokens[next].Key == "$" && tokens[next].Start == tokens[m.LastToken].End;
    }

    // "Amir-Abdollahian": a title word glued by a hyphen to a capitalised name is part of that name.
    private static bool HyphenatedName(ExtractionDocument doc, int first, int last)
    {
        var tokens = doc.Tokens.Tokens;
        if (first != last) return false;
        bool NameAt(int w) => w >= 0 && w < tokens.Count && tokens[w].IsWord && char.IsUpper(doc.Text[tokens[w].Start])
            && tokens[w].Key is not ("vice" or "deputy" or "co" or "ex" or "former");
        bool Hyphen(int h) => h >= 0 && h < tokens.Count && tokens[h].Key == "-";
        var right = Hyphen(last + 1) && NameAt(last + 2) && tokens[last + 1].Start == tokens[last].End && tokens[last + 2].Start == tokens[last + 1].End;
        var left = Hyphen(first - 1) && NameAt(first - 2) && tokens[first - 1].End == tokens[first].Start && tokens[first - 2].End == tokens[first - 1].Start;
        return right || left;
    }
}
