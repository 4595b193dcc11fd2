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
}
