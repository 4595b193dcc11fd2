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

    // "جلسة مباحثات ثلاثية", "معهما", "trilateral", "jointly": the persons listed met together. "With them" (معهما, "conveyed to them") says
    // less than "trilateral": it does not undo a story that has said the meetings were separate.
    private static bool HeldTogether(ExtractionDocument doc, int from, int to, bool strictly = false)
    {
        for (var i = from; i <= to; i++)
            if (doc.Tokens.Tokens[i].Key is "ثلاثيه" or "ثلاثي" or "trilateral" or "jointly" or "together"
                || !strictly && doc.Tokens.Tokens[i].Key is "معهما" or "معهم" or "them") return true;
        return false;
    }

    // "met Russian President Putin and Pakistani President Zardari on the sidelines of the forum", "التقى على هامش القمة
    // A، وB، وC": leaders a verb says someone met on a gathering's margins were met one by one (a meeting held together
    // says so: trilateral, jointly).
    private static bool OnTheSidelines(ExtractionDocument doc, int from, int to)
    {
        var tokens = doc.Tokens.Tokens;
        for (var i = from; i <= to; i++)
            if (tokens[i].Key is "هامش" or "بهامش" or "sidelines" || tokens[i].Key == "margins" && i > from && tokens[i - 1].Key == "the") return true;
        return false;
    }

    // "Fuad Hussein, who met Egyptian President Al-Sisi and Prime Minister Madbouly": a visitor calls on the holders of a
    // state's different top offices one by one.
    private static bool HeadsOfOneState(ExtractionDocument doc, List<DocEntity> objects)
    {
        // Each one's office, its top office where it holds one ("Senior Minister Lee Hsien Loong" counts as a minister);
        // at least two top offices among them.
        var offices = objects.Select(o => doc.Offices.Where(f => f.Person == o.Reference).OrderBy(f => TopOffices.Contains(f.Title) ? 0 : 1).FirstOrDefault()).ToList();
        return offices.All(o => o is not null) && offices.Select(o => o!.Country).Distinct().Count() == 1 && offices.Select(o => o!.Title).Distinct().Count() == offices.Count
            && offices.Count(o => TopOffices.Contains(o!.Title)) >= 2;
    }

    private static readonly HashSet<string> TopOffices = new(StringComparer.Ordinal)
    {
        "President", "Prime Minister", "Vice President", "Speaker", "Crown Prince", "Premier",
    };

    // "King Maha Vajiralongkorn and Queen Suthida", "the President and his wife": a couple is met together.
    private static bool Couple(ExtractionDocument doc, List<(int Token, DocEntity Person)> after, int start)
    {
        if (after.Count - start != 2) return false;
        var tokens = doc.Tokens.Tokens;
        for (var i = EndOf(doc, after[start].Token) + 1; i <= after[start + 1].Token; i++)
            if (tokens[i].Key is "queen" or "الملكه" or "والملكه" or "lady" || SpouseWords.Contains(tokens[i].Key)) return true;
        return false;
    }

    // "التقى وانغ كلا على حدة A و B، وتبادل معهما …": said to be one by one, whatever "with them" says after.
    private static bool SaidSeparately(ExtractionDocument doc, int from, int to)
    {
        for (var i = from; i <= to; i++)
            if (Separately(doc.Tokens.Tokens[i].Key)) return true;
        return false;
    }

    private static bool Respectively(ExtractionDocument doc, int from, int to) => RespectivelyAt(doc, from, to) >= 0;

    // Where the first word saying "each one" stands in from..to, or -1.
    private static int RespectivelyAt(ExtractionDocument doc, int from, int to)
    {
        for (var i = from; i <= to; i++)
        {
            var key = doc.Tokens.Tokens[i].Key;
            // "كلا من A و B", "كل من": each of them.
            if (Separately(key) || key is "التوالي" or "كلا"
                || key == "كل" && i + 1 <= to && doc.Tokens.Tokens[i + 1].Key == "من") return i;
        }
        return -1;
    }

    // "held separate talks with his counterparts", "a series of talks", "في لقاءين منفصلين", "كلا على حدة"; "وتناول
    // اللقاءان …": the meetings' noun in the dual after two persons met.
    private static bool Separately(string key) =>
        key is "respectively" or "separately" or "separate" or "series" or "حده" or "اللقاءان" or "اللقاءين" or "الاجتماعان" or "الاجتماعين"
        || key.StartsWith("منفصل", StringComparison.Ordinal);

    // "Trump's third bilateral encounter at the Forum", "لقاء ثنائيا": the story's meetings are one counterpart each.
    private static bool BilateralMeeting(ExtractionDocument doc, int i)
    {
        var tokens = doc.Tokens.Tokens;
        return tokens[i].Key == "bilateral" && i + 1 < tokens.Count && tokens[i + 1].Key is "meeting" or "meetings" or "talks" or "encounter" or "encounters" or "session" or "sessions"
            || tokens[i].Key.StartsWith("ثنائي", StringComparison.Ordinal) && i > 0 && doc.IsKind(i - 1, PatternKind.MeetingCue);
    }

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
                separate |= Separately(tokens[i].Key) || BilateralMeeting(doc, i);
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
