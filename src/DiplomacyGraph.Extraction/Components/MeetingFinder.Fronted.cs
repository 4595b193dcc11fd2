using DiplomacyGraph.Extraction.Pipeline;

namespace DiplomacyGraph.Extraction.Components;

/// <summary>A meeting noun fronted as the setting of the sentence: "In talks in Tokyo, Kishida told Khurelsukh …".</summary>
internal sealed partial class MeetingFinder
{
    private const int FrontedNounReach = 6;

    // "In talks in Tokyo, A told B that …", "During the meeting, A assured B …": the noun opens the sentence in a
    // prepositional phrase, and the main clause after its comma has A address B. Null unless both are named so.
    private static List<DocEntity>? AddressedInFrontedNoun(ExtractionDocument doc, Mention cue, int first, int last)
    {
        if (doc.Lang != "en" || cue.FirstToken - first > 3) return null;
        var tokens = doc.Tokens.Tokens;
        if (tokens[first].Key is not ("in" or "during" or "at")) return null;
        for (var i = first + 1; i < cue.FirstToken; i++)
            if (tokens[i].Key is not ("the" or "their" or "his" or "her" or "its" or "official" or "formal" or "bilateral")) return null;
        var comma = cue.LastToken + 1;
        while (comma <= last && comma - cue.LastToken <= FrontedNounReach && tokens[comma].Key != "," && !doc.PersonAt.ContainsKey(comma)) comma++;
        if (comma > last || tokens[comma].Key != ",") return null;
        var after = doc.PersonRefsBetween(comma + 1, last).ToList();
        if (after.Count < 2 || after[0].Token > comma + 1 + BareTitleWords(doc, comma + 1)) return null;
        var verb = EndOf(doc, after[0].Token) + 1;
        if (verb + 1 > last || tokens[verb].Key is not ("told" or "assured" or "asked" or "urged" or "informed" or "briefed" or "thanked" or "congratulated" or "invited")
            || after[1].Token != verb + 1 + BareTitleWords(doc, verb + 1) || after[1].Person == after[0].Person) return null;
        return [after[0].Person, after[1].Person];
    }

    // The words of a title phrase ("the Chinese President", "Prime Minister") that open a reference at a token.
    private static int BareTitleWords(ExtractionDocument doc, int at)
    {
        var k = at;
        while (k < doc.Tokens.Tokens.Count && !doc.PersonAt.ContainsKey(k) && k - at < 4
               && (doc.Tokens.Tokens[k].Key == "the" || doc.TokenMention[k] is { Kind: Matching.PatternKind.Title or Matching.PatternKind.Demonym })) k++;
        return k - at;
    }

    // Folded prepositions that front a possessed meeting noun as the sentence's setting (لدى reads لدي).
    private static readonly HashSet<string> SettingPrepositions = new(StringComparer.Ordinal) { "في", "وفي", "لدي", "ولدي", "خلال", "وخلال", "عند", "وعند" };

    // "وفي لقائه مع كوستا، وصف هان البرتغال …", "ولدى لقائه ريبيلو دي سوزا، نقل هان …": "his meeting with X" fronted as the
    // setting; "his" is the subject of the main clause after the comma, named right after its verb. Null unless so.
    private static List<DocEntity>? FrontedPossessedNoun(ExtractionDocument doc, Mention cue, int first, int last)
    {
        if (doc.Lang != "ar" || !Possessive(cue) || cue.FirstToken != first + 1 || !SettingPrepositions.Contains(doc.Tokens.Tokens[first].Key)) return null;
        var tokens = doc.Tokens.Tokens;
        var objectStart = cue.LastToken + 1 < last && tokens[cue.LastToken + 1].Key == "مع" ? cue.LastToken + 2 : cue.LastToken + 1;
        var met = doc.PersonRefsBetween(objectStart, Math.Min(last, objectStart + BareTitleWords(doc, objectStart))).FirstOrDefault();
        if (met.Person is null) return null;
        // The comma after the name (read in parts, ريبيلو دي سوزا, a few words on), with no one else before it.
        var comma = EndOf(doc, met.Token) + 1;
        while (comma <= last && comma - met.Token <= FrontedNounReach && tokens[comma].Key is not ("\u060C" or ",")
               && (!doc.PersonAt.TryGetValue(comma, out var same) || same == met.Person)) comma++;
        if (comma > last || tokens[comma].Key is not ("\u060C" or ",")) return null;
        // The verb, then its subject (past a bare title: "نقل الرئيس …").
        var verb = comma + 1;
        if (verb + 1 > last || !tokens[verb].IsWord || doc.TokenMention[verb] is not null) return null;
        var subject = doc.PersonRefsBetween(verb + 1, Math.Min(last, verb + 1 + BareTitleWords(doc, verb + 1))).FirstOrDefault();
        return subject.Person is null || subject.Person == met.Person ? null : [subject.Person, met.Person];
    }
}
