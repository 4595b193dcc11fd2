using DiplomacyGraph.Extraction.Pipeline;

namespace DiplomacyGraph.Extraction.Components;

/// <summary>
/// A city's name inside a landmark's name (Hyderabad House, the Suez Canal, قناة السويس، جامعة القاهرة) names the
/// landmark, not the city: it is neither a place of the story nor a meeting's venue.
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
    };

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
