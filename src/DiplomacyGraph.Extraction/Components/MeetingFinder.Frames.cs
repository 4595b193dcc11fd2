using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Extraction.Matching;
using DiplomacyGraph.Extraction.Pipeline;

namespace DiplomacyGraph.Extraction.Components;

/// <summary>The frames that say who met whom beyond a verb and its object (see the class summary).</summary>
internal sealed partial class MeetingFinder
{
    // "بحث الوزير وانغ يي مع الأمين العام … الحجرف …", "X discussed … with Y": a verb of discussing meets the person
    // after مع/with; its subject follows the Arabic verb and precedes the English one.
    private static List<DocEntity>? Discussed(ExtractionDocument doc, Mention cue, int sentence, List<(int Token, DocEntity Person)> before)
    {
        var (_, last) = doc.Sentences[sentence];
        var tokens = doc.Tokens.Tokens;
        var withAt = -1;
        for (var i = cue.LastToken + 1; i <= Math.Min(last, cue.LastToken + DiscussReach) && withAt < 0; i++)
        {
            // "discussed bilateral ties, with an emphasis on …": after a comma, "with" opens an adverbial phrase, not the
            // counterpart (Arabic sets a counterpart off with commas: "وبحث بوريطة، من جهة أخرى، مع نظيره").
            if (tokens[i].Key == "with" && tokens[i - 1].Key == ",") break;
            if (tokens[i].Key is "مع" or "with") withAt = i;
        }
        // "بحث رئيس مجلس الأمة مرزوق الغانم ورئيس الوزراء الياباني شينزو آبي اليوم سبل …", "Xi and Putin discussed …":
        // with no "with", a subject of two joined discussed it together.
        // (Right after the verb, as its subject: "وبحث القادة الاتفاق الذي توصل إليه أردوغان وبوتين" names the pair in its
        // object; and not in a call: "وبحث سموه ورئيس الوزراء الإثيوبي خلال الاتصال".)
        if (withAt < 0)
            return BlockerToldSoFar(doc, sentence) ? null
                : doc.Lang == "ar" ? (SubjectRightAfter(doc, cue) ? JoinedPairAfter(doc, cue, sentence) : null) : JoinedPairBefore(doc, cue, before, PairGap);
        var counterparts = NamedAfter(doc, withAt + 1, last).ToList();
        if (counterparts.Count == 0) return null;
        var between = doc.PersonRefsBetween(cue.LastToken + 1, withAt - 1).ToList();
        var subject = doc.Lang == "ar" && between.Count > 0 ? between[0].Person
            : before.Count > 0 ? before[^1].Person : PreviousPerson(doc, sentence);
        if (subject is null) return null;
        var others = Coordinated(doc, counterparts, 0, subject);
        return others.Count == 0 ? null : [subject, .. others];
    }

    // A call told in the sentence or before it ("أجرى … اتصالا هاتفيا مع …، بحثا خلاله …. وبحث الصفدي وفيدان …"), or any
    // other word that keeps a cue from telling a meeting (a plan, a letter: rules/meeting-blockers.tsv).
    private static bool BlockerToldSoFar(ExtractionDocument doc, int sentence)
    {
        var last = doc.Sentences[sentence].LastToken;
        for (var i = 0; i <= last; i++)
            if (doc.Tokens.Tokens[i].Key is "الاتصال" or "اتصال" or "call" or "phone" or "telephone" || doc.IsKind(i, PatternKind.MeetingBlocker)) return true;
        return false;
    }

    // Whether a person (past honorifics, titles and demonyms) is named right after the verb.
    private static bool SubjectRightAfter(ExtractionDocument doc, Mention cue)
    {
        var k = cue.LastToken + 1;
        while (k < doc.Tokens.Tokens.Count && doc.TokenMention[k] is { Kind: PatternKind.Honorific or PatternKind.Title or PatternKind.Demonym } m && !doc.PersonAt.ContainsKey(k))
            k = m.Kind == PatternKind.Title ? PersonFinder.ChainEnd(doc, m) + 1 : m.LastToken + 1;
        return k < doc.Tokens.Tokens.Count && doc.PersonAt.ContainsKey(k);
    }

    // The persons named from i on, within reach of the name: a title phrase may run long before it (مع وزير الشؤون
    // الخارجية والتعاون والموريتانيين في الخارج، السيد …), so the reach counts from where that phrase ends.
    private static IEnumerable<(int Token, DocEntity Person)> NamedAfter(ExtractionDocument doc, int i, int last) =>
        doc.PersonRefsBetween(i, Math.Min(last, PastTitlePhrase(doc, i, last) + HostObjectDistance));

    // The first token after a title phrase that starts at i (its titles, portfolio and countries, then a comma and
    // honorifics); i itself when no title starts there.
    private static int PastTitlePhrase(ExtractionDocument doc, int i, int last)
    {
        if (i > last || doc.TokenMention[i] is not { Kind: PatternKind.Title } title) return i;
        var k = PersonFinder.ChainEnd(doc, title) + 1;
        while (k <= last && (doc.Tokens.Tokens[k].Key is "," or "\u060C" || doc.TokenMention[k]?.Kind == PatternKind.Honorific)) k++;
        return k;
    }

    // The two persons joined by و/and/، just before the cue, when no other words stand between them and it.
    private static List<DocEntity>? PairBefore(ExtractionDocument doc, Mention cue, List<(int Token, DocEntity Person)> before) =>
        cue.Pattern?.Cue?.Value is "verb" or "joint" or "sign" ? JoinedPairBefore(doc, cue, before, PairGap) : null;

    // The two persons named last before the cue, joined (A and B, A و B), ending at most gap tokens before it.
    private static List<DocEntity>? JoinedPairBefore(ExtractionDocument doc, Mention cue, List<(int Token, DocEntity Person)> before, int gap)
    {
        if (before.Count < 2) return null;
        var (lastToken, lastPerson) = before[^1];
        var (prevToken, prevPerson) = before[^2];
        if (prevPerson == lastPerson || cue.FirstToken - EndOf(doc, lastToken) > gap || !JoinedBy(doc, EndOf(doc, prevToken), lastToken)) return null;
        // "A, B and C met behind closed doors": the whole joined list met.
        var joined = new List<DocEntity> { prevPerson, lastPerson };
        for (var k = before.Count - 3; k >= 0 && JoinedBy(doc, EndOf(doc, before[k].Token), before[k + 1].Token); k--)
            if (!joined.Contains(before[k].Person)) joined.Insert(0, before[k].Person);
        return joined;
    }

    // The last two persons named before the cue when "with" joins them ("A مع نظيره B", "A with his counterpart B"),
    // close before it, or null.
    private static List<DocEntity>? PairWithBefore(ExtractionDocument doc, Mention cue, List<(int Token, DocEntity Person)> before)
    {
        if (before.Count < 2) return null;
        var (lastToken, lastPerson) = before[^1];
        var (prevToken, prevPerson) = before[^2];
        var prevEnd = EndOf(doc, prevToken);
        if (prevPerson == lastPerson || lastToken - prevEnd > PairWithReach || cue.FirstToken - EndOf(doc, lastToken) > PairGap * 3) return null;
        var tokens = doc.Tokens.Tokens;
        var with = false;
        for (var k = prevEnd + 1; k < lastToken; k++)
        {
            if (tokens[k].Key is "مع" or "with") with = true;
            else if (!tokens[k].IsWord) return null;
        }
        return with ? [prevPerson, lastPerson] : null;
    }

    private const int PairWithReach = 6;

    // The two persons a sentence opens on, joined to each other (A and B, A ونظيره B), or null.
    private static List<DocEntity>? OpeningPairOf(ExtractionDocument doc, int sentence)
    {
        if (sentence < 0) return null;
        var (from, to) = doc.Sentences[sentence];
        var refs = doc.PersonRefsBetween(Math.Max(from, doc.DatelineEnd + 1), to).ToList();
        if (refs.Count < 2 || refs[0].Person == refs[1].Person) return null;
        var (a, b) = (refs[0], refs[1]);
        return JoinedBy(doc, EndOf(doc, a.Token), b.Token) ? [a.Person, b.Person] : null;
    }

    // The head of a group received: the cue's object is a group noun (وفد، وزراء، delegation) and this sentence or the
    // next names who leads it (برئاسة، يرأس، headed by, led by).
    private static DocEntity? GroupHead(ExtractionDocument doc, Mention cue, int sentence)
    {
        var tokens = doc.Tokens.Tokens;
        var (_, last) = doc.Sentences[sentence];
        var i = GroupAt(doc, cue, sentence);
        if (i < 0) return null;
        var to = sentence + 1 < doc.Sentences.Count ? doc.Sentences[sentence + 1].LastToken : last;
        for (var k = i + 1; k <= to; k++)
        {
            var key = tokens[k].Key;
            // Keys are folded (أ → ا، ة → ه).
            var marker = key is "برئاسه" or "يراس" or "ويراس" or "يراسه" or "ويراسه" or "تراس" or "وتراس" or "يتراس" or "ويتراس"
                || key is "by" && k > 0 && tokens[k - 1].Key is "headed" or "led";
            if (marker && doc.PersonRefsBetween(k + 1, Math.Min(to, k + HostObjectDistance * 2)).FirstOrDefault() is { Person: { } leader }) return leader;
        }
        return null;
    }

    // The group noun the cue takes as its object, past the Arabic subject (الشيخ تميم بن حمد أمير دولة قطر، اليوم،); -1 when
    // the object is not a group.
    private static int GroupAt(ExtractionDocument doc, Mention cue, int sentence)
    {
        var tokens = doc.Tokens.Tokens;
        var (_, last) = doc.Sentences[sentence];
        var i = cue.LastToken + 1;
        while (i <= last && !GroupNouns.Contains(tokens[i].Key) && (!tokens[i].IsWord || TimeWords.Contains(tokens[i].Key) || doc.TokenMention[i] is { } m
                   && (m.Kind is PatternKind.Honorific or PatternKind.Title or PatternKind.Demonym || m.Entity?.Kind is NodeKind.Person or NodeKind.Country)))
            i++;
        return i <= last && GroupNouns.Contains(tokens[i].Key) ? i : -1;
    }

    private static readonly HashSet<string> GroupNouns = new(StringComparer.Ordinal)
    {
        "وفد", "وفدا", "وزراء", "رؤساء", "اعضاء", "delegation", "ministers", "members",
    };

    private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
    {
        "اليوم", "امس", "مساء", "صباح", "today", "yesterday", "on", "a", "the",
    };

    // "وكان وزير الخارجية قد عقد … جلسة مباحثات مع وزير الخارجية الإيراني …": a bare title in subject position, that
    // coreference left open because two persons of the story hold it, is the holder who is not the object.
    private static DocEntity? BareTitleSubject(ExtractionDocument doc, int first, Mention cue, IEnumerable<DocEntity> objects)
    {
        Mention? bare = null;
        for (var i = first; i < cue.FirstToken; i++)
            if (doc.TokenMention[i] is { Kind: PatternKind.Title } t && doc.TitleReadings.Any(r => r.Title == t && r.Person is null) && !doc.PersonAt.ContainsKey(i))
                bare = t;
        if (bare?.Pattern?.Cue?.Value is not { } title) return null;
        var excluded = objects.Select(o => o.Reference).ToHashSet(StringComparer.Ordinal);
        var holders = doc.Offices.Where(o => o.Title == title && !excluded.Contains(o.Person)).Select(o => o.Person).Distinct().Take(2).ToList();
        return holders.Count == 1 ? doc.PersonByReference(holders[0]) : null;
    }

    private static bool AfterTheMeeting(ExtractionDocument doc, Mention cue)
    {
        var tokens = doc.Tokens.Tokens;
        for (var i = cue.FirstToken - 1; i >= 0 && i >= cue.FirstToken - 2; i--)
        {
            // "عقب ذلك جلسة مباحثات" (then, talks): "after that", not after the talks.
            if (i + 1 < cue.FirstToken && tokens[i + 1].Key is "ذلك" or "that" or "which") return false;
            if (tokens[i].Key is "after" or "following" or "بعد" or "وبعد" or "عقب" or "وعقب" or "اثر") return true;
        }
        return false;
    }

    // "After the meeting with Erdogan, the prime minister met …", "بعد لقائه مع …، التقى …": the one met in an earlier
    // meeting, named in a phrase set off by a comma before the cue, is no subject of this one.
    private static bool MetInAFrontedEarlierMeeting(ExtractionDocument doc, int token, int first, Mention cue)
    {
        var tokens = doc.Tokens.Tokens;
        if (!AnyCommaBetween(tokens, token + 1, cue.FirstToken)) return false;
        for (var i = token - 1; i >= first && i >= token - WithWindow && tokens[i].Key is not ("," or "\u060C"); i--)
            if (doc.TokenMention[i] is { Kind: PatternKind.MeetingCue } earlier && earlier.Pattern?.Cue?.Value == "noun" && AfterTheMeeting(doc, earlier)) return true;
        return false;
    }

    // "During the meeting with", "خلال اللقاء مع": the noun, with its article, as the time of what the sentence says.
    private static bool DuringTheMeeting(ExtractionDocument doc, Mention cue)
    {
        var tokens = doc.Tokens.Tokens;
        var i = cue.FirstToken - 1;
        if (i >= 0 && tokens[i].Key is "the" or "their") i--;
        return i >= 0 && tokens[i].Key is "during" or "خلال" or "وخلال" or "اثناء" or "واثناء";
    }

    // "Radi said the talks with Steinmeier covered …": the talks named with "the" in what someone said (a spokesman, a
    // participant) are a meeting the story told, not one the speaker held.
    private static bool ReportedAfterSaying(ExtractionDocument doc, Mention cue, int first)
    {
        var tokens = doc.Tokens.Tokens;
        if (doc.Lang != "en" || cue.FirstToken < 2 || tokens[cue.FirstToken - 1].Key != "the") return false;
        var said = tokens[cue.FirstToken - 2].Key;
        if (said == "that" && cue.FirstToken >= 3) said = tokens[cue.FirstToken - 3].Key;
        return said is "said" or "says" or "noted" or "added" or "stated" or "explained" && cue.FirstToken - 2 >= first;
    }

    // The other subjects joined to the subject: before an English cue the persons joined to the last one; after an
    // Arabic verb the person joined to the first when a further, unjoined person follows as the object.
    private static List<DocEntity> CoSubjects(ExtractionDocument doc, List<(int Token, DocEntity Person)> before,
        List<(int Token, DocEntity Person)> after, ref int objStart, DocEntity subject, int withAt)
    {
        var hosts = new List<DocEntity>();
        if (before.Count >= 2 && before[^1].Person == subject)
        {
            // Only names: a bare title standing before the subject is its apposition, not another host.
            for (var k = before.Count - 2; k >= 0 && JoinedBy(doc, EndOf(doc, before[k].Token), before[k + 1].Token); k--)
                if (before[k].Person != subject && !hosts.Contains(before[k].Person) && Named(doc, before[k].Token)) hosts.Insert(0, before[k].Person);
        }
        else if (objStart == 1 && withAt < 0)
        {
            // One entry per person: a name and the title read with it are one reference.
            var runs = new List<(int Token, DocEntity Person, int Index)>();
            for (var k = 0; k < after.Count; k++)
                if (runs.Count == 0 || runs[^1].Person != after[k].Person) runs.Add((after[k].Token, after[k].Person, k));
            if (runs.Count >= 3 && runs[1].Person != subject && Named(doc, runs[1].Token)
                && JoinedBy(doc, EndOf(doc, runs[0].Token), runs[1].Token) && !JoinedBy(doc, EndOf(doc, runs[1].Token), runs[2].Token))
            {
                hosts.Add(runs[1].Person);
                objStart = runs[2].Index;
            }
        }
        return hosts;
    }

    private static bool Named(ExtractionDocument doc, int token) =>
        doc.TokenMention[token] is { Kind: PatternKind.Entity, Entity.Kind: NodeKind.Person };

    private static bool Spouse(ExtractionDocument doc, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
            if (SpouseWords.Contains(doc.Tokens.Tokens[k].Key)) return true;
        return false;
    }

    // Hospitality: a reception, welcome ceremony or banquet for one guest. The host is named before the cue (or, in
    // a passive "أقيمت مراسم استقبال ل… بحضور …", after بحضور); the guest right after it, or, for a possessed noun
    // ("وكان مودي في استقباله"), the person named before the host. Others present (بحضور، attended) only attend.
    private static (DocEntity Host, DocEntity Guest)? Hosted(ExtractionDocument doc, Mention cue, int sentence, List<(int Token, DocEntity Person)> before)
    {
        var (_, last) = doc.Sentences[sentence];
        var tokens = doc.Tokens.Tokens;
        if (doc.Lang == "ar" && cue.FirstToken >= 2 && tokens[cue.FirstToken - 1].Key == "في" && tokens[cue.FirstToken - 2].Key is "كان" or "وكان" or "فكان")
            return WelcomedOnArrival(doc, cue, sentence, before);
        if (Possessive(cue))
        {
            // (Keys are folded: لدى reads لدي.)
            var during = cue.FirstToken > 0 && tokens[cue.FirstToken - 1].Key is "خلال" or "لدي" or "اثناء" or "عند";
            // "تسلم البرهان رسالة من أفورقي. جاء ذلك لدى استقباله …": the host is the subject of the sentence before.
            // "وقلد سموه الرئيس الإريتري ورئيس الوزراء الإثيوبي الوسام خلال استقباله لهما": "his receiving the two (them)"
            // is the meeting the clause already told with all of them, not one of the two with the other.
            if (during && cue.LastToken + 1 <= last && tokens[cue.LastToken + 1].Key is "لهما" or "لهم" && before.Count > 2) return null;
            var host = before.Count > 0 ? before[^1].Person
                : during && sentence > 0 ? doc.PersonRefsBetween(doc.Sentences[sentence - 1].FirstToken, doc.Sentences[sentence - 1].LastToken).FirstOrDefault().Person : null;
            if (host is null) return null;
            // "تسلم الرسالة سمو الشيخ عبدالله …، خلال استقباله مساء أمس في أبوظبي معالي ماورو فييرا": during his receiving,
            // the guest follows the noun (not in "وكان في استقباله", the welcome at the airport); else the one named before
            // the host.
            var guest = (during ? doc.PersonRefsBetween(cue.LastToken + 1, Math.Min(last, cue.LastToken + HostObjectDistance)).FirstOrDefault(a => a.Person != host).Person : null)
                ?? before.Take(before.Count - 1).LastOrDefault(b => b.Person != host).Person ?? PreviousPerson(doc, sentence);
            return guest is null || guest == host ? null : (host, guest);
        }
        var presence = -1;
        for (var i = cue.LastToken + 1; i <= last; i++)
            if (tokens[i].Key is "بحضور" or "attended" or "attending" or "presence" or "حضرها" or "حضره" or "وحضرها" or "وحضره") { presence = i; break; }
        var objectEnd = Math.Min(presence < 0 ? last : presence - 1, cue.LastToken + HostObjectDistance);
        // "أقام … غداء عمل على شرف فخامة رئيس الجمهورية، السيد محمد ولد الشيخ الغزواني": the guest's title phrase, set
        // off by a comma before the name, does not count against the reach.
        for (var i = cue.LastToken + 1; i <= objectEnd; i++)
            if (doc.TokenMention[i] is { Kind: PatternKind.Title } title && title.FirstToken == i)
            {
                objectEnd = Math.Min(presence < 0 ? last : presence - 1, Math.Max(objectEnd, PastTitlePhrase(doc, i, last) + TitledGuestNameReach));
                break;
            }
        var guestRef = doc.PersonRefsBetween(cue.LastToken + 1, objectEnd).FirstOrDefault();
        // "وخص خادم الحرمين الشريفين الملك سلمان … جلالة الملك باستقبال رسمي": the verb's subject, then the one it
        // accorded the reception, both before the noun.
        if (guestRef.Person is null && doc.Lang == "ar" && before.Count >= 2 && before[^1].Person != before[^2].Person && AccordedBy(doc, before[^2].Token))
            return (before[^2].Person, before[^1].Person);
        if (guestRef.Person is null) return null;
        // "خلال استقبال سموه الرئيس المكسيكي": the noun's possessor, an honorific pronoun, received the one named after it.
        if (guestRef.Token == cue.LastToken + 1 && HonorificClasses.IsPronoun(doc, doc.TokenMention[guestRef.Token])
            && doc.PersonRefsBetween(guestRef.Token + 1, objectEnd).FirstOrDefault(r => r.Person != guestRef.Person) is { Person: not null } visitor)
            return (guestRef.Person, visitor.Person);
        // "خلال استقبال الرئيس الإندونيسي للوزير شكري": the noun's possessor received the one after ل.
        for (var k = guestRef.Token + 1; doc.Lang == "ar" && k <= Math.Min(last, guestRef.Token + 4); k++)
        {
            if (!tokens[k].Key.StartsWith('ل') || doc.TokenMention[k] is not { Kind: PatternKind.Title or PatternKind.Honorific or PatternKind.Entity }) continue;
            if (doc.PersonRefsBetween(k, Math.Min(last, k + 3)).FirstOrDefault(r => r.Person != guestRef.Person) is { Person: not null } received)
                return (guestRef.Person, received.Person);
            break;
        }
        var hostRef = before.LastOrDefault(b => b.Person != guestRef.Person).Person;
        // (Only in a passive: in "He attended a welcome ceremony …, in the presence of …" the host is not one present.)
        if (hostRef is null && presence >= 0 && !SubjectPronounBetween(doc, doc.Sentences[sentence].FirstToken, cue.FirstToken - 1))
            hostRef = doc.PersonRefsBetween(presence + 1, last).FirstOrDefault(b => b.Person != guestRef.Person).Person;
        hostRef ??= PreviousPerson(doc, sentence);
        return hostRef is null || hostRef == guestRef.Person ? null : (hostRef, guestRef.Person);
    }

    // "وكان في استقباله بالمطار ميرضيائيف", "وكان في استقبال السيد بوغالي … رئيس مجلس النواب العراقي، السيد محمد الحلبوسي":
    // the one there to receive the guest on arrival met the guest only as the guest's counterpart (a president a
    // president, a speaker a speaker); a deputy governor, an aide or a minister sent to the airport only welcomed.
    private static (DocEntity Host, DocEntity Guest)? WelcomedOnArrival(ExtractionDocument doc, Mention cue, int sentence, List<(int Token, DocEntity Person)> before)
    {
        var (_, last) = doc.Sentences[sentence];
        var after = doc.PersonRefsBetween(cue.LastToken + 1, last).Select(r => r.Person).Distinct().Take(2).ToList();
        // "في استقباله": the guest is the one the sentence told arrived; "في استقبال سموه/السيد بوغالي": the one named next.
        var guest = Possessive(cue) ? (before.Count > 0 ? before[0].Person : PreviousPerson(doc, sentence)) : after.Count > 0 ? after[0] : null;
        var receiver = after.FirstOrDefault(p => p != guest);
        if (guest is null || receiver is null) return null;
        // "وكان في استقباله نائب وزير خارجية كوريا الشمالية": a deputy of the guest's office is no counterpart.
        for (var k = cue.LastToken + 1; k <= last; k++)
        {
            if (doc.PersonAt.TryGetValue(k, out var named) && named == receiver) break;
            if (DeputyWords.Contains(doc.Tokens.Tokens[k].Key)) return null;
        }
        // (Not the bare "Minister": a commerce minister is no defence minister's counterpart.)
        var guestTitles = TitlesOf(doc, guest);
        guestTitles.Remove("Minister");
        return TitlesOf(doc, receiver).Overlaps(guestTitles) ? (receiver, guest) : null;
    }

    // The offices the story gives a person, and those the gazetteer says the person held on the story's day.
    private static HashSet<string> TitlesOf(ExtractionDocument doc, DocEntity person)
    {
        var titles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var office in doc.Offices)
            if (office.Person == person.Reference) titles.Add(office.Title);
        if (person.Entry is { } entry && doc.Date is { } date)
            foreach (var office in entry.Offices)
                if (office.HeldOn(date)) titles.Add(office.Title);
        return titles;
    }

    // "وخص خادم الحرمين الشريفين الملك سلمان": the verb "accorded" before the subject's titles and forms of address.
    private static bool AccordedBy(ExtractionDocument doc, int subject)
    {
        var tokens = doc.Tokens.Tokens;
        var k = subject - 1;
        while (k >= 0 && doc.TokenMention[k] is { Kind: PatternKind.Title or PatternKind.Honorific or PatternKind.Demonym } m) k = m.FirstToken - 1;
        return k >= 0 && tokens[k].Key is "خص" or "وخص" or "اختص" or "واختص";
    }

    private static bool SubjectPronounBetween(ExtractionDocument doc, int from, int to)
    {
        for (var i = from; i <= to; i++)
            if (doc.Tokens.Tokens[i].Key is "he" or "she" or "they") return true;
        return false;
    }

    private static int? FirstCueBefore(ExtractionDocument doc, int first, int cueStart)
    {
        for (var i = first; i < cueStart; i++)
            if (doc.TokenMention[i] is { Kind: PatternKind.MeetingCue } m && m.Pattern?.Cue?.Value == "verb") return i;
        return null;
    }

    // A meeting noun followed by with/مع before cueStart in the sentence.
    private static bool NounWithCounterpartBefore(ExtractionDocument doc, int first, int cueStart)
    {
        for (var i = first; i < cueStart; i++)
            if (doc.TokenMention[i] is { Kind: PatternKind.MeetingCue } m && m.Pattern?.Cue?.Value == "noun" && m.LastToken + 1 < cueStart
                && (doc.Tokens.Tokens[m.LastToken].Key is "with" or "مع" || doc.Tokens.Tokens[m.LastToken + 1].Key is "with" or "مع"))
                return true;
        return false;
    }

    // "Meeting Emir of Qatar …, PM Chinh said", "Receiving the envoy, the King stressed": the capitalised participle
    // that opens an English sentence, its object right after it.
    private static bool FrontedParticiple(ExtractionDocument doc, Mention cue, int first) =>
        doc.Lang == "en" && cue.FirstToken == first && cue.FirstToken == cue.LastToken && doc.Tokens.Tokens[first].Key is "meeting" or "receiving"
        && char.IsUpper(doc.Text[doc.Tokens.Tokens[first].Start]);

    // Whether a meeting cue stands in [from, to).
    private static bool AnyCueBetween(ExtractionDocument doc, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (doc.TokenMention[i] is { Kind: PatternKind.MeetingCue }) return true;
        return false;
    }

    private static bool Possessive(Mention cue)
    {
        var form = cue.Pattern?.Form;
        return form is not null && form.EndsWith('ه') && form.Length > 3;
    }

    // The first person after the fronted object that a comma (not a conjunction) separates from it and that is not
    // itself followed by a list separator: the subject of the main clause; null when none.
    // `reach`: how many tokens after the comma the subject may stand ("Meeting X, PM Chinh said": it opens the clause).
    private static int? FrontedSubject(ExtractionDocument doc, List<(int Token, DocEntity Person)> after, int reach = int.MaxValue)
    {
        var tokens = doc.Tokens.Tokens;
        for (var j = 1; j < after.Count; j++)
        {
            var prevEnd = EndOf(doc, after[j - 1].Token);
            var commaOnly = false;
            var other = false;
            var comma = -1;
            for (var k = prevEnd + 1; k < after[j].Token; k++)
            {
                var key = tokens[k].Key;
                if (key is "," or "\u060C") (commaOnly, comma) = (true, k);
                // "، ونظيره B" continues a list; "، وصف وانغ" is the main clause's verb before its subject.
                else if (key is "and" or "و" || key.StartsWith('و') && k == after[j].Token - 1 && doc.TokenMention[k] is { Conjoined: true }) other = true;
            }
            if (!commaOnly || other || StartsWithAnd(doc, after[j].Token)) continue;
            if (after[j].Token - comma > reach) return null;
            var next = EndOf(doc, after[j].Token) + 1;
            // "A, B and C" is a list; "وصف وانغ، وهو أيضا عضو …" sets an apposition off after the subject.
            if (next < tokens.Count && tokens[next].Key is "," or "\u060C" or "and" or "و"
                && !(next + 1 < tokens.Count && tokens[next + 1].Key is "وهو" or "وهي" or "who")) return null;
            return after[j].Person == after[0].Person ? null : j;
        }
        return null;
    }

    // "their meeting in Riyadh", "their informal meeting", "their last meeting": an English meeting noun possessed by two;
    // one adjective may stand between.
    private static bool TheirNoun(ExtractionDocument doc, Mention cue)
    {
        var t = doc.Tokens.Tokens;
        if (doc.Lang != "en" || cue.FirstToken == 0) return false;
        if (t[cue.FirstToken - 1].Key == "their") return true;
        var adjective = cue.FirstToken - 1;
        return adjective > 0 && t[adjective - 1].Key == "their" && t[adjective].IsWord && doc.TokenMention[adjective] is null
            && char.IsLower(doc.Text[t[adjective].Start]);
    }

    // "The meeting was hosted by Crown Prince Mohammed bin Salman": the host of the story's last meeting, not yet in it.
    private static DocEntity? MeetingHostedBy(ExtractionDocument doc, Mention cue, int first, int last)
    {
        var tokens = doc.Tokens.Tokens;
        var c = cue.FirstToken;
        if (doc.Lang != "en" || doc.Meetings.Count == 0 || cue.Pattern?.Form is not ("hosted") || c < first + 2 || tokens[c - 1].Key is not ("was" or "were")
            || tokens[c - 2].Key is not ("meeting" or "talks" or "summit") || c + 1 > last || tokens[c + 1].Key != "by")
            return null;
        var hosts = doc.PersonRefsBetween(c + 2, Math.Min(last, c + 12)).Take(1).Select(r => r.Person).ToList();
        if (hosts.Count == 0) return null;
        return doc.Meetings[^1].Participants.Contains(hosts[0].Reference) ? null : hosts[0];
    }

    // "وأضاف أن لقاءات الرئيس اليوم شملت كذلك رئيس زيمبابوي …، ورئيس مفوضية الاتحاد الأفريقي …", "the President's
    // meetings also included …": one meeting of their owner with each one listed after the verb. The owner is the person
    // named with the noun, else the host of the story's last meeting.
    private static List<List<DocEntity>>? IncludedMeetings(ExtractionDocument doc, Mention cue, int first, int last)
    {
        var tokens = doc.Tokens.Tokens;
        var verb = -1;
        for (var i = cue.LastToken + 1; i <= Math.Min(last, cue.LastToken + 5) && verb < 0; i++)
            if (tokens[i].Key is "شملت" or "شمل" or "included" or "include" or "includes") verb = i;
        if (verb < 0) return IncludedAfterVerb(doc, cue, first, last);
        var owner = doc.PersonRefsBetween(cue.LastToken + 1, verb - 1).Select(r => r.Person).FirstOrDefault()
            ?? (doc.Lang == "en" && cue.FirstToken >= 2 && tokens[cue.FirstToken - 1].Key == "s" ? doc.PersonRefsBetween(first, cue.FirstToken - 2).Select(r => r.Person).LastOrDefault() : null)
            ?? (doc.Meetings.Count > 0 ? doc.PersonByReference(doc.Meetings[^1].Participants[0]) : null);
        if (owner is null) return null;
        return OneMeetingWithEach(doc, doc.PersonRefsBetween(verb + 1, last).ToList(), owner);
    }

    // "وشملت لقاءات جلالته، كلا على حدة، الرئيس المصري …، والرئيس الفلسطيني …": the verb before the noun. The owner is
    // the person named right after the noun, else the one the story named last.
    private static List<List<DocEntity>>? IncludedAfterVerb(ExtractionDocument doc, Mention cue, int first, int last)
    {
        var tokens = doc.Tokens.Tokens;
        var verbAt = cue.FirstToken - 1;
        if (verbAt < first || tokens[verbAt].Key is not ("شملت" or "وشملت" or "شمل" or "وشمل" or "تضمنت" or "وتضمنت")) return null;
        var named = doc.PersonRefsBetween(cue.LastToken + 1, last).ToList();
        var owner = named.Count > 0 && named[0].Token <= cue.LastToken + 3 && !AnyCommaBetween(tokens, cue.LastToken + 1, named[0].Token) ? named[0].Person
            : PreviousPerson(doc, doc.SentenceOf(first));
        owner ??= doc.PersonRefsBetween(first, cue.FirstToken - 1).Select(r => r.Person).LastOrDefault();
        if (owner is null) return null;
        return OneMeetingWithEach(doc, named.Where(r => r.Person != owner).ToList(), owner);
    }

    // The owner's meeting with each one of a list its meetings included; null when none is listed.
    private static List<List<DocEntity>>? OneMeetingWithEach(ExtractionDocument doc, List<(int Token, DocEntity Person)> listed, DocEntity owner) =>
        listed.Count == 0 ? null : Coordinated(doc, listed, 0, owner, true).Where(o => o != owner).Select(o => new List<DocEntity> { owner, o }).ToList();

    private static bool AnyCommaBetween(List<Text.Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (tokens[i].Key is "," or "\u060C") return true;
        return false;
    }

    // The two persons after "between"/"بين" within the noun's reach in its sentence; null unless exactly two.
    private static List<DocEntity>? Between(ExtractionDocument doc, Mention cue, int sentence)
    {
        var tokens = doc.Tokens.Tokens;
        var (_, last) = doc.Sentences[sentence];
        for (var i = cue.LastToken + 1; i <= Math.Min(last, cue.LastToken + WithWindow); i++)
        {
            if (tokens[i].Key is not ("between" or "بين")) continue;
            // "المحادثات غير المباشرة بين …", "indirect talks between …": the two sides never sat together.
            for (var k = Math.Max(0, cue.FirstToken - 1); k < i; k++)
                if (tokens[k].Key is "indirect" or "proximity" or "غير") return null;
            // "between al-Burhan and the UN chief's Personal Envoy, Ramtane Lamamra, in the presence of …": not the
            // envoy's principal, nor those present.
            var persons = PersonsUpToAttendance(doc, i + 1, last);
            return persons.Count == 2 ? persons : null;
        }
        return null;
    }

    // The persons named from `from` until those present (بحضور، in the presence of), not an envoy's principal nor a
    // possessor ("the UN chief's envoy").
    private static List<DocEntity> PersonsUpToAttendance(ExtractionDocument doc, int from, int last) =>
        doc.PersonRefsBetween(from, AttendanceFrom(doc, from, last) - 1)
            .Where(r => !Possessor(doc, r.Token) && !SendsTheEnvoy(doc, r.Token)).Select(r => r.Person).Distinct().ToList();

    // Verbs of gathering right after a meeting's noun: the persons after them are the ones who met (folded keys).
    private static readonly HashSet<string> GatheringVerbs = new(StringComparer.Ordinal) { "جمع", "ضم", "جمعت", "ضمت", "gathered", "brought", "bringing" };

    private const int GatheringReach = 3;

    // "لقاء جمع A و B", "اجتماعا ضم كلا من A و B", "a meeting that brought together A and B": two persons or more after a
    // verb of gathering close after the noun; else null.
    private static List<DocEntity>? GatheredBy(ExtractionDocument doc, Mention cue, int sentence)
    {
        var tokens = doc.Tokens.Tokens;
        var (_, last) = doc.Sentences[sentence];
        for (var i = cue.LastToken + 1; i <= Math.Min(last, cue.LastToken + GatheringReach); i++)
        {
            if (!GatheringVerbs.Contains(tokens[i].Key)) continue;
            // ("brought" only with "together")
            if (tokens[i].Key is "brought" or "bringing" && !(i + 1 <= last && tokens[i + 1].Key == "together")) return null;
            var persons = PersonsUpToAttendance(doc, i + 1, last);
            return persons.Count >= 2 ? persons : null;
        }
        return null;
    }

    // "the UN chief's envoy", "Ankara's help": a person, a title or a city in the English possessive names whose something is.
    private static bool Possessor(ExtractionDocument doc, int token)
    {
        var tokens = doc.Tokens.Tokens;
        var next = (doc.TokenMention[token]?.LastToken ?? token) + 1;
        return doc.Lang == "en" && next + 1 < tokens.Count && tokens[next].Key is "'" or "\u2019" && tokens[next].Start == tokens[next - 1].End && tokens[next + 1].Key == "s";
    }

    // Arabic verb-first: "ترأس الرئيس A والرئيس B …": the two persons right after the verb, joined.
    private static List<DocEntity>? JoinedPairAfter(ExtractionDocument doc, Mention cue, int sentence)
    {
        var (_, last) = doc.Sentences[sentence];
        // (The first person's own title after the name, أمير البلاد, refers to them again: the second is the next other one.)
        var refs = doc.PersonRefsBetween(cue.LastToken + 1, last).ToList();
        var after = refs.Count == 0 ? refs : [refs[0], .. refs.Where(r => r.Person != refs[0].Person).Take(1)];
        if (after.Count < 2 || !JoinedBy(doc, EndOf(doc, after[0].Token), after[1].Token)) return null;
        return RepresentedBy(doc, after[0].Token) ? null : [after[0].Person, after[1].Person];
    }

    // "with the French side, represented by Bruno Le Maire … and Agnes Pannier-Runacher", "ممثلا في …": those who
    // represent one side are on that side together.
    private static bool RepresentedBy(ExtractionDocument doc, int token)
    {
        var tokens = doc.Tokens.Tokens;
        var start = doc.TokenMention[token] is { } own ? own.FirstToken : token;
        // Back over the name's title ("represented by Finance Minister Bruno Le Maire"), not past a comma or another person.
        for (var k = start - 1; k >= 0 && k >= start - 6 && tokens[k].IsWord && !doc.PersonAt.ContainsKey(k); k--)
            if (tokens[k].Key is "by" && k >= 1 && tokens[k - 1].Key == "represented" || tokens[k].Key is "ممثلا" or "ممثله" or "ممثلين") return true;
        return false;
    }

    // "the consultation, which he co-chaired with Lao Foreign Minister B", "ترأس … مع نظيره B": one chair named after
    // "with", the other the subject (a pronoun's being the sentence's first person). Signing with someone is not chairing.
    private static List<DocEntity>? ChairedWith(ExtractionDocument doc, Mention cue, int sentence, List<(int Token, DocEntity Person)> before)
    {
        if (cue.Pattern?.Cue?.Value != "joint") return null;
        var (first, last) = doc.Sentences[sentence];
        var tokens = doc.Tokens.Tokens;
        var withAt = -1;
        // "ترأس كاملوف مع نظيره التركي …": the Arabic subject may stand between the verb and مع.
        DocEntity? subjectAfter = null;
        for (var i = cue.LastToken + 1; i <= Math.Min(last, cue.LastToken + WithWindow) && withAt < 0; i++)
        {
            if (tokens[i].Key is "," or "\u060C") return null;
            if (doc.PersonAt.TryGetValue(i, out var named))
            {
                if (doc.Lang != "ar" || subjectAfter is not null) return null;
                subjectAfter = named;
                if (doc.TokenMention[i] is { } span) i = span.LastToken;
                continue;
            }
            if (tokens[i].Key is "with" or "مع") withAt = i;
        }
        if (withAt < 0) return null;
        var counterpart = NamedAfter(doc, withAt + 1, last).FirstOrDefault();
        if (counterpart.Person is null) return null;
        var pronoun = doc.Lang == "en" && cue.FirstToken > first && tokens[cue.FirstToken - 1].Key is "he" or "she";
        var subject = subjectAfter ?? (pronoun ? doc.PersonRefsBetween(first, cue.FirstToken - 1).FirstOrDefault().Person
            : before.Count > 0 ? before[^1].Person : PreviousPerson(doc, sentence));
        return subject is null || subject == counterpart.Person ? null : [subject, counterpart.Person];
    }

    private static List<DocEntity>? HeldByPairAfter(ExtractionDocument doc, Mention cue, int sentence)
    {
        var tokens = doc.Tokens.Tokens;
        var verb = cue.LastToken + 1;
        if (verb < tokens.Count && tokens[verb].Key is "التي" or "الذي") verb++;
        if (doc.Lang != "ar" || verb >= tokens.Count || tokens[verb].Key is not ("اجراها" or "عقدها" or "اجراهما" or "عقداها" or "اجرياها")) return null;
        var pair = JoinedPairAfter(doc, cue, sentence);
        return pair is not null && doc.PersonRefsBetween(verb + 1, verb + 6).Any() ? pair : null;
    }

    // "جاء ذلك في مؤتمر صحفي مشترك مع نظيرته ريتنو مارسودي، عقب مباحثات أجراها معها", "… after talks with her": talks
    // held with a pronoun are with the person named last before them; held by the sentence's other person, else by the
    // one who opens the sentence before (جاء ذلك: what that person said, "He made the remarks").
    private static List<DocEntity>? HeldWithPronoun(ExtractionDocument doc, Mention cue, int sentence)
    {
        var tokens = doc.Tokens.Tokens;
        var (first, last) = doc.Sentences[sentence];
        var at = cue.LastToken + 1;
        if (doc.Lang == "ar" && at <= last && tokens[at].Key is "اجراها" or "عقدها" or "اجراه" or "عقده") at++;
        if (at > last || !(doc.Lang == "ar" && tokens[at].Key is "معه" or "معها"
                           || doc.Lang == "en" && tokens[at].Key == "with" && at + 1 <= last && tokens[at + 1].Key is "him" or "her"))
            return null;
        var before = doc.PersonRefsBetween(first, cue.FirstToken - 1).Select(r => r.Person).Distinct().ToList();
        if (before.Count == 0) return null;
        var referent = before[^1];
        var holder = before.Count > 1 ? before[0] : sentence > 0 ? doc.PersonRefsBetween(doc.Sentences[sentence - 1].FirstToken, doc.Sentences[sentence - 1].LastToken).Select(r => r.Person).FirstOrDefault() : null;
        return holder is null || holder == referent ? null : [holder, referent];
    }

    // "محادثات بينهما", "talks between them": a meeting noun of the two just named.
    private static bool BetweenThem(ExtractionDocument doc, Mention cue)
    {
        var tokens = doc.Tokens.Tokens;
        var next = cue.LastToken + 1;
        return next < tokens.Count && (tokens[next].Key == "بينهما"
            || tokens[next].Key == "between" && next + 1 < tokens.Count && tokens[next + 1].Key == "them");
    }

    private static readonly HashSet<string> DualNounsEn = new(StringComparer.Ordinal)
    {
        "leaders", "ministers", "presidents", "sides", "heads", "premiers", "officials", "foreign", "prime", "statesmen", "diplomats", "sovereigns", "monarchs", "kings", "chancellors", "envoys", "delegations",
    };

    // Nominative duals (folded keys): the subject of a verb, not the object of بين.
    private static readonly HashSet<string> DualNounsAr = new(StringComparer.Ordinal)
    {
        "الزعيمان", "الرئيسان", "الوزيران", "الجانبان", "الطرفان", "القائدان", "المسؤولان", "وزيرا", "رئيسا", "الملكان", "العاهلان", "الاميران", "الشيخان",
    };

    // "Tokayev greeted him at the airport, together with … Mukhtar Tleuberdi", "برفقة …": a person who accompanies the
    // subject is on its side, not one it met.
    private static bool Accompanying(ExtractionDocument doc, int token)
    {
        var tokens = doc.Tokens.Tokens;
        for (var i = token - 1; i >= 0 && i >= token - 8; i--)
        {
            var k = tokens[i].Key;
            if (k is "برفقه" or "بصحبه" or "يرافقه" or "ويرافقه" || k == "with" && i > 0 && tokens[i - 1].Key is "together" or "along"
                || k == "by" && i > 0 && tokens[i - 1].Key == "accompanied") return true;
            if (doc.TokenMention[i] is { Kind: PatternKind.Title or PatternKind.Honorific or PatternKind.Demonym } m) { i = m.FirstToken; continue; }
            if (doc.TokenMention[i] is { Entity.Kind: NodeKind.Country }) continue;
            if (!tokens[i].IsWord || doc.TokenMention[i] is not null) return false;
        }
        return false;
    }

    // Where the attendance of others is stated ("attended by", "in the presence of", بحضور, "بمراسم رسمية، حضرها وزير
    // الخارجية"), or past last.
    private static int AttendanceFrom(ExtractionDocument doc, int from, int last)
    {
        var tokens = doc.Tokens.Tokens;
        for (var i = from; i <= last; i++)
        {
            var k = tokens[i].Key;
            // (حضره, "attended it", folds like the honorific حضرة: only as written with ه.)
            if (k is "بحضور" or "وبحضور" or "حضرها" or "وحضرها" || k is "حضره" or "وحضره" && doc.Text[tokens[i].End - 1] == 'ه'
                || k is "by" && i > 0 && tokens[i - 1].Key == "attended" || k is "of" && i > 0 && tokens[i - 1].Key == "presence")
                return i;
        }
        return last + 1;
    }

    private static bool Attended(ExtractionDocument doc, int from, int to)
    {
        for (var i = from; i <= to; i++)
            if (doc.Tokens.Tokens[i].Key is "attended" or "attending" or "attend" or "present" or "among" or "participated" or "part" or "حضر" or "حضرا" or "وحضر" or "حضور" or "شارك" or "شاركا" or "وشارك")
                return true;
        return false;
    }

    // "Deputy President William Ruto and … Monica Juma were among senior officials who joined President Kenyatta in the
    // talks": those who joined someone in a meeting attended the meeting told; they held none of their own.
    private static bool JoinedSomeoneIn(ExtractionDocument doc, Mention cue, int first)
    {
        var tokens = doc.Tokens.Tokens;
        var inAt = cue.FirstToken - 1;
        if (inAt > first && tokens[inAt].Key is "the" or "their" or "his" or "her") inAt--;
        if (inAt <= first || tokens[inAt].Key != "in") return false;
        for (var i = inAt - 1; i >= first && i >= inAt - JoinedReach; i--)
            if (tokens[i].Key is "joined" or "join" or "joining" or "joins") return true;
        return false;
    }

    private const int JoinedReach = 8;

    // The verb itself: "joined President Kenyatta in the talks" (not "joined Xi for talks", a meeting of their own).
    private static bool JoinedSomeoneInAMeeting(ExtractionDocument doc, Mention cue, int last)
    {
        var tokens = doc.Tokens.Tokens;
        if (tokens[cue.LastToken].Key != "joined") return false;
        for (var i = cue.LastToken + 1; i < last && i <= cue.LastToken + JoinedReach; i++)
        {
            if (tokens[i].Key != "in") continue;
            var noun = tokens[i + 1].Key is "the" or "their" or "his" or "her" ? i + 2 : i + 1;
            return noun <= last && doc.TokenMention[noun] is { Kind: PatternKind.MeetingCue, Pattern.Cue.Value: "noun" };
        }
        return false;
    }

    // "The summit, hosted by Egyptian President Abdel Fattah al-Sisi, …": a participle describing an event says who held
    // the event, not whom the story's subject met.
    private static bool QualifiesAnEvent(ExtractionDocument doc, Mention cue)
    {
        if (doc.Lang != "en" || cue.Pattern?.Cue?.Value != "verb") return false;
        var tokens = doc.Tokens.Tokens;
        var i = cue.FirstToken - 1;
        while (i >= 0 && tokens[i].Key == ",") i--;
        return i >= 0 && EventNouns.Contains(tokens[i].Key);
    }

    private static readonly HashSet<string> EventNouns = new(StringComparer.Ordinal)
    {
        "summit", "conference", "forum", "dinner", "banquet", "luncheon", "ceremony", "reception", "event", "expo", "games", "festival",
    };

    // The person named right after an Arabic meeting noun (its possessor) and those after the مع that closes that name.
    private static List<DocEntity>? PossessorWith(ExtractionDocument doc, Mention cue, int last)
    {
        if (doc.Lang != "ar") return null;
        var first = doc.PersonRefsBetween(cue.LastToken + 1, Math.Min(last, cue.LastToken + 4)).FirstOrDefault();
        if (first.Person is null) return null;
        var end = EndOf(doc, first.Token);
        // The title before the name is the same person's (لقاء الرئيس الصيني شي جين بينغ).
        foreach (var (token, person) in doc.PersonRefsBetween(first.Token + 1, Math.Min(last, end + 6)))
        {
            if (person != first.Person) break;
            end = Math.Max(end, EndOf(doc, token));
        }
        if (end + 1 > last || doc.Tokens.Tokens[end + 1].Key != "مع") return null;
        var after = doc.PersonRefsBetween(end + 2, last).ToList();
        var met = Coordinated(doc, after, 0, first.Person);
        return met.Count > 0 ? [first.Person, .. met] : null;
    }

    // "the fall of the Bashar al-Assad regime": a name that qualifies a noun is not a participant.
    private static bool NameAsModifier(ExtractionDocument doc, int token)
    {
        if (doc.Lang != "en") return false;
        var next = (doc.TokenMention[token]?.LastToken ?? token) + 1;
        return next < doc.Tokens.Tokens.Count && ModifiedNouns.Contains(doc.Tokens.Tokens[next].Key);
    }

    private static readonly HashSet<string> ModifiedNouns = new(StringComparer.Ordinal)
    {
        "regime", "government", "administration", "era", "doctrine", "plan", "family", "foundation", "presidency",
    };

    // "لقائهما", "اجتماعهما", "مباحثاتهما": a meeting noun possessed by two.
    private static bool DualPossessive(Mention cue) => cue.Pattern?.Form.EndsWith("هما", StringComparison.Ordinal) == true;

    // The last distinct persons named in the two sentences before this one, in text order.
    private static List<DocEntity> LastPersons(ExtractionDocument doc, int sentence, int count)
    {
        if (sentence == 0) return [];
        var from = doc.Sentences[Math.Max(0, sentence - 2)].FirstToken;
        var found = new List<DocEntity>();
        foreach (var (_, person) in doc.PersonRefsBetween(from, doc.Sentences[sentence].FirstToken - 1).Reverse())
        {
            if (!found.Contains(person)) found.Insert(0, person);
            if (found.Count == count) break;
        }
        return found;
    }
}
