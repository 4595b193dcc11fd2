using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Extraction.Matching;
using DiplomacyGraph.Extraction.Pipeline;

namespace DiplomacyGraph.Extraction.Components;

internal sealed partial class MeetingFinder
{
    private const int DelegationReach = 4;
    private const int DelegationQualifierReach = 3;

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
            if (k >= cue.FirstToken && k <= cue.LastToken || !IsDelegationWord(tokens[k].Key)) continue;
            if (ListedMembers(doc, k) is { Count: > 0 } listed) return listed;
            // The delegation's members listed earlier in the story, else its country's persons who met.
            for (var j = first - 1; j >= 0; j--)
                if (IsDelegationWord(tokens[j].Key) && ListedMembers(doc, j) is { Count: > 0 } earlier) return earlier;
            var demonym = k + 1 < tokens.Count && doc.TokenMention[k + 1] is { Kind: PatternKind.Demonym } after ? after
                : k > 0 && doc.TokenMention[k - 1] is { Kind: PatternKind.Demonym } before ? before : null;
            if (demonym?.Pattern?.Entry?.Iso is not { } iso) return null;
            var met = doc.Meetings.SelectMany(m => m.Participants).Distinct().Select(doc.PersonByReference).OfType<DocEntity>()
                .Where(p => p.Country == iso || doc.Offices.Any(o => o.Person == p.Reference && o.Country == iso)).ToList();
            return met.Count > 0 ? met : null;
        }
        return null;
    }

    // "held talks with a Lebanese ministerial delegation headed by A … The delegation included B, C and D",
    // "استقبل الرئيس وفد الاتحاد … وضم الوفد A وB": a delegation received as such is every member the story lists, its
    // head first. Not one a head of state or government leads: the others accompany the one who is received. Null
    // when the object (before any other person) is no delegation, or its members are not listed.
    private static List<DocEntity>? DelegationObject(ExtractionDocument doc, int from, int to, DocEntity subject)
    {
        var tokens = doc.Tokens.Tokens;
        for (var k = from; k <= to && k < tokens.Count; k++)
        {
            if (doc.PersonAt.TryGetValue(k, out var p) && p != subject) return null;
            // "استقبل الملك الوفود المشاركة، ومن بينها الوفد التركي برئاسة فيدان": receiving several delegations meets
            // their heads, not every member.
            if (tokens[k].Key is "delegations" or "الوفود" or "والوفود" or "وفود") return null;
            if (!IsDelegationWord(tokens[k].Key)) continue;
            var party = DelegationParty(doc, k);
            if (party is null || party.Contains(subject) || HeadsStateOrGovernment(doc, party[0])) return null;
            return party;
        }
        return null;
    }

    // The members of the delegation at `delegation`, from every description of it in the story: its head (headed by,
    // برئاسة) and those it included (included, وضم الوفد). Another country's delegation is another one.
    private static List<DocEntity>? DelegationParty(ExtractionDocument doc, int delegation)
    {
        var tokens = doc.Tokens.Tokens;
        var country = DelegationCountry(doc, delegation);
        var party = new List<DocEntity>();
        var own = doc.SentenceOf(delegation);
        var ownYearApart = own >= 0 && StatesAnotherYear(doc, own);
        for (var j = 0; j < tokens.Count; j++)
        {
            if (!IsDelegationWord(tokens[j].Key)) continue;
            if (DelegationCountry(doc, j) is { } other && country is not null && other != country) continue;
            // "Mekdad had received a Lebanese ministerial delegation led by Zeina Akar … in September 2021": a delegation
            // told in a sentence of another year is another visit's (either way round).
            if (doc.SentenceOf(j) is var s && s != own && s >= 0 && (ownYearApart || StatesAnotherYear(doc, s))) continue;
            var listed = ListedMembers(doc, j) ?? IncludedAfterVerb(doc, j);
            if (listed is null) continue;
            foreach (var member in listed.Concat(IncludedLater(doc, j) ?? []))
                if (!party.Contains(member)) party.Add(member);
        }
        return party.Count > 0 ? party : null;
    }

    // "وضم الوفد A وB وC": the verb of including before the delegation, its members after it (and its qualifiers).
    private static List<DocEntity>? IncludedAfterVerb(ExtractionDocument doc, int delegation)
    {
        var tokens = doc.Tokens.Tokens;
        if (delegation == 0 || tokens[delegation - 1].Key is not ("ضم" or "وضم" or "يضم" or "ويضم")) return null;
        return MembersFrom(doc, delegation + 1);
    }

    // "The delegation was headed by A, …, and included B, C and D", "… وضم الوفد …": the members a second predicate of
    // the same sentence lists.
    private static List<DocEntity>? IncludedLater(ExtractionDocument doc, int delegation)
    {
        var tokens = doc.Tokens.Tokens;
        var s = doc.SentenceOf(delegation);
        if (s < 0) return null;
        for (var k = delegation + DelegationReach + 1; k < doc.Sentences[s].LastToken; k++)
            if (tokens[k].Key is "included" or "includes" && tokens[k - 1].Key == "and" || tokens[k].Key is "وضم" or "ويضم")
                return MembersFrom(doc, k + 1);
        return null;
    }

    // The delegation's country: a demonym or country named next to it ("a Lebanese ministerial delegation", وفد وزاري
    // لبناني), or null.
    private static string? DelegationCountry(ExtractionDocument doc, int delegation)
    {
        var tokens = doc.Tokens.Tokens;
        var (from, to) = doc.Lang == "ar" ? (delegation + 1, delegation + DelegationQualifierReach) : (delegation - DelegationQualifierReach, delegation - 1);
        for (var k = Math.Max(0, from); k <= to && k < tokens.Count; k++)
            if (doc.TokenMention[k] is { Kind: PatternKind.Demonym or PatternKind.Entity, Entity: { Kind: NodeKind.Country, Iso: { } iso } }) return iso;
        return null;
    }

    private static bool StatesAnotherYear(ExtractionDocument doc, int sentence)
    {
        if (doc.Date is not { } date) return false;
        var tokens = doc.Tokens.Tokens;
        var (first, last) = doc.Sentences[sentence];
        for (var k = first; k <= last; k++)
            if (YearIn(tokens[k].Key) is { } year && year != date.Year) return true;
        return false;
    }

    private static bool IsDelegationWord(string key) => key is "delegation" or "الوفد" or "والوفد" or "وفد" or "وفدا" or "ووفد";

    private static bool HeadsStateOrGovernment(ExtractionDocument doc, DocEntity person) =>
        doc.Offices.Any(o => o.Person == person.Reference && o.Title is "President" or "Prime Minister" or "Premier" or "King" or "Emir" or "Sultan" or "Crown Prince");

    // "delegation composed of A and B", "delegation led by A", "وفد برئاسة A", "وفد يضم A وB", "the delegation, which
    // included A": the persons listed.
    private static List<DocEntity>? ListedMembers(ExtractionDocument doc, int delegation)
    {
        var tokens = doc.Tokens.Tokens;
        for (var k = delegation + 1; k < tokens.Count && k <= delegation + DelegationReach; k++)
        {
            if (tokens[k].Key is not ("composed" or "comprising" or "consisting" or "including" or "included" or "comprised" or "led" or "headed"
                or "برئاسه" or "يضم" or "ضم" or "يتكون" or "يراسه")) continue;
            return MembersFrom(doc, k + 1);
        }
        return null;
    }

    // The persons listed from `from` to the end of its sentence, up to any attendance ("بحضور …") or the next meeting
    // ("…، واستقبله أولا وزير الخارجية"): the first and those coordinated with it.
    private static List<DocEntity>? MembersFrom(ExtractionDocument doc, int from)
    {
        var s = doc.SentenceOf(Math.Min(from, doc.Tokens.Tokens.Count - 1));
        if (s < 0) return null;
        var last = Math.Min(doc.Sentences[s].LastToken, AttendanceFrom(doc, from, doc.Sentences[s].LastToken) - 1);
        for (var k = from; k <= last; k++)
            if (doc.TokenMention[k] is { Kind: PatternKind.MeetingCue }) last = k - 1;
        var listed = doc.PersonRefsBetween(from, last).ToList();
        return listed.Count == 0 ? null : [listed[0].Person, .. Coordinated(doc, listed, 0, listed[0].Person)];
    }
}
