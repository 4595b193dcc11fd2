using DiplomacyGraph.Extraction.Matching;
using DiplomacyGraph.Extraction.Pipeline;

namespace DiplomacyGraph.Extraction.Components;

internal sealed partial class MeetingFinder
{
    private const int DelegationReach = 4;

    // "The delegation also met A and B", "وكان الوفد الإريتري قد التقى …": a delegation as the subject stands for its
    // members, as the story listed them ("a delegation composed of A and B", "وفد برئاسة A"), else for the persons of
    // its country (الوفد الإريتري) who have met in the story so far. Null when the clause has no delegation subject.
    private static List<DocEntity>? DelegationSubject(ExtractionDocument doc, Mention cue, int first)
    {
        var tokens = doc.Tokens.Tokens;
        // English: before the verb; Arabic: before it (وكان الوفد … قد التقى) or right after it (والتقى الوفد).
        var to = doc.Lang == "ar" ? Math.Min(tokens.Count - 1, cue.LastToken + 1) : cue.FirstToken - 1;
        for (var k = first; k <= to; k++)
        {
            if (k >= cue.FirstToken && k <= cue.LastToken || tokens[k].Key is not ("delegation" or "الوفد" or "والوفد" or "وفد")) continue;
            if (ListedMembers(doc, k) is { Count: > 0 } listed) return listed;
            // The delegation's members listed earlier in the story, else its country's persons who met.
            for (var j = first - 1; j >= 0; j--)
                if (tokens[j].Key is "delegation" or "الوفد" or "وفد" && ListedMembers(doc, j) is { Count: > 0 } earlier) return earlier;
            var demonym = k + 1 < tokens.Count && doc.TokenMention[k + 1] is { Kind: PatternKind.Demonym } after ? after
                : k > 0 && doc.TokenMention[k - 1] is { Kind: PatternKind.Demonym } before ? before : null;
            if (demonym?.Pattern?.Entry?.Iso is not { } iso) return null;
            var met = doc.Meetings.SelectMany(m => m.Participants).Distinct().Select(doc.PersonByReference).OfType<DocEntity>()
                .Where(p => p.Country == iso || doc.Offices.Any(o => o.Person == p.Reference && o.Country == iso)).ToList();
            return met.Count > 0 ? met : null;
        }
        return null;
    }

    // "delegation composed of A and B", "delegation led by A", "وفد برئاسة A", "وفد يضم A وB": the persons listed.
    private static List<DocEntity>? ListedMembers(ExtractionDocument doc, int delegation)
    {
        var tokens = doc.Tokens.Tokens;
        for (var k = delegation + 1; k < tokens.Count && k <= delegation + DelegationReach; k++)
        {
            if (tokens[k].Key is not ("composed" or "comprising" or "consisting" or "including" or "led" or "headed" or "برئاسه" or "يضم" or "ضم" or "يتكون" or "يراسه")) continue;
            var s = doc.SentenceOf(k);
            if (s < 0) return null;
            var listed = doc.PersonRefsBetween(k + 1, doc.Sentences[s].LastToken).ToList();
            return listed.Count == 0 ? null : [listed[0].Person, .. Coordinated(doc, listed, 0, listed[0].Person)];
        }
        return null;
    }
}
