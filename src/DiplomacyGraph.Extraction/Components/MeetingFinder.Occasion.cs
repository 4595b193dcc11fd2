using DiplomacyGraph.Extraction.Matching;
using DiplomacyGraph.Extraction.Pipeline;

namespace DiplomacyGraph.Extraction.Components;

/// <summary>Whether a reported meeting happened: no phone call, video link or future plan.</summary>
internal sealed partial class MeetingFinder
{
    // A story about a phone call often heads it "holds talks"; without a stated place, talks next to a phone call
    // are that call. The sentence of the first such call from this one on, or -1.
    private static int PhoneCallNear(ExtractionDocument doc, int sentence)
    {
        var tokens = doc.Tokens.Tokens;
        var to = Math.Min(doc.Sentences.Count - 1, sentence + PhoneCallReach);
        for (var i = doc.Sentences[sentence].FirstToken; i <= doc.Sentences[to].LastToken; i++)
            if (doc.IsKind(i, PatternKind.MeetingBlocker) && (tokens[i].Key is "telephone" or "phone" || tokens[i].Key.StartsWith("هاتف", StringComparison.Ordinal))
                && !EarlierCall(doc, i))
                return doc.SentenceOf(i);
        return -1;
    }

    // "التقى … اليوم وزير خارجية المملكة المتحدة … من جهة أخرى، تلقى سمو وزير الخارجية اتصالاً هاتفياً من وزير خارجية
    // إيران …": a call the story tells with someone the talks do not name is another conversation, not these talks.
    // (In its own sentence only: a call told with the talks, or one naming no one, is the talks.)
    private static bool CallWithOthers(ExtractionDocument doc, int callSentence, List<DocEntity> group)
    {
        var (first, last) = doc.Sentences[callSentence];
        var named = doc.PersonRefsBetween(first, last).Select(r => r.Person).OfType<DocEntity>().ToHashSet();
        return named.Any(p => !group.Contains(p)) && !group.All(named.Contains);
    }

    // Titles of those who lead a state or a government, and of those who serve one.
    private static readonly HashSet<string> LeadersTitles = new(StringComparer.Ordinal)
    {
        "President", "King", "Emir", "Sultan", "Crown Prince", "Prime Minister", "Premier", "Chancellor",
    };

    private static readonly HashSet<string> AidesTitles = new(StringComparer.Ordinal)
    {
        "Foreign Minister", "Minister", "Ambassador", "Deputy Prime Minister", "Vice Premier",
    };

    // "was welcomed at the airport by Foreign Secretary Boris Johnson", "was received at the forecourt of the State House
    // by the Minister of Foreign Affairs", "وكان وزير الصناعة قد استقبل ميلوني لدى وصولها
    // إلى مطار الرئاسة": a minister or an ambassador who meets a visiting head of state or government at the airport
    // welcomes the guest for the host; the talks are with the host.
    // "arrived in Dar es Salaam on Monday … and was welcomed with military honours by Foreign Minister January Makamba":
    // a welcome on arrival, wherever the story puts it.
    private static bool AirportWelcomeByAide(ExtractionDocument doc, Mention cue, int first, int last, List<DocEntity> pair)
    {
        if (pair.Count < 2) return false;
        var tokens = doc.Tokens.Tokens;
        var airport = false;
        var governor = false;
        var welcomed = tokens[cue.FirstToken].Key is "welcomed" or "greeted";
        for (var i = first; i <= last; i++)
        {
            var k = tokens[i].Key;
            var previous = i > 0 ? tokens[i - 1].Key : string.Empty;
            airport |= k is "airport" or "forecourt" || k == "base" && previous == "air" || k.Contains("مطار", StringComparison.Ordinal)
                || welcomed && k is "arrived" or "arrival" or "arriving";
            // "by Prince Turki bin Abdullah, Governor of Riyadh Region", "أمير منطقة الرياض", "محافظ …": a governor or a
            // mayor welcomes for the host as a minister does.
            governor |= k is "governor" or "mayor" or "محافظ" or "عمده" || k == "منطقه" && previous == "امير";
        }
        if (!airport) return false;
        // "was received at the airport by Foreign Minister …, Transport Minister … and Ambassador …": a leader met on
        // arrival by several aides at once.
        if (pair.Count > 2)
        {
            var leaders = 0;
            foreach (var p in pair)
            {
                var rank = Rank(doc, p);
                if (rank == OfficeRank.None) return false;
                if (rank == OfficeRank.Leader) leaders++;
            }
            return leaders == 1;
        }
        var (a, b) = (Rank(doc, pair[0]), Rank(doc, pair[1]));
        if (governor && (a, b) is (OfficeRank.None, OfficeRank.Leader) or (OfficeRank.Leader, OfficeRank.None)) return true;
        return a == OfficeRank.Aide && b == OfficeRank.Leader || a == OfficeRank.Leader && b == OfficeRank.Aide;
    }

    private enum OfficeRank { None, Aide, Leader }

    private static OfficeRank Rank(ExtractionDocument doc, DocEntity person)
    {
        var rank = OfficeRank.None;
        foreach (var office in doc.Offices)
        {
            if (office.Person != person.Reference) continue;
            if (LeadersTitles.Contains(office.Title)) return OfficeRank.Leader;
            if (AidesTitles.Contains(office.Title)) rank = OfficeRank.Aide;
        }
        return rank;
    }

    // "… was held via video link. The meeting was co-chaired by …", "عبر تقنية الاتصال المرئي": the sentences that say a
    // meeting was held online; a meeting there or in the sentence after brought no one together.
    private static bool[] OnlineSentences(ExtractionDocument doc)
    {
        var tokens = doc.Tokens.Tokens;
        var online = new bool[doc.Sentences.Count];
        // Most stories say nothing of it: one pass over the raw text first.
        var text = doc.Text.AsSpan();
        if (!(text.Contains("video", StringComparison.OrdinalIgnoreCase) || text.Contains("virtual", StringComparison.OrdinalIgnoreCase)
              || text.Contains("online", StringComparison.OrdinalIgnoreCase) || text.Contains("افتراضي", StringComparison.Ordinal) || text.Contains("المرئي", StringComparison.Ordinal)
              || text.Contains("فيديو", StringComparison.Ordinal)))
            return online;
        for (var s = 0; s < doc.Sentences.Count; s++)
        {
            var (first, last) = doc.Sentences[s];
            for (var i = first; i <= last && !online[s]; i++)
            {
                var k = tokens[i].Key;
                online[s] = (k is "video" or "virtual" or "virtually" or "videoconference" or "online" or "افتراضيا" or "الافتراضي" or "الافتراضيه"
                    || k is "المرئي" && i > 0 && tokens[i - 1].Key is "الاتصال" or "والاتصال"
                    // "عبر رابط فيديو", "عبر تقنية الفيديو"
                    || k.EndsWith("فيديو", StringComparison.Ordinal)) && !OpensSomething(doc, i) && !EarlierCall(doc, i) && !JoinedOnlineApart(doc, first, i);
            }
            if (online[s] && InPerson(doc, first, last)) online[s] = false;
        }
        return online;
    }

    // "Trump met al-Sharaa in Riyadh, while Erdogan took part in the talks by video link": a clause of its own, with
    // its own person, after a meeting told in person says who joined from afar.
    private static bool JoinedOnlineApart(ExtractionDocument doc, int first, int online)
    {
        var tokens = doc.Tokens.Tokens;
        for (var k = online - 1; k > first; k--)
        {
            if (tokens[k].Key is not ("while" or "whereas" or "بينما" or "فيما")) continue;
            if (!doc.PersonRefsBetween(k + 1, online - 1).Any()) return false;
            for (var c = first; c < k; c++)
                if (doc.TokenMention[c] is { Kind: PatternKind.MeetingCue, Pattern.Cue.Value: "verb" }) return true;
            return false;
        }
        return false;
    }

    // "attended the opening ceremony of the port via video link": what was opened online, not the meeting.
    private static bool OpensSomething(ExtractionDocument doc, int online)
    {
        var tokens = doc.Tokens.Tokens;
        for (var i = online - 1; i >= 0 && i >= online - 8; i--)
            if (tokens[i].Key is "open" or "opening" or "opened" or "inaugurate" or "inaugurated" or "inauguration" or "launch" or "launched" or "ceremony"
                || tokens[i].Key.Contains("افتتاح", StringComparison.Ordinal) || tokens[i].Key.Contains("تدشين", StringComparison.Ordinal)) return true;
        return false;
    }

    // "soon after their telephone conversation", "بعد اتصالهما الهاتفي": a call that came before the story's meeting.
    private static bool EarlierCall(ExtractionDocument doc, int phone)
    {
        var tokens = doc.Tokens.Tokens;
        // "after a series of phone calls and video conferences": a few words of the same noun phrase may stand between.
        for (var i = phone - 1; i >= 0 && i >= phone - EarlierCallReach && tokens[i].Key is not ("," or "\u060C" or "."); i--)
            if (tokens[i].Key is "after" or "following" or "their" or "previous" or "earlier" or "بعد" or "عقب" or "اثر" or "سلسله") return true;
        return false;
    }

    private const int EarlierCallReach = 6;

    // "العلاقات … التي تحظى برعاية جلالة الملك عبدالله الثاني وأخيه فخامة الرئيس عبدالفتاح السيسي", "under the patronage of":
    // whoever a sentence names only as the patron of something (relations, a forum) is not said to have met there.
    private static bool OnlyAsPatron(ExtractionDocument doc, DocEntity person, int first, int last)
    {
        var tokens = doc.Tokens.Tokens;
        var named = false;
        foreach (var (token, p) in doc.PersonRefsBetween(first, last))
        {
            if (p != person) continue;
            named = true;
            var patron = false;
            // Back past the names, titles and honorifics of the patrons listed ("وأخيه": and his brother).
            for (var k = (doc.TokenMention[token]?.FirstToken ?? token) - 1; k >= first && k >= token - PatronReach && !patron; k--)
            {
                var key = tokens[k].Key;
                // ("في ظل الرعاية السامية لصاحب الجلالة …": under the high patronage of.)
                if (key is "برعايه" or "رعايه" or "وبرعايه" or "الرعايه" or "بالرعايه" or "patronage" or "auspices") patron = true;
                else if (!(doc.TokenMention[k] is { Kind: PatternKind.Title or PatternKind.Honorific or PatternKind.Demonym or PatternKind.Entity } || key is "و" or "and" or "of" or "the" or "واخيه" or "اخيه" or "وشقيقه" or "الساميه" or "الكريمه")) break;
            }
            if (!patron) return false;
        }
        return named;
    }

    private const int PatronReach = 14;

    // "their first face-to-face meeting", "in person", "وجها لوجه": said to have met in person.
    private static bool InPerson(ExtractionDocument doc, int first, int last)
    {
        var tokens = doc.Tokens.Tokens;
        for (var i = first; i < last; i++)
            if (tokens[i].Key == "face" && i + 4 <= last && tokens[i + 2].Key == "to" && tokens[i + 4].Key == "face"
                || tokens[i].Key is "in" && (tokens[i + 1].Key is "person" || tokens[i + 1].Key is "-" && i + 2 <= last && tokens[i + 2].Key is "person")
                || tokens[i].Key is "in-person" || tokens[i].Key is "وجها" && tokens[i + 1].Key is "لوجه")
                return true;
        return false;
    }

    // Whether the cue's noun follows "during" or "at" (during the talks, at their meeting).
    private static bool AfterDuring(ExtractionDocument doc, Mention cue, int first)
    {
        var k = cue.FirstToken - 1;
        if (k > first && doc.Tokens.Tokens[k].Key is "the" or "their") k--;
        return k >= first && doc.Tokens.Tokens[k].Key is "during" or "at";
    }

    // The main clause after "During the talks with …," speaks of what is expected or will be (the sides are expected to,
    // will discuss).
    private static bool PlanAfterDuring(ExtractionDocument doc, Mention cue, int last)
    {
        var tokens = doc.Tokens.Tokens;
        var comma = false;
        for (var i = cue.LastToken + 1; i <= last; i++)
        {
            var k = tokens[i].Key;
            if (k is "," && !comma) { comma = true; continue; }
            if (!comma) continue;
            if (k is "will" or "shall" || k is "expected" or "scheduled" or "set" && i + 1 <= last && tokens[i + 1].Key == "to") return true;
            if (k is "." or ";") return false;
        }
        return false;
    }

    // A cue in the present tense: its verb (يلتقي، وتلتقي), or the verb right before its noun (تجري مباحثات، يعقد جلسة …).
    private static bool PresentTenseCue(ExtractionDocument doc, Mention cue)
    {
        var tokens = doc.Tokens.Tokens;
        if (tokens[cue.FirstToken].Key is ['ي', ..] or ['و', 'ي', ..] or ['ت', ..] or ['و', 'ت', ..]) return true;
        return cue.FirstToken > 0 && tokens[cue.FirstToken - 1].Key is "يجري" or "ويجري" or "تجري" or "وتجري" or "يعقد" or "ويعقد" or "تعقد" or "وتعقد";
    }

    // Whether a verb or participle of leaving or heading for a place (يغادر، يتوجه، متوجها), or tomorrow, stands before the cue.
    private static bool JourneyAheadBefore(ExtractionDocument doc, int first, int cue)
    {
        for (var i = first; i < cue; i++)
            if (JourneyAheadWords.Contains(doc.Tokens.Tokens[i].Key)) return true;
        return false;
    }

    private static readonly HashSet<string> JourneyAheadWords = new(StringComparer.Ordinal)
    {
        "يغادر", "ويغادر", "يتوجه", "ويتوجه", "متوجها", "متوجهه", "متوجهين", "متوجهان",
        // "سيتوجه غدا الخميس إلى الرياض، حيث يلتقي …", "ويختتم جولته في طشقند، حيث يلتقي …": a leg still ahead.
        "سيتوجه", "وسيتوجه", "سيغادر", "وسيغادر", "يختتم", "ويختتم", "سيختتم", "وسيختتم", "سينتقل", "وسينتقل",
        // (Of a woman: "قبل أن تتوجه إلى الدوحة ثم المنامة، حيث تجري مباحثات …".)
        "تتوجه", "وتتوجه", "ستتوجه", "وستتوجه", "تغادر", "وتغادر", "ستغادر", "تختتم", "وتختتم",
        // "ويجري … غدا مباحثات": tomorrow.
        "غدا",
    };

    private static bool Blocked(ExtractionDocument doc, Mention cue, int first, int last)
    {
        // "He will then travel to Argentina for talks with President Milei", "Embalo is expected to travel to Kyiv for a
        // meeting with …", "The program of the visit also includes meetings with …": a future verb or a plan earlier in
        // the same clause.
        if (doc.Lang == "en")
        {
            var tokens = doc.Tokens.Tokens;
            // "Putin will meet A and B, followed by talks with C": the noun after "followed by" shares the clause before it.
            var followed = cue.FirstToken >= 3 && tokens[cue.FirstToken - 1].Key == "by" && tokens[cue.FirstToken - 2].Key == "followed" && tokens[cue.FirstToken - 3].Key == ",";
            var listed = false;
            for (var i = cue.FirstToken - 1; i >= first; i--)
            {
                if (tokens[i].Key is "," or ";")
                {
                    if (followed && i == cue.FirstToken - 3) continue;
                    // "the program includes the fifth meeting of the council, a meeting with Speaker A, and a forum": a comma
                    // before an item of a list goes back to the plan that lists it (only to the plan: not to a "will").
                    if (tokens[i].Key == "," && tokens[i + 1].Key is "a" or "an" or "and")
                    {
                        listed = true;
                        continue;
                    }
                    break;
                }
                if (tokens[i].Key is "program" or "programme" or "itinerary"
                    || tokens[i].Key is "agenda" or "schedule" && tokens[i + 1].Key is "includes" or "include")
                    return true;
                // "confirmed that he would hold a bilateral meeting with Erdogan there": a future seen from the past.
                if (!listed && tokens[i].Key == "would" && tokens[i + 1].Key is "hold" or "meet" or "have" or "also" or "then") return true;
                // "Renzi was to be received by King Salman in the early afternoon": a plan, told as of the story's time.
                if (!listed && tokens[i].Key is "was" or "were" or "is" or "are" && i + 2 <= cue.FirstToken && tokens[i + 1].Key == "to"
                    && tokens[i + 2].Key is "be" or "meet" or "hold" or "have" or "receive" or "call") return true;
                if (!listed && (tokens[i].Key is "will" or "shall"
                    || tokens[i].Key is "expected" or "scheduled" or "set" or "plans" or "planned" or "due" && tokens[i + 1].Key == "to"
                    // "he leaves for Istanbul this evening for a meeting with …": a journey still ahead.
                    || tokens[i].Key is "leaves" or "leaving" or "departs" or "heads" or "heading" && tokens[i + 1].Key is "for" or "to"))
                    return true;
            }
        }
        // "During the talks with the Emir, the sides are expected to discuss …": talks whose clause says what will be
        // discussed are still to come.
        if (doc.Lang == "en" && AfterDuring(doc, cue, first) && PlanAfterDuring(doc, cue, last)) return true;
        // "ومن المنتظر أن يتوجه الرئيس … إلى زغرب، حيث يلتقي …", "ومن المقرر أن …": a sentence that opens on a plan
        // tells what is still to come, however far its verb.
        if (doc.Lang == "ar" && first + 1 < last && doc.Tokens.Tokens[first].Key is "ومن" or "من"
            && doc.Tokens.Tokens[first + 1].Key is "المنتظر" or "المقرر" or "المتوقع" or "المرتقب")
            return true;
        // "ويغادر الرئيس البلاد الليلة متوجها إلى الصين، حيث يلتقي الرئيس الصيني": a present-tense cue after a journey
        // still ahead (the Arabic of "he leaves for China, where he will meet …").
        if (doc.Lang == "ar" && PresentTenseCue(doc, cue) && JourneyAheadBefore(doc, first, cue.FirstToken)) return true;
        var from = Math.Max(first, cue.FirstToken - BlockBefore);
        var to = Math.Min(last, cue.LastToken + BlockAfter);
        // "The message was delivered during a meeting between …": a message handed over in the window is the occasion too.
        var handedOver = cue.Pattern?.Cue?.Value == "deliver";
        for (var i = from; i <= to && !handedOver; i++)
            if (doc.TokenMention[i] is { Kind: PatternKind.MeetingCue, Pattern.Cue.Value: "deliver" }) handedOver = true;
        for (var i = from; i <= to; i++)
        {
            // "محادثات تناولت التحضير للاستحقاقات المقبلة": past a topic word, the words say what was discussed.
            if (i > cue.LastToken && TopicWords.Contains(doc.Tokens.Tokens[i].Key)) return false;
            // A message handed over (سلم … رسالة) is the occasion of the meeting, not a letter instead of one.
            if (doc.IsKind(i, PatternKind.MeetingBlocker) && !(handedOver && MessageNouns.Contains(doc.Tokens.Tokens[i].Key))) return true;
        }
        return false;
    }

    private static readonly HashSet<string> TopicWords = new(StringComparer.Ordinal)
    {
        "تناولت", "تناول", "تناولا", "تطرقت", "تطرق", "بحثت", "ناقشت", "حول", "بشان", "discussed", "covering", "about", "regarding",
    };
}
