using DiplomacyGraph.Extraction.Matching;
using DiplomacyGraph.Extraction.Pipeline;

namespace DiplomacyGraph.Extraction.Components;

/// <summary>
/// One meeting or one each: "met A and B" is one meeting unless the sentence or the story says they were met one by one
/// (respectively, separately, كلاً من, على حدة, bilateral), and unless it says they met together (trilateral, jointly).
/// </summary>
internal sealed partial class MeetingFinder
{
    // "held bilateral talks with A, B and C", "اجتماعات ثنائية": one meeting with each.
    private static bool Bilateral(ExtractionDocument doc, Mention cue)
    {
        var tokens = doc.Tokens.Tokens;
        for (var i = Math.Max(0, cue.FirstToken - 1); i <= Math.Min(tokens.Count - 1, cue.LastToken + 1); i++)
            if (tokens[i].Key is "bilateral" || tokens[i].Key.StartsWith("ثنائي", StringComparison.Ordinal)) return true;
        return false;
    }

    // "جلسة مباحثات ثلاثية", "معهما", "trilateral", "jointly": the persons listed met together. "With them" (معهما) says
    // less than "trilateral": it does not undo a story that has said the meetings were separate.
    private static bool HeldTogether(ExtractionDocument doc, int from, int to, bool strictly = false)
    {
        for (var i = from; i <= to; i++)
            if (doc.Tokens.Tokens[i].Key is "ثلاثيه" or "ثلاثي" or "trilateral" or "jointly" or "together"
                || !strictly && doc.Tokens.Tokens[i].Key is "معهما" or "معهم") return true;
        return false;
    }

    private static bool Respectively(ExtractionDocument doc, int from, int to)
    {
        for (var i = from; i <= to; i++)
        {
            var key = doc.Tokens.Tokens[i].Key;
            // "كلا من A و B", "كل من": each of them.
            if (Separately(key) || key is "التوالي" or "كلا"
                || key == "كل" && i + 1 <= to && doc.Tokens.Tokens[i + 1].Key == "من") return true;
        }
        return false;
    }

    // "held separate talks with his counterparts", "a series of talks", "في لقاءين منفصلين", "كلا على حدة".
    private static bool Separately(string key) =>
        key is "respectively" or "separately" or "separate" or "series" or "حده" || key.StartsWith("منفصل", StringComparison.Ordinal);

    // What one document's meetings share, read when first needed and once.
    private sealed class StoryFacts
    {
        private int? _firstSeparate;

        public int FirstSeparateSentence(ExtractionDocument doc) => _firstSeparate ??= FindFirstSeparateSentence(doc);
    }

    // "Cho held separate talks with his counterparts … Cho met A and B on Monday": once the story has said its meetings
    // were held one by one, a later list of those met is that set of meetings. The first sentence that says so, or
    // int.MaxValue.
    private static int FindFirstSeparateSentence(ExtractionDocument doc)
    {
        var tokens = doc.Tokens.Tokens;
        for (var s = 0; s < doc.Sentences.Count; s++)
        {
            var (from, to) = doc.Sentences[s];
            var cue = false;
            var separate = false;
            for (var i = from; i <= to; i++)
            {
                cue |= doc.IsKind(i, PatternKind.MeetingCue);
                separate |= Separately(tokens[i].Key);
            }
            if (cue && separate) return s;
        }
        return int.MaxValue;
    }

    // "وكان الصفدي قد التقى في لوبليانا، خلال زيارته، رئيسة الجمهورية … ورئيس الوزراء …", "During the visit, he also met
    // the President and the Prime Minister": those a visitor met during a visit he called on one by one.
    private static bool DuringTheVisit(ExtractionDocument doc, int first, int last)
    {
        var tokens = doc.Tokens.Tokens;
        for (var i = first; i < last; i++)
            if (tokens[i].Key is "خلال" or "اثناء" && tokens[i + 1].Key.StartsWith("زيارت", StringComparison.Ordinal)
                || tokens[i].Key == "during" && i + 2 <= last && tokens[i + 1].Key is "his" or "her" or "the" && tokens[i + 2].Key == "visit")
                return true;
        return false;
    }
}
