using DiplomacyGraph.Extraction.Matching;
using DiplomacyGraph.Extraction.Pipeline;

namespace DiplomacyGraph.Extraction.Components;

/// <summary>
/// A city's name inside a landmark's name (Hyderabad House, the Suez Canal, قناة السويس، جامعة القاهرة) names the
/// landmark, not the city: it is neither a place of the story nor a meeting's venue. So does a person's name inside the
/// name of an airport, an order or a building (مطار الملك خالد الدولي، King Abdulaziz Sash): it is no person of the story.
/// </summary>
internal static class LandmarkNames
{
    // Capitalised English words that follow the city in a landmark's name.
    private static readonly HashSet<string> EnglishHeads = new(StringComparer.Ordinal)
    {
        "house", "palace", "hall", "hotel", "canal", "stadium", "university", "square", "guesthouse", "mosque", "temple", "tower",
    };

    // Arabic nouns that precede the city in a landmark's name (construct state: قناة السويس), as folded keys (ة → ه).
    private static readonly HashSet<string> ArabicHeads = new(StringComparer.Ordinal)
    {
        "قناه", "وقناه", "بقناه", "لقناه", "جامعه", "وجامعه", "بجامعه", "فندق", "بفندق", "ملعب", "بملعب",
        // "في قصر لوسيل", "بقصر بعبدا": a palace named after its town is a building, and takes the dateline's city.
        "قصر", "بقصر", "وقصر",
    };

    // Nouns that make the person's name after them the name of a thing: مطار الملك خالد الدولي، وسام زايد، جامعة الملك سعود.
    private static readonly HashSet<string> ArabicThingHeads = new(StringComparer.Ordinal)
    {
        "مطار", "بمطار", "لمطار", "جامعه", "بجامعه", "مستشفي", "بمستشفي", "قاعه", "بقاعه", "شارع", "جسر", "ميناء", "بميناء",
        "قاعده", "بقاعده", "مركز", "بمركز", "وسام", "بوسام", "قلاده", "بقلاده", "جائزه", "بجائزه", "مسجد", "جامع",
        // "بمجلس الشيخ عبدالله بن جاسم": a majlis (reception hall) named after a person.
        "بمجلس", "قصر", "بقصر",
        // "عند نصب المهاتما غاندي", "ضريح الملك محمد الخامس": a monument, a mausoleum or a statue named after a person.
        "نصب", "بنصب", "ضريح", "بضريح", "لضريح", "تمثال",
        // "ببيت الضيافة", "بدار الضيافة": a guest house.
        "بيت", "ببيت", "دار", "بدار",
    };

    // Capitalised English words after a person's name that make it a thing's name: King Khalid International Airport,
    // King Abdulaziz Sash, Sheikh Zayed Grand Mosque.
    private static readonly HashSet<string> EnglishThingHeads = new(StringComparer.Ordinal)
    {
        "airport", "international", "university", "sash", "medal", "award", "prize", "street", "road", "bridge", "mosque", "grand",
        "hospital", "centre", "center", "hall", "foundation", "stadium", "port", "memorial", "mausoleum", "monument",
        // King Salman Air Base, King Fahd Causeway, King Abdullah Economic City, King Abdulaziz Naval Base.
        "air", "base", "naval", "causeway", "economic", "city", "complex", "library", "museum", "institute", "college", "academy",
        "school", "park", "avenue", "highway", "boulevard", "tower", "dam", "headquarters",
    };

    // Of those, the words no person is named: inside a name read in full they still make it a thing's ("King Salman
    // Air Base" read as one name).
    private static readonly HashSet<string> EnglishThingWords = new(StringComparer.Ordinal)
    {
        "airport", "air", "base", "naval", "causeway", "university", "mosque", "stadium", "hospital", "avenue", "highway", "boulevard", "economic",
        // "at the General Staff Headquarters" after the rank General.
        "headquarters",
    };

    /// <summary>Whether a folded Arabic word is a noun that heads a thing's name (مطار، بمطار، قصر، وسام).</summary>
    public static bool IsArabicThingHead(string key) => ArabicThingHeads.Contains(key);

    /// <summary>A person's name (tokens first..last, with any title before it) that names an airport, an order or a building.</summary>
    public static bool NamesAThing(ExtractionDocument doc, int first, int last)
    {
        var tokens = doc.Tokens.Tokens;
        var next = last + 1;
        if (next < tokens.Count && tokens[next].IsWord && char.IsUpper(doc.Text[tokens[next].Start]) && EnglishThingHeads.Contains(tokens[next].Key))
            return true;
        // "King" (King Salman's short name) in "King Khalid International Airport": the namesake's own name between.
        if (doc.Lang == "en" && first == last && TitleOpensAThingsName(doc, last)) return true;
        for (var k = first + 1; k <= last; k++)
            if (tokens[k].IsWord && char.IsUpper(doc.Text[tokens[k].Start]) && EnglishThingWords.Contains(tokens[k].Key)) return true;
        // Past a title before the name (مطار الملك خالد) to the noun that heads the phrase.
        var before = first - 1;
        while (before >= 0 && doc.TokenMention[before] is { Kind: PatternKind.Title or PatternKind.Honorific } t) before = t.FirstToken - 1;
        if (before >= 0 && ArabicThingHeads.Contains(tokens[before].Key)) return true;
        // "مطار رفيق الحريري الدولي": a family name after the given name of a thing's namesake (at most two plain words).
        // Not past a title or a form of address: "في قصر الشاطئ فخامة جوكو ويدودو" names the palace, then the guest.
        for (var k = before; before == first - 1 && k >= 0 && k >= before - 1 && doc.TokenMention[k] is null && tokens[k].IsWord; k--)
            if (k - 1 >= 0 && ArabicThingHeads.Contains(tokens[k - 1].Key)) return true;
        // "the Order of Zayed", "Medal of …"
        return before >= 1 && tokens[before].Key == "of" && tokens[before - 1].Key is "order" or "medal";
    }

    /// <summary>
    /// An English title that opens a thing's name ("King Khalid International Airport", "King Abdulaziz Sash"): up to
    /// three capitalised words (or bin/al) after it, then a thing's word. It refers to no one of the story.
    /// </summary>
    public static bool TitleOpensAThingsName(ExtractionDocument doc, int titleLast)
    {
        if (doc.Lang != "en") return false;
        var tokens = doc.Tokens.Tokens;
        var k = titleLast + 1;
        var words = 0;
        for (; k < tokens.Count && words < 4 && tokens[k].IsWord && (char.IsUpper(doc.Text[tokens[k].Start]) || tokens[k].Key is "bin" or "al"); k++, words++)
            if (words > 0 && EnglishThingHeads.Contains(tokens[k].Key)) return true;
        return false;
    }

    public static bool Contains(ExtractionDocument doc, Mention place)
    {
        var tokens = doc.Tokens.Tokens;
        var next = place.LastToken + 1;
        if (next < tokens.Count && tokens[next].IsWord && char.IsUpper(doc.Text[tokens[next].Start]) && EnglishHeads.Contains(tokens[next].Key))
            return true;
        var previous = place.FirstToken - 1;
        return previous >= 0 && ArabicHeads.Contains(tokens[previous].Key);
    }
}
