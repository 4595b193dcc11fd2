using DiplomacyGraph.Extraction.Matching;
using DiplomacyGraph.Domain.Documents;
using DiplomacyGraph.Extraction.Pipeline;

namespace DiplomacyGraph.Extraction.Components;

/// <summary>Who a pronoun in a meeting clause stands for: "he"/"she" before the verb, "him"/"her" after it, "with whom".</summary>
internal sealed partial class MeetingFinder
{
    // "… at the invitation of Cavusoglu, with whom he also held talks": "whom" is the person before the comma; the
    // subject is the one named between "whom" and the verb, or for "he"/"she" the person the sentence named first.
    private static List<DocEntity>? WithWhom(ExtractionDocument doc, Mention cue, int first)
    {
        if (doc.Lang != "en") return null;
        var tokens = doc.Tokens.Tokens;
        var whom = -1;
        for (var i = cue.FirstToken - 1; i >= first + 2 && i >= cue.FirstToken - 8; i--)
            if (tokens[i].Key == "whom" && tokens[i - 1].Key == "with" && tokens[i - 2].Key == ",") { whom = i; break; }
        if (whom < 0) return null;
        var before = doc.PersonRefsBetween(first, whom - 3).ToList();
        if (before.Count == 0) return null;
        var other = before[^1].Person;
        var subject = doc.PersonRefsBetween(whom + 1, cue.FirstToken - 1).Select(r => r.Person).FirstOrDefault()
            ?? (tokens[whom + 1].Key is "he" or "she" ? before[0].Person : null);
        return subject is null || subject == other ? null : [subject, other];
    }

    // "held talks with him", "met her": the person the sentence named first, else the one the sentence before named first;
    // never the subject itself.
    private static DocEntity? ObjectPronoun(ExtractionDocument doc, Mention cue, int withAt, int first, DocEntity subject)
    {
        var tokens = doc.Tokens.Tokens;
        var at = withAt >= 0 ? withAt + 1 : cue.LastToken + 1;
        if (at < tokens.Count && tokens[at].Key == "with") at++;
        if (doc.Lang != "en" || at >= tokens.Count || tokens[at].Key is not ("him" or "her")) return null;
        var here = doc.PersonRefsBetween(first, cue.FirstToken - 1).Select(r => r.Person).FirstOrDefault(p => p != subject);
        if (here is not null) return here;
        var s = doc.SentenceOf(first);
        if (s <= 0) return null;
        var (from, to) = doc.Sentences[s - 1];
        return doc.PersonRefsBetween(from, to).Select(r => r.Person).FirstOrDefault(p => p != subject);
    }

    // Whether a token stands inside a quotation opened in its sentence (an odd number of quote marks before it).
    private static bool Quoted(ExtractionDocument doc, int first, int token)
    {
        var marks = 0;
        for (var i = first; i < token; i++)
            if (doc.Tokens.Tokens[i].Key is "\"" or "\u201C" or "\u201D") marks++;
        return marks % 2 == 1;
    }

    // "ضيفة الجزائر", "ضيفه", "his guest": the object named as the host's guest, right after the verb.
    private static bool GuestObject(ExtractionDocument doc, Mention cue, int last)
    {
        var tokens = doc.Tokens.Tokens;
        for (var i = cue.LastToken + 1; i <= Math.Min(last, cue.LastToken + 3); i++)
        {
            var k = tokens[i].Key;
            if (k.StartsWith("ضيف", StringComparison.Ordinal) || k == "guest" && tokens[i - 1].Key is "his" or "her" or "the" or "their") return true;
            if (!tokens[i].IsWord) return false;
        }
        return false;
    }

    // The one the story has the host meet last, in a meeting of two.
    private static DocEntity? GuestOf(ExtractionDocument doc, DocEntity host)
    {
        for (var m = doc.Meetings.Count - 1; m >= 0; m--)
            if (doc.Meetings[m].Participants is [var a, var b] && (a == host.Reference || b == host.Reference))
                return doc.PersonByReference(a == host.Reference ? b : a);
        return null;
    }

    // "she later met", "he was also received by": the token of the subject pronoun before a verb, past its adverbs and,
    // with `auxiliaries`, a passive's or perfect's auxiliaries; -1 when there is none.
    private static int PronounBefore(ExtractionDocument doc, int cueStart, int first, bool auxiliaries)
    {
        var tokens = doc.Tokens.Tokens;
        var i = cueStart - 1;
        while (i >= first && (tokens[i].Key is "also" or "later" or "then" or "subsequently" or "separately" or "further"
                              || auxiliaries && tokens[i].Key is "was" or "were" or "has" or "had" or "been"))
            i--;
        return i >= first && tokens[i].Key is "he" or "she" ? i : -1;
    }

    // "his talks with …", "his recent meeting with …": "his"/"her" right before a meeting noun, past a word of time.
    private static bool PossessivePronounBefore(ExtractionDocument doc, Mention cue, int first)
    {
        var tokens = doc.Tokens.Tokens;
        var k = cue.FirstToken - 1;
        if (k > first && tokens[k].Key is "recent" or "latest" or "last" or "earlier" or "previous") k--;
        return k >= first && tokens[k].Key is "his" or "her";
    }

    // "as they met", "they later held talks": "they" right before an English verb, past its adverbs.
    private static bool TheyBefore(ExtractionDocument doc, int cueStart, int first)
    {
        var tokens = doc.Tokens.Tokens;
        var i = cueStart - 1;
        while (i >= first && tokens[i].Key is "also" or "later" or "then" or "first" or "last" or "had" or "have") i--;
        return doc.Lang == "en" && i >= first && tokens[i].Key == "they";
    }

    // "Kamikawa met with Kaneko, congratulated him … She also met Robert": "he"/"she" before the verb is the subject of
    // the sentence before, not the person named last.
    private static DocEntity? PronounSubject(ExtractionDocument doc, Mention cue, int sentence)
    {
        var (first, _) = doc.Sentences[sentence];
        if (doc.Lang != "en" || sentence == 0) return null;
        // ("He was received by his counterpart": the passive's subject is the pronoun as well.)
        var i = PronounBefore(doc, cue.FirstToken, first, auxiliaries: true);
        if (i < 0 || doc.PersonRefsBetween(first, i).Any()) return null;
        // The one who held the story's last meeting, when that sentence names them (a quote may name others first).
        var (from, to) = doc.Sentences[sentence - 1];
        var named = doc.PersonRefsBetween(from, to).Select(r => r.Person).ToList();
        var host = doc.Meetings.Count > 0 ? doc.PersonByReference(doc.Meetings[^1].Participants[0]) : null;
        return host is not null && named.Contains(host) ? host : named.FirstOrDefault();
    }

    // "The two ministers last met in New York" after a story of a minister's talks and the President's reception of
    // the guest: the story's last meeting of two whose offices the dual noun names (ministers, presidents), else its
    // last meeting if that was of two; else null.
    private static DocumentMeeting? DualPair(ExtractionDocument doc, Mention cue, int first)
    {
        var tokens = doc.Tokens.Tokens;
        // "The three presidents last met in Sochi": the story's last meeting of three.
        for (var i = Math.Max(first, cue.FirstToken - 6); i < cue.FirstToken; i++)
            if (tokens[i].Key == "three") return doc.Meetings.LastOrDefault(m => m.Participants.Count == 3);
        var pairs = doc.Meetings.Where(m => m.Participants.Count == 2).ToList();
        if (pairs.Count == 0) return null;
        string? office = null;
        for (var i = Math.Max(first, cue.FirstToken - 6); i <= Math.Min(tokens.Count - 1, cue.LastToken + 3) && office is null; i++)
            office = tokens[i].Key switch
            {
                "ministers" or "الوزيران" or "وزيرا" => "Minister",
                "presidents" or "الرئيسان" => "President",
                _ => null,
            };
        bool Holds(string person) => doc.Offices.Any(o => o.Person == person && o.Title.Contains(office!, StringComparison.Ordinal));
        return office is not null && pairs.LastOrDefault(m => m.Participants.All(Holds)) is { } titled ? titled
            : doc.Meetings[^1].Participants.Count == 2 ? doc.Meetings[^1] : null;
    }

    // "on behalf of", "نيابة عن", "بالنيابة عن" ending at token k.
    // (So is one on whose instructions someone came: "on the instructions of President Vladimir Putin", بتوجيه من.)
    private static bool OnBehalfOf(List<Text.Token> tokens, int k) =>
        k >= 0 && tokens[k].Key is "بتوجيه" or "بتوجيهات" or "بتكليف"
        || k >= 1 && (tokens[k].Key == "عن" && tokens[k - 1].Key is "نيابه" or "بالنيابه" or "ونيابه"
            || tokens[k].Key == "من" && tokens[k - 1].Key is "بتوجيه" or "بتوجيهات" or "بتكليف"
            || k >= 2 && tokens[k].Key == "of" && tokens[k - 1].Key == "behalf" && tokens[k - 2].Key == "on"
            || k >= 2 && tokens[k].Key == "of" && tokens[k - 1].Key is "instructions" or "instruction" or "orders" && tokens[k - 2].Key == "the");

    // Folded nouns of an envoy or representative.
    private static readonly HashSet<string> EnvoyNouns = new(StringComparer.Ordinal)
    {
        "المبعوث", "مبعوث", "مبعوثا", "الممثل", "ممثل", "ممثلا", "الموفد", "موفد", "موفدا", "envoy", "representative", "emissary",
    };

    // "التقى … المبعوث الخاص للرئيس الصيني شي جين بينغ، نائب رئيس … بنغ تشينغ هوا", "met the special envoy of President
    // Xi Jinping, Peng …": the one who sent the envoy is named, the envoy is the one met. So is one that someone stood in
    // for ("on behalf of").
    private static bool SendsTheEnvoy(ExtractionDocument doc, int token)
    {
        var tokens = doc.Tokens.Tokens;
        // A reference by title alone (مبعوثا خاصا لرئيس الجمهورية) is read from the title itself.
        var k = doc.TokenMention[token] is { Kind: PatternKind.Title } own && own.FirstToken == token ? own.LastToken : token - 1;
        while (true)
        {
            // "… القمة التي رأسها سموه نيابة عن خادم الحرمين الشريفين الملك سلمان", "on behalf of King Salman": the one
            // stood in for is not there.
            if (OnBehalfOf(tokens, k)) return true;
            // "الممثل الخاص لرئيس جمهورية الصين الشعبية شي جين بينغ": the title's country between it and the name.
            if (k > 0 && doc.TokenMention[k] is { Kind: PatternKind.Entity, Entity.Kind: Domain.Graph.NodeKind.Country } state && state.LastToken == k
                && doc.TokenMention[state.FirstToken - 1] is { Kind: PatternKind.Title })
                k = state.FirstToken - 1;
            if (!(k >= 0 && doc.TokenMention[k] is { Kind: PatternKind.Title or PatternKind.Demonym or PatternKind.Honorific } m && m.LastToken == k)) break;
            var opener = m.FirstToken;
            // "أمير البلاد": the title's complement.
            if (m.Kind == PatternKind.Honorific && opener >= 2 && doc.TokenMention[opener - 1] is null && tokens[opener - 1].Key.StartsWith("ال", StringComparison.Ordinal)
                && doc.TokenMention[opener - 2] is { Kind: PatternKind.Title } titled && titled.LastToken == opener - 2)
            {
                k = opener - 2;
                continue;
            }
            var governed = tokens[opener].Key.StartsWith('ل') && m.PrefixLength > 0;
            k = opener - 1;
            if (OnBehalfOf(tokens, k)) return true;
            if (k >= 0 && tokens[k].Key == "of") { governed = true; k--; }
            // "بصفته مبعوثا خاصا لرئيس الجمهورية": the indefinite accusative too.
            // "ممثل حضرة صاحب السمو أمير البلاد": the form of address before a sovereign's honorific.
            while (k >= 0 && tokens[k].Key is "الخاص" or "special" or "personal" or "الشخصي" or "خاصا" or "شخصيا" or "حضره") k--;
            // The envoy's noun without its article governs the principal after it by itself (construct: ممثل أمير البلاد).
            if (k < 0) return false;
            // (والممثل الخاص لجلالة السلطان: the envoy's noun may itself be the second item of a list of offices.)
            var noun = tokens[k].Key is ['و', _, _, ..] conjoined ? conjoined[1..] : tokens[k].Key;
            if ((governed || noun is "ممثل" or "مبعوث" or "موفد") && EnvoyNouns.Contains(noun)) return true;
        }
        return false;
    }
}
