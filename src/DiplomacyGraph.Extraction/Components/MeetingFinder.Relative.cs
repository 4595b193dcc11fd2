using DiplomacyGraph.Extraction.Pipeline;

namespace DiplomacyGraph.Extraction.Components;

/// <summary>Meetings told in a relative clause about the person just named.</summary>
internal sealed partial class MeetingFinder
{
    private const int RelativeReach = 8;

    // "… الدكتور فيصل المقداد وزير الخارجية، الذي عقد معه في وقت لاحق جلسة مباحثات", "نظيرها الجزائري … أيمن بن
    // عبد الرحمان، الذي أجرى معها محادثات": the person before الذي/التي met the one the pronoun of معه/معها stands for,
    // the other person last named before them.
    private static List<DocEntity>? RelativeClause(ExtractionDocument doc, Mention cue, int sentence)
    {
        if (doc.Lang != "ar") return null;
        var tokens = doc.Tokens.Tokens;
        var (first, _) = doc.Sentences[sentence];
        var with = -1;
        for (var k = cue.FirstToken - 1; k >= first && k >= cue.FirstToken - RelativeReach && with < 0; k--)
            if (tokens[k].Key is "معه" or "معها") with = k;
        if (with < 0) return null;
        var relative = -1;
        for (var k = with - 1; k >= first && k >= with - 2 && relative < 0; k--)
            if (tokens[k].Key is "الذي" or "التي" or "والذي" or "والتي") relative = k;
        if (relative < 0) return null;
        var named = doc.PersonRefsBetween(first, relative - 1).ToList();
        if (named.Count == 0 || relative - EndOf(doc, named[^1].Token) > 2) return null;
        var antecedent = named[^1].Person;
        // The pronoun's person: named earlier in this sentence, else last named before it.
        DocEntity? other = null;
        for (var k = named.Count - 2; k >= 0 && other is null; k--)
            if (named[k].Person != antecedent) other = named[k].Person;
        other ??= LastPersons(doc, sentence, 2).LastOrDefault(p => p != antecedent);
        return other is null ? null : [antecedent, other];
    }

    // The last token of an English "who (had) met on Monday at …," clause when no person is named before its comma, else `to`.
    private static int IntransitiveRelativeEnd(ExtractionDocument doc, Mention cue, int from, int to)
    {
        if (doc.Lang != "en") return to;
        var tokens = doc.Tokens.Tokens;
        var k = cue.FirstToken - 1;
        while (k >= 0 && tokens[k].Key is "had" or "has" or "have" or "also" or "already" or "last" or "first" or "previously" or "earlier") k--;
        if (k < 0 || tokens[k].Key != "who") return to;
        for (var i = from; i <= to; i++)
        {
            if (doc.PersonAt.ContainsKey(i)) return to;
            if (tokens[i].Key == ",") return i - 1;
        }
        return to;
    }

    // The comma that opens ", who …," when that clause closes right before the cue; else -1.
    private static int RelativeClauseBeforeCue(ExtractionDocument doc, int first, Mention cue)
    {
        var tokens = doc.Tokens.Tokens;
        // Past the verb of a noun cue and an adverb ("…, later held official talks with").
        var close = cue.FirstToken - 1;
        while (close > first && close >= cue.FirstToken - 4 && tokens[close].IsWord && char.IsLower(doc.Text[tokens[close].Start])) close--;
        if (close <= first || tokens[close].Key != ",") return -1;
        for (var i = close - 1; i > first; i--)
        {
            // ("Erdogan flew in from Saudi Arabia, where he had attended the funeral of King Abdullah, and was greeted by …":
            // a clause about a place names others too.)
            if (tokens[i].Key is not ("who" or "whose" or "where")) continue;
            return tokens[i - 1].Key == "," ? i - 1 : -1;
        }
        return -1;
    }
}
