using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Extraction.Dates;
using DiplomacyGraph.Extraction.Matching;
using DiplomacyGraph.Extraction.Pipeline;
using DiplomacyGraph.Extraction.Text;

namespace DiplomacyGraph.Extraction.Components;

/// <summary>
/// Towns the gazetteer does not know, where the sentence says what they are: "in Luang Prabang, Laos" (a run of
/// capitalised words after "in", then a comma and a country) is a place of that country; "in the city of Shusha" and
/// "at the General Headquarters in Rawalpindi" are places of no stated country. In Arabic, the noun does it:
/// "بمدينة بوغور", "في مدينة ووشي".
/// </summary>
internal sealed class UnknownPlaces(DateVocabulary vocabulary, HashSet<string> arabicStopwords, PhoneticIndex known) : IPipelineComponent
{
    private const int MaxWords = 3;

    public string Name => "unknown-places";
    public DocumentLayer Needs => DocumentLayer.Mentions | DocumentLayer.Sentences;
    public DocumentLayer Adds => DocumentLayer.None;

    public void Process(ExtractionDocument doc, CancellationToken ct)
    {
        if (doc.Lang == "ar") ArabicTowns(doc);
        if (doc.Lang != "en") return;
        var tokens = doc.Tokens.Tokens;
        for (var i = 0; i + 3 < tokens.Count; i++)
        {
            // "in the city of Shusha", "in the town of Suakin": the noun says what it is.
            if (tokens[i].Key == "in" && i + 4 < tokens.Count && tokens[i + 1].Key == "the" && tokens[i + 2].Key is "city" or "town"
                && tokens[i + 3].Key == "of" && NameWord(doc, i + 4))
            {
                var last = i + 4;
                while (last + 1 < tokens.Count && last - i - 4 < MaxWords - 1 && NameWord(doc, last + 1)) last++;
                Add(doc, i + 4, last, null);
                i = last;
                continue;
            }
            if (tokens[i].Key != "in" || !NameWord(doc, i + 1)) continue;
            var end = i + 1;
            while (end + 1 < tokens.Count && end - i < MaxWords && NameWord(doc, end + 1)) end++;
            // "at the General Headquarters in Rawalpindi": a named building, then the town it stands in.
            // (The town ends the phrase: punctuation or a time or clause word follows, not "with" of "CPC in Dialogue with".)
            if (AfterNamedBuilding(doc, i) && (end + 1 >= tokens.Count || !tokens[end + 1].IsWord || tokens[end + 1].Key is "on" or "where" or "last" or "this" or "today" or "yesterday" or "during"))
            {
                Add(doc, i + 1, end, null);
                i = end;
                continue;
            }
            var comma = end + 1;
            if (comma + 1 >= tokens.Count || tokens[comma].Key != ","
                || doc.TokenMention[comma + 1] is not { Kind: PatternKind.Entity, Entity: { Kind: NodeKind.Country, Iso: { } iso } }
                || doc.SentenceOf(i) != doc.SentenceOf(comma + 1)) continue;
            Add(doc, i + 1, end, iso);
            i = end;
        }
    }

    private static void Add(ExtractionDocument doc, int first, int last, string? iso)
    {
        var tokens = doc.Tokens.Tokens;
        var (start, stop) = (tokens[first].Start, tokens[last].End);
        var place = EntityRegistry.ForUnknownPlace(doc, doc.Text[start..stop]);
        place.Country ??= iso;
        place.Spans.Add((start, stop));
        place.Surfaces.Add(doc.Text[start..stop]);
        doc.AddMention(new Mention { FirstToken = first, LastToken = last, Start = start, End = stop, Kind = PatternKind.Entity, Entity = place });
    }

    // Whether "in" at `at` follows "at the" and a building's name in capitals ("at the Bogor Presidential Palace in",
    // "at the General Headquarters in"); "of the" and "and" may stand inside the name.
    private static bool AfterNamedBuilding(ExtractionDocument doc, int at)
    {
        var tokens = doc.Tokens.Tokens;
        var capitals = 0;
        for (var k = at - 1; k >= 1 && at - k <= BuildingReach; k--)
        {
            var t = tokens[k];
            if (!t.IsWord) return false;
            if (t.Key == "the" && tokens[k - 1].Key == "at") return capitals > 0 && char.IsUpper(doc.Text[tokens[k + 1].Start]);
            if (char.IsUpper(doc.Text[t.Start])) capitals++;
            else if (t.Key is not ("of" or "the" or "and")) return false;
        }
        return false;
    }

    private const int BuildingReach = 7;

    // "مدينة" (with a preposition or a conjunction glued on), written without the article: "the city of", then its name.
    private static readonly HashSet<string> CityNouns = new(StringComparer.Ordinal) { "مدينه", "بمدينه", "لمدينه", "ومدينه", "وبمدينه", "فمدينه" };

    // "عقد الرئيسان مباحثات في القصر الرئاسي بمدينة بوغور جنوبي العاصمة": the one or two words after the noun that are
    // neither a known name nor a word of news prose are the town's name. Not "مدينة زايد الرياضية" (a person's name: a
    // sports city) nor "مدينة إكسبو دبي" (a place in a known city).
    private void ArabicTowns(ExtractionDocument doc)
    {
        var tokens = doc.Tokens.Tokens;
        var after = -1;
        foreach (var i in doc.Tokens.PositionsOf(CityNounWord))
        {
            if (i <= after || i + 1 >= tokens.Count || !TownWord(doc, i + 1) || known.IsArabicGivenName(tokens[i + 1].Key)) continue;
            var last = i + 1 + 1 < tokens.Count && TownWord(doc, i + 2) ? i + 2 : i + 1;
            if (last + 1 < tokens.Count && doc.TokenMention[last + 1] is { Kind: PatternKind.Entity, Entity.Kind: NodeKind.Place }) continue;
            Add(doc, i + 1, last, null);
            after = last;
        }
    }

    // Asked of every Arabic token: answered once per word (see WordPredicate).
    private static readonly WordPredicate CityNounWord = new(CityNouns.Contains);

    private bool TownWord(ExtractionDocument doc, int i)
    {
        var t = doc.Tokens.Tokens[i];
        return t.IsWord && doc.TokenMention[i] is null && ArabicScript.IsArabicWord(t.Key) && t.Key.Length >= 2
            && !t.Key.StartsWith("ال", StringComparison.Ordinal) && !arabicStopwords.Contains(t.Key);
    }

    // A capitalised word no mention has taken (a name, a title), and no month.
    private bool NameWord(ExtractionDocument doc, int i)
    {
        var t = doc.Tokens.Tokens[i];
        return t.IsWord && doc.TokenMention[i] is null && char.IsUpper(doc.Text[t.Start]) && !char.IsAsciiDigit(t.Key[0]) && !vocabulary.TryMonth(doc.Tokens.Tokens, i, out _, out _);
    }
}
