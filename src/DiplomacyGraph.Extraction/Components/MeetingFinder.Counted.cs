using DiplomacyGraph.Extraction.Pipeline;

namespace DiplomacyGraph.Extraction.Components;

/// <summary>Subjects that count the persons they stand for: "the three ministers", "الوزراء الثلاثة", "الوزيران".</summary>
internal sealed partial class MeetingFinder
{
    // "The two ministers", "the two leaders", "the three presidents", "الزعيمان", "الجانبان": a subject that stands for the
    // pair (or English trio) named before.
    private static bool DualSubject(ExtractionDocument doc, Mention cue, int first, int last, int reach = 6) =>
        SubjectCount(doc, cue, first, last, reach) is { } n && (n == 2 || n == 3 && doc.Lang == "en");

    // The persons a counted subject before the cue stands for: all of the story's last meeting when it has that many,
    // or all but its host (the guests it received) when it has one more; else null.
    private static List<DocEntity>? CountedGroup(ExtractionDocument doc, Mention cue, int first, int last)
    {
        if (doc.Meetings.Count == 0 || SubjectCount(doc, cue, first, last) is not { } count) return null;
        var persons = PersonsOf(doc, doc.Meetings[^1]);
        if (persons.Count == count) return persons;
        return persons.Count == count + 1 ? persons.Skip(1).ToList() : null;
    }

    // "the two/three/four ministers" within `reach` tokens before an English cue; "الوزراء الثلاثة" or a nominative dual (الوزيران) by an
    // Arabic one.
    private static int? SubjectCount(ExtractionDocument doc, Mention cue, int first, int last, int reach = 6)
    {
        var tokens = doc.Tokens.Tokens;
        if (doc.Lang == "en")
        {
            for (var i = Math.Max(first + 1, cue.FirstToken - reach); i + 1 < cue.FirstToken; i++)
                if (tokens[i - 1].Key == "the" && DualNounsEn.Contains(tokens[i + 1].Key) && CountsEn.TryGetValue(tokens[i].Key, out var n)) return n;
            return null;
        }
        for (var i = Math.Max(first, cue.FirstToken - 3); i <= Math.Min(last, cue.LastToken + 3); i++)
        {
            var key = tokens[i].Key.StartsWith('و') && tokens[i].Key.Length > 3 ? tokens[i].Key[1..] : tokens[i].Key;
            if (DualNounsAr.Contains(key) || DualNounsAr.Contains(tokens[i].Key)) return 2;
            if (i > first && PluralNounsAr.Contains(tokens[i - 1].Key.TrimStart('و')) && CountsAr.TryGetValue(key, out var n)) return n;
        }
        return null;
    }

    // "محادثات أجراها", "لقاء عقده": an Arabic noun without the article and a verb right after it that carries the
    // noun as its object pronoun: a relative clause about the noun (the indefinite takes no التي).
    private static bool IndefiniteClauseAfter(ExtractionDocument doc, Mention cue)
    {
        if (doc.Lang != "ar" || cue.PrefixLength > 0 || cue.FirstToken != cue.LastToken) return false;
        var tokens = doc.Tokens.Tokens;
        var noun = tokens[cue.LastToken].Key;
        var verb = tokens[cue.LastToken + 1].Key;
        return !noun.StartsWith("ال", StringComparison.Ordinal) && verb.Length >= 4 && doc.TokenMention[cue.LastToken + 1] is null
            && (verb.EndsWith("ها", StringComparison.Ordinal) || verb.EndsWith('ه')) && verb[0] is 'ا' or 'ع' or 'ت' or 'ج';
    }

    // The pair a counted subject with no one named beside it stands for: the story's last meeting of that kind
    // (DualPair), else the two persons last named.
    private static List<DocEntity> CountedPair(ExtractionDocument doc, Mention cue, int first, int sentence) =>
        DualPair(doc, cue, first) is { } dual ? PersonsOf(doc, dual) : LastPersons(doc, sentence, 2);

    // "held talks", "held one-on-one talks", "had wide-ranging talks": the English noun is the object of "hold"/"have",
    // at most two modifiers before it.
    private static bool HeldBefore(ExtractionDocument doc, Mention cue, int first)
    {
        var tokens = doc.Tokens.Tokens;
        for (var i = cue.FirstToken - 1; i >= first && i >= cue.FirstToken - 8; i--)
        {
            if (tokens[i].Key is "held" or "hold" or "holds" or "had" or "have") return true;
            if (doc.TokenMention[i] is not null || tokens[i].Key is "," or "." or "the" or "their" or "of") return false;
        }
        return false;
    }

    private static readonly Dictionary<string, int> CountsEn = new(StringComparer.Ordinal) { ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5 };

    // Folded keys (ة → ه, أ → ا).
    private static readonly Dictionary<string, int> CountsAr = new(StringComparer.Ordinal)
    {
        ["الثلاثه"] = 3,
        ["الثلاث"] = 3,
        ["الاربعه"] = 4,
        ["الاربع"] = 4,
        ["الخمسه"] = 5,
        ["الخمس"] = 5,
    };

    private static readonly HashSet<string> PluralNounsAr = new(StringComparer.Ordinal)
    {
        "الوزراء", "الرؤساء", "القاده", "الزعماء", "المسؤولين", "المسؤولون",
    };

    // Verbs whose object is the one met (received, hosted, welcomed, استقبل): without a person after them they tell no meeting.
    private static bool NeedsObject(Mention cue) => cue.Pattern?.Cue?.Value == "verb" && cue.Pattern.Form is { } form
        && (form.StartsWith("receiv", StringComparison.Ordinal) || form.StartsWith("host", StringComparison.Ordinal) || form.StartsWith("welcom", StringComparison.Ordinal)
            || form.StartsWith("greet", StringComparison.Ordinal) || form.StartsWith("decorat", StringComparison.Ordinal) || form.Contains("call on", StringComparison.Ordinal)
            || form.Contains("استقبل", StringComparison.Ordinal) || form.Contains("استضاف", StringComparison.Ordinal) || form == "قلد");
}
