using System.Globalization;
using DiplomacyGraph.Domain.Documents;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Extraction.Dates;
using DiplomacyGraph.Extraction.Matching;
using DiplomacyGraph.Extraction.Pipeline;

namespace DiplomacyGraph.Extraction.Components;

/// <summary>
/// Finds meetings reported as having happened, from the frames in rules/meeting-cues.tsv:
/// a verb (التقى، استقبل، met, received) with a person before it and one after it, or two after it (Arabic
/// verb-first order); a noun (محادثات، اجتماع، talks, meeting) followed by مع/with and a person, or preceded by
/// the persons who held it ("A و B محادثات", "A and B's talks"). Objects joined by و/and/، meet the subject
/// together, or one by one after "respectively". A subject left implicit (Arabic pro-drop, "he") is the person
/// last named before the sentence. Phone calls and future or planned meetings near the cue are not meetings.
/// </summary>
internal sealed class MeetingFinder(DateExpressions dates) : IPipelineComponent
{
    private const int BlockBefore = 5;
    private const int BlockAfter = 4;
    private const int MaxObjectDistance = 45;
    private const int WithWindow = 9;
    private const int PossessedObjectDistance = 14;
    private const int PhoneCallReach = 3;
    private const int HostObjectDistance = 8;
    private const int StoryDateReach = 5;
    private const int StoryDateDays = 7;
    private const int LocativeReach = 5;
    private const int DiscussReach = 20;
    private const int PairGap = 4;

    public string Name => "meetings";
    public DocumentLayer Needs => DocumentLayer.Coreference | DocumentLayer.Sentences | DocumentLayer.Dateline;
    public DocumentLayer Adds => DocumentLayer.Meetings;

    public void Process(ExtractionDocument doc, CancellationToken ct)
    {
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var placeStated = new HashSet<int>();
        foreach (var cue in doc.Mentions.Where(m => m.Kind == PatternKind.MeetingCue).ToList())
        {
            ct.ThrowIfCancellationRequested();
            var s = doc.SentenceOf(cue.FirstToken);
            if (s < 0) continue;
            var (first, last) = doc.Sentences[s];
            if (Blocked(doc, cue, first, last)) continue;
            if (NearPhoneCall(doc, s) && !StatesPlace(doc, first, last)) continue;
            foreach (var (group, ownPlace) in Participants(doc, cue, s))
            {
                var distinct = group.Distinct().ToList();
                if (distinct.Count < 2) continue;
                var key = string.Join("|", distinct.Select(p => p.Id).Order(StringComparer.Ordinal));
                var stated = ownPlace is not null;
                var place = ownPlace ?? PlaceOf(doc, first, last, out stated);
                var meeting = new DocumentMeeting(distinct.Select(p => p.Reference).ToList(), DateOf(doc, first, last, out var dated), place)
                {
                    Evidence = doc.SpanOf(first, last),
                };
                // The same persons on another date or in another city the sentence states ("which they co-chaired in
                // Istanbul on Nov. 26, 2018") met on another occasion; otherwise a later sentence is about the same meeting and may state the
                // place the first one left out.
                if (byKey.TryGetValue(key, out var at) && !(dated && meeting.Date != doc.Meetings[at].Date)
                    && !(stated && placeStated.Contains(at) && meeting.Place != doc.Meetings[at].Place))
                {
                    if (stated && !placeStated.Contains(at) && doc.Meetings[at].Place != meeting.Place)
                    {
                        doc.Meetings[at] = doc.Meetings[at] with { Place = meeting.Place };
                        placeStated.Add(at);
                    }
                    continue;
                }
                if (stated) placeStated.Add(doc.Meetings.Count);
                byKey[key] = doc.Meetings.Count;
                doc.Meetings.Add(meeting);
            }
        }
        DropSummaries(doc);
    }

    // "PM Modi holds talks with Putin, Mirziyoyev and Raisi" over a story that reports each talk: a meeting of three
    // or more whose every pair with one of them is reported on its own is that summary, not a fourth meeting.
    private static void DropSummaries(ExtractionDocument doc)
    {
        var pairs = doc.Meetings.Where(m => m.Participants.Count == 2).Select(m => (m.Participants[0], m.Participants[1])).ToHashSet();
        bool Met(string a, string b) => pairs.Contains((a, b)) || pairs.Contains((b, a));
        doc.Meetings.RemoveAll(m => m.Participants.Count >= 3
            && m.Participants.Any(hub => m.Participants.All(p => p == hub || Met(hub, p))));
    }

    private static IEnumerable<(List<DocEntity> Persons, string? Place)> Participants(ExtractionDocument doc, Mention cue, int sentence)
    {
        var (first, last) = doc.Sentences[sentence];
        var tokens = doc.Tokens.Tokens;
        var noun = cue.Pattern?.Cue?.Value == "noun";
        var withAt = -1;
        for (var i = cue.LastToken; i <= Math.Min(last, cue.LastToken + WithWindow) && noun; i++)
        {
            // "held the 8th meeting of the China-Kazakhstan Cooperation Committee with …": the noun's own
            // complement may run a few words, but not past a person, a clause boundary or another cue.
            if (tokens[i].Key is "with" or "مع") { withAt = i; break; }
            if (i > cue.LastToken && (!tokens[i].IsWord || doc.PersonAt.ContainsKey(i) || doc.IsKind(i, PatternKind.MeetingCue))
                && tokens[i].Key is not "-" and not "\u2013") break;
        }
        if (cue.Pattern?.Form.EndsWith("with", StringComparison.Ordinal) == true || cue.Pattern?.Form.EndsWith("مع", StringComparison.Ordinal) == true) withAt = cue.LastToken;
        var before = doc.PersonRefsBetween(first, cue.FirstToken - 1).ToList();
        if (noun && Between(doc, cue, sentence) is { } between)
        {
            // "talks held in Beijing between a Saudi delegation headed by A … and an Iranian delegation headed by B".
            yield return (between, null);
            yield break;
        }
        // "After the meeting with President Assad, the two ministers …": a meeting named as a point in time was reported
        // where it happened.
        if (noun && AfterTheMeeting(doc, cue)) yield break;
        if (cue.Pattern?.Cue?.Value == "joint")
        {
            // "Erdogan and Tamim presided over the session", "ترأسا": only a subject of two, joined, met.
            var pair = PairBefore(doc, cue, before) ?? JoinedPairAfter(doc, cue, sentence);
            if (pair is not null) yield return (pair, null);
            yield break;
        }
        if (cue.Pattern?.Cue?.Value == "discuss")
        {
            if (Discussed(doc, cue, sentence, before) is { } discussed) yield return (discussed, null);
            yield break;
        }
        if (cue.Pattern?.Cue?.Value == "host")
        {
            if (Hosted(doc, cue, sentence, before) is { } pair) yield return ([pair.Host, pair.Guest], null);
            yield break;
        }
        if (noun && withAt < 0 && (DualPossessive(cue) || TheirNoun(doc, cue)) && before.Count == 0)
        {
            // "وخلال لقائهما في مسقط، أكد المعلم ونظيره …": "their meeting" is between the two persons the clause
            // names next, else the two last named before.
            var named = doc.PersonRefsBetween(cue.LastToken + 1, last).ToList();
            var pair = named.Count >= 2 ? Coordinated(doc, named, 1, named[0].Person) is [var other, ..] ? [named[0].Person, other] : [] : new List<DocEntity>();
            if (pair.Count < 2) pair = LastPersons(doc, sentence, 2);
            if (pair.Count == 2) yield return (pair, null);
            yield break;
        }
        if (noun && withAt < 0 && Possessive(cue) && before.Count == 0)
        {
            // "وشدد خلال لقائه اليوم بالرياض مبعوث … إسماعيل ولد الشيخ": a possessed meeting noun takes its
            // counterpart directly; the possessor is the (implicit) subject named before.
            var direct = doc.PersonRefsBetween(cue.LastToken + 1, Math.Min(last, cue.LastToken + PossessedObjectDistance)).ToList();
            var owner = PreviousPerson(doc, sentence);
            if (direct.Count == 0 || owner is null) yield break;
            var counterparts = Coordinated(doc, direct, 0, owner);
            if (counterparts.Count > 0) yield return ([owner, .. counterparts], null);
            yield break;
        }
        if (noun && withAt < 0)
        {
            // "A و B محادثات", "Nazarbayev and Xi Jinping's talks": the persons just before the noun, joined to each
            // other, held it; unless a verb earlier in the sentence already says who met whom.
            for (var i = first; i < cue.FirstToken; i++)
                if (doc.TokenMention[i] is { Kind: PatternKind.MeetingCue } earlier && earlier.Pattern?.Cue?.Value == "verb") yield break;
            var near = before.Where(b => cue.FirstToken - b.Token <= 20).ToList();
            if (near.Count is < 2 or > 3) yield break;
            for (var k = 1; k < near.Count; k++)
                if (!JoinedBy(doc, EndOf(doc, near[k - 1].Token), near[k].Token)) yield break;
            yield return (near.Select(b => b.Person).Distinct().ToList(), null);
            yield break;
        }
        var objectsFrom = withAt >= 0 ? withAt + 1 : cue.LastToken + 1;
        var after = doc.PersonRefsBetween(objectsFrom, Math.Min(last, cue.LastToken + MaxObjectDistance)).ToList();
        if (noun && withAt >= 0 && before.Count == 0 && FrontedSubject(doc, after) is { } fronted)
        {
            // "In talks with Polish President Andrzej Duda, Premier Li said …", "خلال لقائه مع …، أكد …": the
            // fronted phrase names the counterpart; the main clause after the comma names the subject.
            var counterparts = Coordinated(doc, after[..fronted], 0, after[fronted].Person);
            if (counterparts.Count > 0) yield return ([after[fronted].Person, .. counterparts], null);
            yield break;
        }
        DocEntity? subject = before.Count > 0 ? before[^1].Person : null;
        // "Zhang met A and B, and held the meeting with C": a later cue in a coordinated predicate shares the
        // subject of the first one (English word order: the subject precedes the first cue).
        if (doc.Lang == "en" && FirstCueBefore(doc, first, cue.FirstToken) is { } firstCue)
        {
            var leading = doc.PersonRefsBetween(first, firstCue - 1).ToList();
            if (leading.Count > 0) subject = leading[^1].Person;
        }
        // The Arabic subject follows the verb (استقبل الشيخ تميم … وزراء …).
        if (!noun && GroupHead(doc, cue, sentence) is { } head
            && (subject ?? (after.Count > 0 && after[0].Token < GroupAt(doc, cue, sentence) ? after[0].Person : null) ?? PreviousPerson(doc, sentence)) is { } host && host != head)
        {
            // "استقبل … وزراء خارجية دول المجلس … ويرأس وفد المملكة … عادل الجبير": receiving a delegation meets its head.
            yield return ([host, head], null);
        }
        var objStart = 0;
        // Arabic verb-first order: the first person after the verb is its subject ("he met A and B" is English).
        if (subject is null && withAt < 0 && after.Count >= 2 && doc.Lang == "ar")
        {
            subject = after[0].Person;
            objStart = 1;
        }
        if (withAt < 0 && !after.Skip(objStart).Any(a => a.Person != subject) && PairBefore(doc, cue, before) is { } joined)
        {
            // "Tokayev and Mirziyoyev held talks": a subject of two, joined, meets itself.
            yield return (joined, null);
            yield break;
        }
        subject ??= BareTitleSubject(doc, first, cue, after.Skip(objStart).Select(a => a.Person)) ?? PreviousPerson(doc, sentence);
        if (subject is null || objStart >= after.Count) yield break;
        // Co-hosts: "A, Ruler of Dubai, and B, Crown Prince of Abu Dhabi, held talks with C"; "استقبل A و B … C".
        var hosts = CoSubjects(doc, before, after, ref objStart, subject, withAt);
        var objects = Coordinated(doc, after, objStart, subject).Where(o => !hosts.Contains(o)).ToList();
        if (objects.Count == 0) yield break;
        if (hosts.Count > 0)
        {
            yield return ([subject, .. hosts, .. objects], null);
            yield break;
        }
        // "where he met Zelenskyy in Kyiv and Putin in Moscow": each object with a city of its own met apart, there.
        var places = objects.Select(o => OwnPlace(doc, after, o)).ToList();
        if (objects.Count > 1 && places.All(p => p is not null) && places.Distinct().Count() > 1)
        {
            for (var k = 0; k < objects.Count; k++) yield return ([subject, objects[k]], places[k]);
        }
        else if (objects.Count > 1 && (Respectively(doc, cue.LastToken, last) || Bilateral(doc, cue)))
        {
            foreach (var o in objects) yield return ([subject, o], null);
        }
        else yield return ([subject, .. objects], null);
    }

    // "بحث الوزير وانغ يي مع الأمين العام … الحجرف …", "X discussed … with Y": a verb of discussing meets the person
    // after مع/with; its subject follows the Arabic verb and precedes the English one.
    private static List<DocEntity>? Discussed(ExtractionDocument doc, Mention cue, int sentence, List<(int Token, DocEntity Person)> before)
    {
        var (_, last) = doc.Sentences[sentence];
        var tokens = doc.Tokens.Tokens;
        var withAt = -1;
        for (var i = cue.LastToken + 1; i <= Math.Min(last, cue.LastToken + DiscussReach) && withAt < 0; i++)
            if (tokens[i].Key is "مع" or "with") withAt = i;
        if (withAt < 0) return null;
        var counterparts = doc.PersonRefsBetween(withAt + 1, Math.Min(last, withAt + HostObjectDistance)).ToList();
        if (counterparts.Count == 0) return null;
        var between = doc.PersonRefsBetween(cue.LastToken + 1, withAt - 1).ToList();
        var subject = doc.Lang == "ar" && between.Count > 0 ? between[0].Person
            : before.Count > 0 ? before[^1].Person : PreviousPerson(doc, sentence);
        if (subject is null) return null;
        var others = Coordinated(doc, counterparts, 0, subject);
        return others.Count == 0 ? null : [subject, .. others];
    }

    // The two persons joined by و/and/، just before the cue, when no other words stand between them and it.
    private static List<DocEntity>? PairBefore(ExtractionDocument doc, Mention cue, List<(int Token, DocEntity Person)> before)
    {
        if (before.Count < 2 || cue.Pattern?.Cue?.Value is not ("verb" or "joint")) return null;
        var (lastToken, lastPerson) = before[^1];
        var (prevToken, prevPerson) = before[^2];
        if (prevPerson == lastPerson || cue.FirstToken - EndOf(doc, lastToken) > PairGap || !JoinedBy(doc, EndOf(doc, prevToken), lastToken)) return null;
        return [prevPerson, lastPerson];
    }

    // "held bilateral talks with A, B and C", "اجتماعات ثنائية": one meeting with each.
    private static bool Bilateral(ExtractionDocument doc, Mention cue)
    {
        var tokens = doc.Tokens.Tokens;
        for (var i = Math.Max(0, cue.FirstToken - 1); i <= Math.Min(tokens.Count - 1, cue.LastToken + 1); i++)
            if (tokens[i].Key is "bilateral" || tokens[i].Key.StartsWith("ثنائي", StringComparison.Ordinal)) return true;
        return false;
    }

    // The city right after an object's name ("Zelenskyy in Kyiv", "بوتين في موسكو", "بوتين بموسكو"), or null.
    private static string? OwnPlace(ExtractionDocument doc, List<(int Token, DocEntity Person)> after, DocEntity person)
    {
        var at = after.FindIndex(a => a.Person == person);
        if (at < 0) return null;
        var next = EndOf(doc, after[at].Token) + 1;
        return LocativePlace(doc, next) is { } place ? place.Entity!.Reference : null;
    }

    // A place phrase starting at a token: "in X", "at X", "في X", or "بX"; null when none.
    private static Mention? LocativePlace(ExtractionDocument doc, int token)
    {
        var tokens = doc.Tokens.Tokens;
        if (token >= tokens.Count) return null;
        if (tokens[token].Key is "in" or "at" or "في" or "فى" && token + 1 < tokens.Count
            && doc.TokenMention[token + 1] is { Kind: PatternKind.Entity, Entity.Kind: NodeKind.Place } after && IsVenue(after)) return after;
        return doc.TokenMention[token] is { Kind: PatternKind.Entity, Entity.Kind: NodeKind.Place, PrefixLength: > 0 } own && IsVenue(own)
            && tokens[token].Key[0] == 'ب' ? own : null;
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
        return holders.Count == 1 ? doc.Entities.Values.FirstOrDefault(e => e.Kind == NodeKind.Person && e.Reference == holders[0]) : null;
    }

    private static bool AfterTheMeeting(ExtractionDocument doc, Mention cue)
    {
        var tokens = doc.Tokens.Tokens;
        for (var i = cue.FirstToken - 1; i >= 0 && i >= cue.FirstToken - 2; i--)
            if (tokens[i].Key is "after" or "following" or "بعد" or "وبعد" or "عقب" or "وعقب" or "اثر") return true;
        return false;
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
            if (doc.Tokens.Tokens[k].Key is "wife" or "husband" or "spouse" or "عقيلته" or "وعقيلته" or "زوجته" or "وزوجته" or "حرمه" or "وحرمه") return true;
        return false;
    }

    // Persons after the first object that are joined to it by و, "and" or a comma, with only titles between.
    private static List<DocEntity> Coordinated(ExtractionDocument doc, List<(int Token, DocEntity Person)> after, int start, DocEntity subject)
    {
        var list = new List<DocEntity>();
        var i = start;
        while (i < after.Count && after[i].Person == subject) i++;
        if (i >= after.Count) return list;
        list.Add(after[i].Person);
        var prevEnd = EndOf(doc, after[i].Token);
        for (var j = i + 1; j < after.Count; j++)
        {
            if (!JoinedBy(doc, prevEnd, after[j].Token)) break;
            // "الرئيس الأمريكي وعقيلته ميشيل أوباما", "and his wife": a spouse accompanies; the principal met.
            if (after[j].Person != subject && !list.Contains(after[j].Person) && !Spouse(doc, prevEnd, after[j].Token)) list.Add(after[j].Person);
            prevEnd = EndOf(doc, after[j].Token);
        }
        return list;
    }

    private static int EndOf(ExtractionDocument doc, int token)
    {
        var end = doc.TokenMention[token]?.LastToken ?? token;
        // Post-nominal titles belong to the name before them.
        while (end + 1 < doc.TokenMention.Length && doc.TokenMention[end + 1] is { Kind: PatternKind.Title or PatternKind.Demonym, Conjoined: false } m) end = m.LastToken;
        return end;
    }

    internal static bool JoinedBy(ExtractionDocument doc, int prevEnd, int next)
    {
        var tokens = doc.Tokens.Tokens;
        var joined = false;
        for (var k = prevEnd + 1; k < next; k++)
        {
            var t = tokens[k];
            var m = doc.TokenMention[k];
            if (t.Key is "and" or "," or "\u060C" || t.Key == "و") { joined = true; continue; }
            if (LocativePlace(doc, k) is { } place)
            {
                k = place.LastToken;
                continue;
            }
            if (m is { Kind: PatternKind.Title or PatternKind.Honorific or PatternKind.Demonym }
                || m?.Entity?.Kind == NodeKind.Country)
            {
                if (k == m.FirstToken && t.Key.StartsWith('و')) joined = true;
                // A title's phrase runs on through its portfolio (نائب رئيس الدولة).
                k = m.Kind == PatternKind.Title ? Math.Min(next - 1, PersonFinder.ChainEnd(doc, m)) : m.LastToken;
                continue;
            }
            if (t.Key is "the" or "of" or "his" or "wife" or "husband" or "عقيلته" or "وعقيلته" or "زوجته" or "وزوجته" or "حرمه" or "وحرمه")
            {
                if (t.Key.StartsWith('و')) joined = true;
                continue;
            }
            // "Qatar's Emir": the possessive after a country.
            if (t.Key is "'" or "\u2019" or "s" && k > 0 && (doc.TokenMention[k - 1]?.Entity?.Kind == NodeKind.Country || tokens[k - 1].Key is "'" or "\u2019")) continue;
            return false;
        }
        return joined || tokens[next].Key.StartsWith('و');
    }

    // Hospitality: a reception, welcome ceremony or banquet for one guest. The host is named before the cue (or, in
    // a passive "أقيمت مراسم استقبال ل… بحضور …", after بحضور); the guest right after it, or, for a possessed noun
    // ("وكان مودي في استقباله"), the person named before the host. Others present (بحضور، attended) only attend.
    private static (DocEntity Host, DocEntity Guest)? Hosted(ExtractionDocument doc, Mention cue, int sentence, List<(int Token, DocEntity Person)> before)
    {
        var (_, last) = doc.Sentences[sentence];
        var tokens = doc.Tokens.Tokens;
        if (Possessive(cue))
        {
            if (before.Count == 0) return null;
            var host = before[^1].Person;
            var guest = before.Take(before.Count - 1).LastOrDefault(b => b.Person != host).Person ?? PreviousPerson(doc, sentence);
            return guest is null || guest == host ? null : (host, guest);
        }
        var presence = -1;
        for (var i = cue.LastToken + 1; i <= last; i++)
            if (tokens[i].Key is "بحضور" or "attended" or "attending" or "presence") { presence = i; break; }
        var objectEnd = Math.Min(presence < 0 ? last : presence - 1, cue.LastToken + HostObjectDistance);
        var guestRef = doc.PersonRefsBetween(cue.LastToken + 1, objectEnd).FirstOrDefault();
        if (guestRef.Person is null) return null;
        var hostRef = before.LastOrDefault(b => b.Person != guestRef.Person).Person;
        if (hostRef is null && presence >= 0)
            hostRef = doc.PersonRefsBetween(presence + 1, last).FirstOrDefault(b => b.Person != guestRef.Person).Person;
        hostRef ??= PreviousPerson(doc, sentence);
        return hostRef is null || hostRef == guestRef.Person ? null : (hostRef, guestRef.Person);
    }

    private static int? FirstCueBefore(ExtractionDocument doc, int first, int cueStart)
    {
        for (var i = first; i < cueStart; i++)
            if (doc.TokenMention[i] is { Kind: PatternKind.MeetingCue } m && m.Pattern?.Cue?.Value == "verb") return i;
        return null;
    }

    private static bool Possessive(Mention cue)
    {
        var form = cue.Pattern?.Form;
        return form is not null && form.EndsWith('ه') && form.Length > 3;
    }

    // The first person after the fronted object that a comma (not a conjunction) separates from it and that is not
    // itself followed by a list separator: the subject of the main clause; null when none.
    private static int? FrontedSubject(ExtractionDocument doc, List<(int Token, DocEntity Person)> after)
    {
        var tokens = doc.Tokens.Tokens;
        for (var j = 1; j < after.Count; j++)
        {
            var prevEnd = EndOf(doc, after[j - 1].Token);
            var commaOnly = false;
            var other = false;
            for (var k = prevEnd + 1; k < after[j].Token; k++)
            {
                var key = tokens[k].Key;
                if (key is "," or "\u060C") commaOnly = true;
                else if (key is "and" or "و" || key.StartsWith('و') && k == after[j].Token - 1) other = true;
            }
            if (!commaOnly || other || tokens[after[j].Token].Key.StartsWith('و')) continue;
            var next = EndOf(doc, after[j].Token) + 1;
            if (next < tokens.Count && tokens[next].Key is "," or "\u060C" or "and" or "و") return null;
            return after[j].Person == after[0].Person ? null : j;
        }
        return null;
    }

    private static bool Respectively(ExtractionDocument doc, int from, int to)
    {
        for (var i = from; i <= to; i++)
        {
            var key = doc.Tokens.Tokens[i].Key;
            // "كلا من A و B", "كل من": each of them.
            if (key is "respectively" or "separately" or "التوالي" or "حدة" or "كلا"
                || key == "كل" && i + 1 <= to && doc.Tokens.Tokens[i + 1].Key == "من") return true;
        }
        return false;
    }

    // "their meeting in Riyadh", "their talks": an English meeting noun possessed by two.
    private static bool TheirNoun(ExtractionDocument doc, Mention cue) =>
        doc.Lang == "en" && cue.FirstToken > 0 && doc.Tokens.Tokens[cue.FirstToken - 1].Key == "their";

    // The two persons after "between"/"بين" within the noun's reach in its sentence; null unless exactly two.
    private static List<DocEntity>? Between(ExtractionDocument doc, Mention cue, int sentence)
    {
        var tokens = doc.Tokens.Tokens;
        var (_, last) = doc.Sentences[sentence];
        for (var i = cue.LastToken + 1; i <= Math.Min(last, cue.LastToken + WithWindow); i++)
        {
            if (tokens[i].Key is not ("between" or "بين")) continue;
            var persons = doc.PersonRefsBetween(i + 1, last).Select(r => r.Person).Distinct().ToList();
            return persons.Count == 2 ? persons : null;
        }
        return null;
    }

    // Arabic verb-first: "ترأس الرئيس A والرئيس B …": the two persons right after the verb, joined.
    private static List<DocEntity>? JoinedPairAfter(ExtractionDocument doc, Mention cue, int sentence)
    {
        var (_, last) = doc.Sentences[sentence];
        var after = doc.PersonRefsBetween(cue.LastToken + 1, last).Take(2).ToList();
        if (after.Count < 2 || after[0].Person == after[1].Person || !JoinedBy(doc, EndOf(doc, after[0].Token), after[1].Token)) return null;
        return [after[0].Person, after[1].Person];
    }

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

    private static DocEntity? PreviousPerson(ExtractionDocument doc, int sentence)
    {
        if (sentence == 0) return null;
        var from = doc.Sentences[Math.Max(0, sentence - 2)].FirstToken;
        var refs = doc.PersonRefsBetween(from, doc.Sentences[sentence].FirstToken - 1).ToList();
        return refs.Count > 0 ? refs[^1].Person : null;
    }

    // A story about a phone call often heads it "holds talks"; without a stated place, talks next to a phone call
    // are that call.
    private static bool NearPhoneCall(ExtractionDocument doc, int sentence)
    {
        var tokens = doc.Tokens.Tokens;
        var to = Math.Min(doc.Sentences.Count - 1, sentence + PhoneCallReach);
        for (var i = doc.Sentences[sentence].FirstToken; i <= doc.Sentences[to].LastToken; i++)
            if (doc.IsKind(i, PatternKind.MeetingBlocker) && (tokens[i].Key is "telephone" or "phone" || tokens[i].Key.StartsWith("هاتف", StringComparison.Ordinal))
                && !EarlierCall(doc, i))
                return true;
        return false;
    }

    // "soon after their telephone conversation", "بعد اتصالهما الهاتفي": a call that came before the story's meeting.
    private static bool EarlierCall(ExtractionDocument doc, int phone)
    {
        var tokens = doc.Tokens.Tokens;
        for (var i = phone - 1; i >= 0 && i >= phone - 3; i--)
            if (tokens[i].Key is "after" or "following" or "their" or "بعد" or "عقب" or "اثر") return true;
        return false;
    }

    private static bool StatesPlace(ExtractionDocument doc, int first, int last)
    {
        for (var i = first; i <= last; i++)
            if (doc.TokenMention[i] is { Kind: PatternKind.Entity, Entity.Kind: NodeKind.Place } m && IsVenue(m)) return true;
        return false;
    }

    // A city that only qualifies a title lost its span in TitleReader.
    private static bool IsVenue(Mention m) => m.Entity!.Spans.Contains((m.Start, m.End));

    private static bool Blocked(ExtractionDocument doc, Mention cue, int first, int last)
    {
        for (var i = Math.Max(first, cue.FirstToken - BlockBefore); i <= Math.Min(last, cue.LastToken + BlockAfter); i++)
            if (doc.IsKind(i, PatternKind.MeetingBlocker)) return true;
        return false;
    }

    // A date in the sentence, else a relative day (dated: the sentence states one), else the story's date, else the
    // header's (event) date, else the document date.
    private string? DateOf(ExtractionDocument doc, int first, int last, out bool dated)
    {
        var t = doc.Tokens.Tokens;
        first = Math.Max(first, doc.DatelineEnd + 1);
        var d = dates.FindExplicit(t, first, last, doc.Date, out _);
        if (d is null && doc.Date is { } reference) d = dates.FindRelative(t, first, last, reference);
        dated = d is not null;
        d ??= StoryDate(doc, first);
        d ??= doc.Article.PublishedDate ?? doc.Date;
        return d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    // A sentence without a date continues the story time of the sentences just before it ("held talks … on the
    // morning of Nov 24. … In talks with …"): the last day-and-month date there, when close to the document date.
    private DateOnly? StoryDate(ExtractionDocument doc, int first)
    {
        var sentence = doc.SentenceOf(first);
        if (sentence <= 0 || (doc.Date ?? doc.Article.PublishedDate) is not { } reference) return null;
        var t = doc.Tokens.Tokens;
        for (var s = sentence - 1; s >= Math.Max(0, sentence - StoryDateReach); s--)
        {
            var (from, to) = doc.Sentences[s];
            from = Math.Max(from, doc.DatelineEnd + 1);
            DateOnly? lastFound = null;
            while (from <= to && dates.FindExplicit(t, from, to, reference, out _, out var end) is { } d)
            {
                lastFound = d;
                from = end + 1;
            }
            if (lastFound is { } found && Math.Abs(found.DayNumber - reference.DayNumber) <= StoryDateDays) return found;
        }
        return null;
    }

    // A city the sentence puts the meeting in (في، ب…، in, at) before any other city of the sentence, else the
    // dateline's, else the last city named before, else the first one named. The dateline's own city only says
    // where the story was filed ("BEIRUT // … met … in Moscow"), and a landmark's city (Hyderabad House) lost its span in GazetteerMatcher.
    private static string? PlaceOf(ExtractionDocument doc, int first, int last, out bool stated)
    {
        stated = true;
        Mention? unmarked = null;
        for (var i = first; i <= last; i++)
        {
            if (doc.TokenMention[i] is not { Kind: PatternKind.Entity, Entity.Kind: NodeKind.Place } m || !IsVenue(m)) continue;
            i = m.LastToken;
            if (m.FirstToken == doc.DatelinePlaceToken || Origin(doc, m)) continue;
            if (Locative(doc, m)) return m.Entity!.Reference;
            unmarked ??= m;
        }
        if (unmarked is not null) return unmarked.Entity!.Reference;
        stated = false;
        if (doc.DatelinePlace is not null) return doc.DatelinePlace;
        for (var i = first - 1; i >= 0; i--)
            if (doc.TokenMention[i] is { Kind: PatternKind.Entity, Entity: { Kind: NodeKind.Place } p } m && IsVenue(m)) return p.Reference;
        return doc.Mentions.FirstOrDefault(m => m.Entity?.Kind == NodeKind.Place && IsVenue(m))?.Entity?.Reference;
    }

    // "قادمين من نيودلهي", "arriving from Moscow": where a visitor came from is not where they met.
    private static bool Origin(ExtractionDocument doc, Mention place)
    {
        var before = place.FirstToken - 1;
        return before >= 0 && doc.Tokens.Tokens[before].Key is "من" or "from" || place.PrefixLength > 0 && doc.Tokens.Tokens[place.FirstToken].Key.StartsWith("من", StringComparison.Ordinal);
    }

    // "في بكين", "بالرياض", "in Moscow", "in the Kazakh capital Astana", "في العاصمة الإماراتية أبوظبي".
    private static bool Locative(ExtractionDocument doc, Mention m)
    {
        var tokens = doc.Tokens.Tokens;
        if (m.PrefixLength > 0)
        {
            var clitic = tokens[m.FirstToken].Key.AsSpan(0, m.PrefixLength);
            if (clitic.StartsWith("ب") || clitic.StartsWith("وب") || clitic.StartsWith("فب")) return true;
        }
        for (var i = m.FirstToken - 1; i >= 0 && m.FirstToken - i <= LocativeReach; i--)
        {
            var key = tokens[i].Key;
            if (key is "in" or "at" or "في" or "فى" or "وفي") return true;
            if (key is "the" or "capital" or "city" or "of" or "العاصمه" or "مدينه" or "بمدينه" or "بالعاصمه") continue;
            if (doc.TokenMention[i] is { Kind: PatternKind.Demonym } or { Kind: PatternKind.Entity, Entity.Kind: NodeKind.Country })
            {
                i = doc.TokenMention[i]!.FirstToken;
                continue;
            }
            return false;
        }
        return false;
    }

}
