using System.Globalization;
using DiplomacyGraph.Domain.Documents;
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
internal sealed partial class MeetingFinder(DateExpressions dates) : IPipelineComponent
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
    private const int ListOpenerReach = 8;
    private const int TitledGuestNameReach = 3;
    private const int NounSubjectReach = 28;

    public string Name => "meetings";
    public DocumentLayer Needs => DocumentLayer.Coreference | DocumentLayer.Sentences | DocumentLayer.Dateline;
    public DocumentLayer Adds => DocumentLayer.Meetings;

    public void Process(ExtractionDocument doc, CancellationToken ct)
    {
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var placeStated = new HashSet<int>();
        var undated = new HashSet<int>();
        var sentenceDates = new Dictionary<(int, int, int), (string? Date, bool Dated)>();
        bool[]? online = null;
        string? lastStated = null;
        var story = new StoryFacts();
        foreach (var cue in doc.MentionsOf(PatternKind.MeetingCue).ToList())
        {
            ct.ThrowIfCancellationRequested();
            var s = doc.SentenceOf(cue.FirstToken);
            if (s < 0) continue;
            var (first, last) = doc.Sentences[s];
            if (Blocked(doc, cue, first, last) || RepeatedOccasions(doc, cue, last)) continue;
            var call = PhoneCallNear(doc, s);
            if (call >= 0 && StatesPlace(doc, first, last)) call = -1;
            online ??= OnlineSentences(doc);
            if (online[s] || s > 0 && online[s - 1]) continue;
            (string? Date, bool Dated)? cueDate = null;
            (string? Date, bool Dated)? past = null;
            foreach (var (group, ownPlace) in Participants(doc, cue, s, story))
            {
                var distinct = Principals(doc, DistinctPersons(group));
                if (distinct.Count == 2 && distinct.Any(p => OnlyAsPatron(doc, p, first, last))) continue;
                if (distinct.Count < 2 || AirportWelcomeByAide(doc, cue, first, last, distinct) || AllOfOneCountry(doc, distinct)) continue;
                if (call >= 0 && !CallWithOthers(doc, call, distinct)) continue;
                var key = MeetingKey(distinct);
                var stated = ownPlace is not null;
                var place = ownPlace ?? PlaceOf(doc, first, last, cue.FirstToken, out stated);
                // "Zhai Jun met … in Doha on Thursday … On the same day, Zhai also met …" (a Beijing dateline): where the
                // same person met someone else that day, as the story stated it.
                if (!stated && doc.Meetings.Count > 0 && placeStated.Contains(doc.Meetings.Count - 1) && SameDay(doc, first, last)
                    && doc.Meetings[^1].Participants.Intersect(distinct.Select(p => p.Reference)).Any())
                    place = doc.Meetings[^1].Place;
                // Read once per cue, however many meetings it reports.
                past ??= PastOccasion(doc, cue, first, last) ?? (null, false);
                // A recalled meeting has only the city and the full date the story gives it ("he recalled his recent talks
                // with …" gives neither); one of a pair the story has meet now, given neither, may be that meeting.
                if (past.Value.Dated && past.Value.Date is null && !stated)
                {
                    if (byKey.ContainsKey(key)) continue;
                    place = null;
                }
                var (date, dated) = cueDate ??= past.Value.Dated ? past.Value : DayBefore(doc, cue, first, last, DateOfCue(doc, cue, s, sentenceDates, ref lastStated));
                var meeting = new DocumentMeeting(distinct.Select(p => p.Reference).ToList(), date, place)
                {
                    Evidence = doc.SpanOf(first, last),
                };
                // The same persons on another date or in another city the sentence states ("which they co-chaired in
                // Istanbul on Nov. 26, 2018") met on another occasion; otherwise a later sentence is about the same meeting and may state the
                // place the first one left out.
                // A meeting placed by the story's own dateline is there; another city stated later is another meeting.
                // "he had briefed the President on his talks with Shoukry … On Saturday, Jaishankar held talks with Shoukry":
                // a meeting first told without its day takes the day a later sentence states.
                var seen = byKey.TryGetValue(key, out var at);
                if (seen && dated && undated.Remove(at) && meeting.Date != doc.Meetings[at].Date)
                    doc.Meetings[at] = doc.Meetings[at] with { Date = meeting.Date };
                if (seen && !(dated && meeting.Date != doc.Meetings[at].Date)
                    && !(stated && (placeStated.Contains(at) || doc.Meetings[at].Place is { } p && p == doc.DatelinePlace) && meeting.Place != doc.Meetings[at].Place))
                {
                    if (stated && !placeStated.Contains(at) && doc.Meetings[at].Place != meeting.Place)
                        doc.Meetings[at] = doc.Meetings[at] with { Place = meeting.Place };
                    // A place stated once is the meeting's, even where it is the one it already had.
                    if (stated) placeStated.Add(at);
                    continue;
                }
                if (stated) placeStated.Add(doc.Meetings.Count);
                // The story's first meeting is dated by the dateline, stated or not.
                if (!dated && doc.Meetings.Count > 0) undated.Add(doc.Meetings.Count);
                byKey[key] = doc.Meetings.Count;
                doc.Meetings.Add(meeting);
            }
        }
        DropSummaries(doc);
    }

    // One sentence's date is read once per clause set aside or its own (the cache), however many cues it has.
    private (string? Date, bool Dated) DateOfCue(ExtractionDocument doc, Mention cue, int s, Dictionary<(int, int, int), (string? Date, bool Dated)> sentenceDates, ref string? lastStated)
    {
        var (first, last) = doc.Sentences[s];
        // "attended the inauguration … on Sunday and met with him in Brasilia on Monday": a predicate joined by "and"
        // states its own day.
        if (cue.FirstToken > first && doc.Tokens.Tokens[cue.FirstToken - 1].Key == "and"
            && DateIn(doc, [(cue.FirstToken, ClauseEnd(doc.Tokens.Tokens, cue.LastToken + 1, last))]) is { } joined)
            return (joined.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), true);
        var aside = AsideClause(doc, first, last, cue);
        var own = OwnClause(doc, first, last, cue);
        var key = (s, aside?.From ?? -1, own?.From ?? -1);
        if (!sentenceDates.TryGetValue(key, out var sentenceDate))
            sentenceDates[key] = sentenceDate = (DateOf(doc, first, last, aside, own, lastStated, out var dated), dated);
        // A meeting told in a relative clause is background: "the same day" later refers to the main story's day.
        if (sentenceDate.Dated && own is null && !InRelativeClause(doc, first, cue)) lastStated = sentenceDate.Date;
        return sentenceDate;
    }

    // "PM Modi holds talks with Putin, Mirziyoyev and Raisi" over a story that reports each talk: a meeting of three
    // or more whose every pair with one of them is reported on its own is that summary, not a fourth meeting.
    // Only pairs of the same day count: a trilateral summit after each leader met the host on arrival, or after two of
    // them met the day before, is a meeting of its own.
    private static void DropSummaries(ExtractionDocument doc)
    {
        var pairs = doc.Meetings.Where(m => m.Participants.Count == 2).Select(m => (m.Participants[0], m.Participants[1], m.Date)).ToHashSet();
        bool Met(string a, string b, string? date) => pairs.Contains((a, b, date)) || pairs.Contains((b, a, date));
        doc.Meetings.RemoveAll(m => m.Participants.Count >= 3
            && m.Participants.Any(hub => m.Participants.All(p => p == hub || Met(hub, p, m.Date))));
    }

    // "he was met by his Angolan counterpart Tete Antonio, Russian Ambassador … and Angolan Ambassador …": in a group
    // of three or more, ambassadors beside at least two principals attend; they are not the ones who met.
    // "استقبلها", "التقاه", "استقبلهم": a verb carrying its object as a pronoun.
    private static bool ObjectPronounOn(ExtractionDocument doc, Mention cue)
    {
        var key = doc.Tokens.Tokens[cue.LastToken].Key;
        return key.EndsWith('ه') || key.EndsWith("ها", StringComparison.Ordinal) || key.EndsWith("هم", StringComparison.Ordinal) || key.EndsWith("هما", StringComparison.Ordinal);
    }

    // The group's persons once each, in order: a group is a few persons, so a list's Contains rather than a set per group.
    private static List<DocEntity> DistinctPersons(List<DocEntity> group)
    {
        var distinct = new List<DocEntity>(group.Count);
        foreach (var p in group)
            if (!distinct.Contains(p)) distinct.Add(p);
        return distinct;
    }

    // "King Salman received Prince Faisal", "Xi met Li Qiang": persons the gazetteer gives one and the same country meet
    // at home, not in diplomacy; a diplomatic meeting is between countries (or with a body's officer). Only the
    // gazetteer's countries: an office the story reads may be misattributed, and an unknown name has no country.
    // (An ambassador the story names only as such is of the country they serve: "US Ambassador Marie Yovanovitch met
    // Secretary Rice at the airport" is a welcome at home.)
    private static bool AllOfOneCountry(ExtractionDocument doc, List<DocEntity> persons)
    {
        var country = CountryOf(doc, persons[0]);
        if (country is null) return false;
        for (var i = 1; i < persons.Count; i++)
            if (CountryOf(doc, persons[i]) != country) return false;
        return true;
    }

    private static string? CountryOf(ExtractionDocument doc, DocEntity person)
    {
        if (person.Entry?.Country is { } known) return known;
        string? ambassadorOf = null;
        foreach (var o in doc.Offices)
        {
            if (o.Person != person.Reference) continue;
            if (o.Title != "Ambassador" || ambassadorOf is not null && ambassadorOf != o.Country) return null;
            ambassadorOf = o.Country;
        }
        return ambassadorOf;
    }

    private static List<DocEntity> Principals(ExtractionDocument doc, List<DocEntity> group)
    {
        if (group.Count < 3) return group;
        bool OnlyAmbassador(DocEntity p) =>
            doc.Offices.Any(o => o.Person == p.Reference) && doc.Offices.Where(o => o.Person == p.Reference).All(o => o.Title == "Ambassador");
        // "Macron and his wife, Brigitte Macron, received …": a spouse beside the principals attends.
        var principals = group.Where(p => !OnlyAmbassador(p) && !doc.Spouses.Contains(p)).ToList();
        return principals.Count >= 2 ? principals : group;
    }

    private const int ParticipleSubjectReach = 4;

    // The persons named from the sentence's first token to the cue who may hold the meeting: not those accompanying,
    // named as a modifier, sending an envoy or met in a fronted earlier meeting. (Loops over the document's
    // references, not a filter and a list per cue.)
    private static List<(int Token, DocEntity Person)> SubjectsBetween(ExtractionDocument doc, int first, Mention cue)
    {
        var found = new List<(int Token, DocEntity Person)>();
        var (start, end) = doc.PersonRefIndexes(first, cue.FirstToken - 1);
        for (var k = start; k < end; k++)
        {
            var b = doc.PersonRefs[k];
            if (!Accompanying(doc, b.Token) && !NameAsModifier(doc, b.Token) && !SendsTheEnvoy(doc, b.Token) && !MetInAFrontedEarlierMeeting(doc, b.Token, first, cue))
                found.Add(b);
        }
        return found;
    }

    // The persons named in [from, to] who may be met after the cue: not those accompanying, sending an envoy or a possessor.
    private static List<(int Token, DocEntity Person)> ObjectsBetween(ExtractionDocument doc, int from, int to)
    {
        var found = new List<(int Token, DocEntity Person)>();
        var (start, end) = doc.PersonRefIndexes(from, to);
        for (var k = start; k < end; k++)
        {
            var a = doc.PersonRefs[k];
            if (!Accompanying(doc, a.Token) && !SendsTheEnvoy(doc, a.Token) && !Possessor(doc, a.Token)) found.Add(a);
        }
        return found;
    }

    private static bool AfterPreposition(ExtractionDocument doc, int token) =>
        token > 0 && doc.Tokens.Tokens[token - 1].Key is "من" or "عن" or "الي" or "علي" or "لدي";

    // A word glued to ب that names a person, or opens a title or honorific (بالرئيس، بفخامة).
    private static bool GluedWith(ExtractionDocument doc, int i)
    {
        var k = doc.Tokens.Tokens[i].Key;
        return k.Length > 3 && k[0] == 'ب' && (doc.PersonAt.ContainsKey(i) || doc.TokenMention[i] is { Kind: PatternKind.Honorific or PatternKind.Title });
    }

    private static IEnumerable<(List<DocEntity> Persons, string? Place)> Participants(ExtractionDocument doc, Mention cue, int sentence, StoryFacts story)
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
            // "لقاءه ببرايوت", "لقائه بالرئيس …": ب glued to the word right after the noun is its "with".
            if (i == cue.LastToken + 1 && GluedWith(doc, i)) { withAt = cue.LastToken; break; }
            // "عقد … الاجتماع السادس لرؤساء دول الصين وروسيا ومنغوليا، مع الرئيس الروسي …": a comma may stand before مع.
            if (i > cue.LastToken && (!tokens[i].IsWord || doc.PersonAt.ContainsKey(i) || doc.IsKind(i, PatternKind.MeetingCue))
                && tokens[i].Key is not "-" and not "\u2013" && !(tokens[i].Key is "\u060C" or "," && i + 1 <= last && tokens[i + 1].Key is "مع" or "with")) break;
        }
        // The cue's last word is with/مع ("met with", "التقى مع"); اجتمع only ends in those letters.
        if (cue.Pattern?.Form.EndsWith(" with", StringComparison.Ordinal) == true || cue.Pattern?.Form.EndsWith(" مع", StringComparison.Ordinal) == true) withAt = cue.LastToken;
        // "Meeting Emir Tamim …, PM Chinh said …": a participle opening the sentence takes its object as "with" would.
        var participle = noun && FrontedParticiple(doc, cue, first);
        if (participle && withAt < 0) withAt = cue.LastToken;
        if (QualifiesAnEvent(doc, cue)) yield break;
        // "حضر اللقاء مع وزير الدفاع …", "attended the talks with …": those who attended it are listed, the meeting was told.
        if (noun && (Attended(doc, Math.Max(first, cue.FirstToken - 2), cue.FirstToken - 1) || JoinedSomeoneIn(doc, cue, first))
            || !noun && JoinedSomeoneInAMeeting(doc, cue, last)) yield break;
        if (noun && FrontedPossessedNoun(doc, cue, first, last) is { } settingPair)
        {
            yield return (settingPair, null);
            yield break;
        }
        // "عقب مباحثات أجراها أردوغان والسوداني": the verb that held the noun, then the pair who held it.
        if (noun && HeldByPairAfter(doc, cue, sentence) is { } heldBy)
        {
            yield return (heldBy, null);
            yield break;
        }
        if (noun && HeldWithPronoun(doc, cue, sentence) is { } heldWith)
        {
            yield return (heldWith, null);
            yield break;
        }
        if (WithWhom(doc, cue, first) is { } pairWithWhom)
        {
            yield return (pairWithWhom, null);
            yield break;
        }
        if (noun && withAt < 0 && AddressedInFrontedNoun(doc, cue, first, last) is { } addressed)
        {
            yield return (addressed, null);
            yield break;
        }
        if (RelativeClause(doc, cue, sentence) is { } told)
        {
            yield return (told, null);
            yield break;
        }
        var before = SubjectsBetween(doc, first, cue);
        // "Macron and his wife Brigitte Macron hosted a banquet for Xi": the spouse beside a principal is not the subject.
        if (doc.Spouses.Count > 0 && before.Any(b => !doc.Spouses.Contains(b.Person))) before.RemoveAll(b => doc.Spouses.Contains(b.Person));
        if (noun && FramedByAVisit(doc, cue, first, last, before) is { } framed)
        {
            yield return (framed, null);
            yield break;
        }
        if (before.Count == 0 && MeetingHostedBy(doc, cue, first, last) is { } meetingHost)
        {
            // The host joins the meeting told, rather than holding one of their own.
            doc.Meetings[^1] = doc.Meetings[^1] with { Participants = [.. doc.Meetings[^1].Participants, meetingHost.Reference] };
            yield break;
        }
        if (noun && IncludedMeetings(doc, cue, first, last) is { } included)
        {
            foreach (var pair in included) yield return (pair, null);
            yield break;
        }
        if (noun && Between(doc, cue, sentence) is { } between)
        {
            // "talks held in Beijing between a Saudi delegation headed by A … and an Iranian delegation headed by B".
            yield return (between, null);
            yield break;
        }
        if (noun && GatheredBy(doc, cue, sentence) is { } gathered)
        {
            // "خلال لقاء جمع A و B", "اجتماعا ضم كلا من A و B و C", "a meeting that brought together A and B".
            yield return (gathered, null);
            yield break;
        }
        // "their talks", محادثاتهما: the noun possessed by a pair.
        var theirs = noun && withAt < 0 && (DualPossessive(cue) || TheirNoun(doc, cue));
        // "Kurtulmus met Putin … During their meeting, Putin said … Erdogan …": "their meeting" opening a sentence after
        // the story told a meeting is that one, whoever else the sentence names.
        if (theirs && doc.Meetings.Count > 0 && DuringTheMeeting(doc, cue) && cue.FirstToken - first <= 2) yield break;
        // "between them" names its pair wherever it stands in the clause; "their" only close by.
        if ((theirs || noun && withAt < 0 && BetweenThem(doc, cue))
            // "اتفق A و B اليوم على …، وذلك خلال محادثاتهما": "their" with only that pair named before reaches back to it.
            // (So does "during their talks" after "A and B agreed …" far before it.)
            && JoinedPairBefore(doc, cue, before, BetweenThem(doc, cue) || theirs && before.Select(b => b.Person).Distinct().Count() == 2 ? MaxObjectDistance : PairGap * 3) is { } held)
        {
            // "signed by A and B after their talks", "ووقع البيان A و B، عقب محادثات بينهما": the pair just named.
            yield return (held, null);
            yield break;
        }
        // "مؤتمر صحفي مشترك عقده شكري مع نظيره المجري بيتر سيارتو، عقب مباحثاتهما": "their talks" after a pair joined by
        // "with" are that pair's.
        if (theirs && PairWithBefore(doc, cue, before) is { } withPair)
        {
            yield return (withPair, null);
            yield break;
        }
        // "اتفق A ونظيرته B اليوم على … . وقال A … خلال محادثاتهما": in a story that has told no meeting yet, "their talks"
        // with no pair in its own sentence are the talks of the pair the sentence before opened on.
        if (theirs && doc.Meetings.Count == 0 && before.Select(b => b.Person).Distinct().Count() < 2
            && OpeningPairOf(doc, sentence - 1) is { } openingPair && before.All(b => openingPair.Contains(b.Person)))
        {
            yield return (openingPair, null);
            yield break;
        }
        // "Xi Jinping and Paul Kagame announced … as they met on the sidelines of …": "they" before the verb, with no one
        // named after it, is the pair the sentence joined before.
        if (!noun && TheyBefore(doc, cue.FirstToken, first) && !doc.PersonRefsBetween(cue.LastToken + 1, Math.Min(last, cue.LastToken + 8)).Any())
        {
            // "They last met in Kazan in October" with no one named in the sentence: the pair of the story's last meeting.
            var they = JoinedPairBefore(doc, cue, before, MaxObjectDistance)
                ?? (before.Count == 0 && doc.Meetings.Count > 0 && doc.Meetings[^1].Participants.Count == 2 ? PersonsOf(doc, doc.Meetings[^1]) : null);
            if (they is not null)
            {
                yield return (they, null);
                yield break;
            }
        }
        // "After the meeting with President Assad, the two ministers …": a meeting named as a point in time was reported
        // where it happened.
        // "Lavrov told a news conference after talks with Malian Foreign Minister Abdoulaye Diop": unless the story has
        // already told a meeting with the one after "with", the talks are told here.
        // (So is "عقب لقائه بالرئيس تبون": the counterpart glued to ب after the possessed noun.)
        var counterpartFrom = withAt >= 0 ? withAt + 1
            : Possessive(cue) && cue.LastToken + 1 <= last && tokens[cue.LastToken + 1].Key.StartsWith('ب') && doc.TokenMention[cue.LastToken + 1] is not null ? cue.LastToken + 1 : -1;
        // ("Speaking at a joint press conference after their talks, President Sisi said …" in a story that has told no
        // meeting yet: "their talks" are told here, by the pair "their" stands for, below.)
        if (noun && AfterTheMeeting(doc, cue)
            && !(doc.Meetings.Count == 0 && theirs)
            && !(counterpartFrom >= 0 && NamedAfter(doc, counterpartFrom, last).FirstOrDefault() is { Person: { } counterpart }
                 && !doc.Meetings.Any(m => m.Participants.Contains(counterpart.Reference))))
            yield break;
        // "Araghchi met the Crown Prince … During the meeting with the crown prince, the two sides …": a meeting the story
        // has told, named again by its counterpart, with no subject of its own.
        if (noun && withAt >= 0 && (before.Count == 0 && DuringTheMeeting(doc, cue) || ReportedAfterSaying(doc, cue, first))
            && NamedAfter(doc, withAt + 1, last).FirstOrDefault() is { Person: { } toldBefore } && doc.Meetings.Any(m => m.Participants.Contains(toldBefore.Reference)))
            yield break;
        if (cue.Pattern?.Cue?.Value is "joint" or "sign")
        {
            if (cue.Pattern.Cue.Value == "sign" && SignedBeforeWitnesses(doc, sentence)) yield break;
            // "Erdogan and Tamim presided over the session", "ترأسا": only a subject of two, joined, met.
            var pair = PairBefore(doc, cue, before) ?? JoinedPairAfter(doc, cue, sentence) ?? ChairedWith(doc, cue, sentence, before);
            if (pair is not null) yield return (pair, null);
            yield break;
        }
        if (cue.Pattern?.Cue?.Value == "discuss")
        {
            if (Discussed(doc, cue, sentence, before) is { } discussed) yield return (discussed, null);
            yield break;
        }
        if (cue.Pattern?.Cue?.Value == "deliver")
        {
            if (Delivered(doc, cue, sentence, before) is { } delivered) yield return (delivered, null);
            yield break;
        }
        if (cue.Pattern?.Cue?.Value == "present")
        {
            if (Presented(doc, cue, sentence, before) is { } presentations)
                foreach (var pair in presentations) yield return (pair, null);
            yield break;
        }
        if (cue.Pattern?.Cue?.Value == "host")
        {
            if (Hosted(doc, cue, sentence, before) is { } pair) yield return ([pair.Host, pair.Guest], null);
            yield break;
        }
        if (noun && withAt < 0 && (DualPossessive(cue) || TheirNoun(doc, cue) || BetweenThem(doc, cue)) && before.Count == 0)
        {
            // "وخلال لقائهما في مسقط، أكد المعلم ونظيره …": "their meeting" is between the two persons the clause
            // names next, else the two last named before.
            var named = doc.PersonRefsBetween(cue.LastToken + 1, last).ToList();
            var pair = named.Count >= 2 ? Coordinated(doc, named, 1, named[0].Person) is [var other, ..] ? [named[0].Person, other] : [] : new List<DocEntity>();
            if (pair.Count < 2) pair = LastPersons(doc, sentence, 2);
            // … else the pair the story has met ("يذكر أن الجانبين كانا قد اتفقا خلال لقائهما في …" after sentences that
            // name them only by pronoun).
            if (pair.Count < 2 && doc.Meetings.Count > 0 && doc.Meetings[^1].Participants.Count == 2)
                pair = PersonsOf(doc, doc.Meetings[^1]);
            if (pair.Count == 2) yield return (pair, null);
            yield break;
        }
        if (noun && withAt < 0 && (DualPossessive(cue) || TheirNoun(doc, cue)) && before.Count == 1 && doc.Meetings.Count > 0
            && doc.Meetings[^1].Participants is [var one, var two] && (one == before[0].Person.Reference || two == before[0].Person.Reference))
        {
            // "وأشار سمو الأمير إلى أن لقاءهما الأخير كان في موسكو", "Xi said their talks …": the speaker and the one
            // the story has him meet.
            yield return (PersonsOf(doc, doc.Meetings[^1]), null);
            yield break;
        }
        var duringPossessed = noun && withAt < 0 && Possessive(cue) && cue.FirstToken > first
            && doc.Tokens.Tokens[cue.FirstToken - 1].Key is "خلال" or "اثناء" or "عقب" or "لدي";
        if (duringPossessed && before.Count >= 2 && before[0].Person != before[^1].Person)
        {
            // "سلّم الصفدي رسالة من الملك … إلى الرئيس القبرصي …، خلال لقائه": the subject met the one the clause named last.
            yield return ([before[0].Person, before[^1].Person], null);
            yield break;
        }
        if (duringPossessed && before.Count == 1
            && Coordinated(doc, doc.PersonRefsBetween(cue.LastToken + 1, Math.Min(last, cue.LastToken + PossessedObjectDistance)).ToList(), 0, before[0].Person) is [_, ..] met)
        {
            // "تعهد الرئيس السيسي … خلال لقائه في القاهرة وزير الدفاع الصيني وي فنغ خه": the subject met the one after the noun.
            yield return ([before[0].Person, .. met], null);
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
        if (noun && withAt < 0 && PossessorWith(doc, cue, last) is { } possessed)
        {
            // "خلال لقاء الرئيس الصيني شي جين بينغ مع رئيس الوزراء العراقي حيدر العبادي": the noun's possessor met those
            // after مع.
            yield return (possessed, null);
            yield break;
        }
        if (noun && withAt < 0)
        {
            // "A و B محادثات", "Nazarbayev and Xi Jinping's talks": the persons just before the noun, joined to each
            // other, held it; unless a verb earlier in the sentence already says who met whom.
            // (So does a meeting noun with its counterpart before it: "In the meeting with Rahmon, Raisi said … his
            // participation in the September meeting of the SCO …" names no pair for the second noun.)
            if (FirstCueBefore(doc, first, cue.FirstToken) is not null || NounWithCounterpartBefore(doc, first, cue.FirstToken)) yield break;
            var near = before.Where(b => cue.FirstToken - b.Token <= NounSubjectReach).ToList();
            // A title and the name after it are one person referred to twice (العاهل الأردني الملك عبد الله الثاني): the name counts.
            // A title set off by a comma after the name (الملك سلمان بن عبدالعزيز، ملك المملكة العربية السعودية،) is the
            // name's apposition: the name counts.
            bool Apposition(int token) => token > 0 && doc.TokenMention[token]?.Kind == PatternKind.Title && doc.Tokens.Tokens[token - 1].Key is "\u060C" or ",";
            near.RemoveAll(b => near.Any(o => o.Token > b.Token && o.Person == b.Person && !Apposition(o.Token)));
            near.RemoveAll(b => Apposition(b.Token) && near.Any(o => o.Token < b.Token && o.Person == b.Person));
            // "خلال المحادثات التي أجراها الرئيسان": the two named before held it (said in a relative clause; a bare "the
            // talks" with "the two sides" elsewhere in the sentence refers back to a meeting already read).
            // (An indefinite noun takes its clause without the pronoun: "جاء ذلك خلال محادثات أجراها الرئيسان".)
            if (near.Count == 0 && cue.LastToken + 1 <= last && (doc.Tokens.Tokens[cue.LastToken + 1].Key is "التي" or "الذي" || IndefiniteClauseAfter(doc, cue))
                && DualSubject(doc, cue, first, last) && LastPersons(doc, sentence, 2) is [_, _] pair)
            {
                yield return (pair, null);
                yield break;
            }

            // "The two leaders first held one-on-one talks": a counted subject of "held … talks" with no one named in
            // the sentence stands for the pair of the story's last meeting, else the two persons last named.
            // (Past "first held one-on-one": a longer reach.)
            if (near.Count == 0 && before.Count == 0 && HeldBefore(doc, cue, first) && DualSubject(doc, cue, first, last, reach: 10))
            {
                if (CountedPair(doc, cue, first, sentence) is { Count: >= 2 } countedPair) yield return (countedPair, null);
                yield break;
            }

            if (near.Count is < 2 or > 3) yield break;
            // (Two named apart, then "الرئيسان" by the noun: the dual joins them.)
            var counted = near.Count == 2 && DualSubject(doc, cue, first, last);
            for (var k = 1; k < near.Count && !counted; k++)
                if (!JoinedBy(doc, EndOf(doc, near[k - 1].Token), near[k].Token)) yield break;
            // "A and B were present during the meeting", "were among the officials who attended the council meeting":
            // those who attended a meeting did not hold it.
            if (Attended(doc, EndOf(doc, near[^1].Token) + 1, cue.FirstToken - 1)) yield break;
            yield return (near.Select(b => b.Person).Distinct().ToList(), null);
            yield break;
        }
        var objectsFrom = withAt >= 0 ? withAt + 1 : cue.LastToken + 1;
        // "…, which was also attended by A, B and C", "بحضور …": those after it attended; they are not the ones met.
        var objectsTo = Math.Min(Math.Min(last, cue.LastToken + MaxObjectDistance), AttendanceFrom(doc, objectsFrom, last) - 1);
        // "The two ministers, who had met on Monday at the Negev Summit, reviewed …": a relative clause whose verb names
        // no one before the clause closes says the ones it is about met; the main clause after it holds no object.
        objectsTo = Math.Min(objectsTo, IntransitiveRelativeEnd(doc, cue, objectsFrom, objectsTo));
        // "التقى … اليوم، على هامش أعمال القمة … التي رأسها سموه …، كلاً على حدة، A، وB، وC": after a long adjunct, the
        // words "each one" open the list of those met, which runs on from there.
        // (The words themselves may stand past the usual reach; the list must start right after them.)
        if (RespectivelyAt(doc, cue.LastToken + MaxObjectDistance / 2, Math.Min(last, AttendanceFrom(doc, objectsFrom, last) - 1)) is var each and >= 0
            && doc.PersonRefsBetween(each + 1, Math.Min(last, each + ListOpenerReach)).Any())
            objectsTo = Math.Min(Math.Min(last, each + MaxObjectDistance), AttendanceFrom(doc, objectsFrom, last) - 1);
        // ("welcomed King Charles's participation": a possessor is no one met.)
        var after = ObjectsBetween(doc, objectsFrom, objectsTo);
        // "The three ministers later held talks with Foreign Minister Mangoush", "وعقد الوزراء الثلاثة … مع …": a counted
        // subject stands for the persons of the story's last meeting who make that count; they met those named after.
        if (before.Count == 0 && after.Count > 0 && CountedGroup(doc, cue, first, last) is { } group
            && Coordinated(doc, after, 0, group[0]).Where(o => !group.Contains(o)).ToList() is { Count: > 0 } metByGroup)
        {
            yield return ([.. group, .. metByGroup], null);
            yield break;
        }
        // "قام الرئيس الأسد بزيارة إلى موسكو تلبية لدعوة من الرئيس بوتين، عقد خلالها الرئيسان جلسة محادثات": the pair a
        // counted subject stands for, both named before it in the sentence.
        if (after.Count == 0 && !NeedsObject(cue) && before.Select(b => b.Person).Distinct().ToList() is [_, _] namedPair && DualSubject(doc, cue, first, last))
        {
            yield return (namedPair, null);
            yield break;
        }
        // "The two leaders welcomed the results …": a verb that needs its object names no meeting without one.
        if (before.Count == 0 && after.Count == 0 && !NeedsObject(cue) && DualSubject(doc, cue, first, last))
        {
            // "The two ministers had already met on Monday", "والتقى الزعيمان": the pair of the story's last meeting,
            // else the two persons last named.
            if (CountedPair(doc, cue, first, sentence) is { Count: >= 2 } pair) yield return (pair, null);
            yield break;
        }
        if (noun && withAt >= 0 && before.Count == 0 && FrontedSubject(doc, after, participle ? ParticipleSubjectReach : int.MaxValue) is { } fronted)
        {
            // "In talks with Polish President Andrzej Duda, Premier Li said …", "خلال لقائه مع …، أكد …": the
            // fronted phrase names the counterpart; the main clause after the comma names the subject.
            var counterparts = Coordinated(doc, after[..fronted], 0, after[fronted].Person);
            if (counterparts.Count > 0) yield return ([after[fronted].Person, .. counterparts], null);
            yield break;
        }
        // "Meeting Deputy Prime Minister Shihab …, the two sides agreed …": with no person in the main clause, the one
        // who met is the story's last host (the subject of its last meeting).
        if (participle && before.Count == 0 && after.Count > 0 && doc.Meetings.Count > 0
            && doc.PersonByReference(doc.Meetings[^1].Participants[0]) is { } lastHost && Coordinated(doc, after, 0, lastHost) is { Count: > 0 } guests)
        {
            yield return ([lastHost, .. guests], null);
            yield break;
        }
        DocEntity? subject = before.Count > 0 ? before[^1].Person : null;
        // "وكان مريدوف قد وصل … تلبية لدعوة من عراقجي والتقى أمس وزير النفط": a person after a preposition is its
        // object, not the verb's subject; the subject is the last person named before the cue outside such a phrase.
        if (doc.Lang == "ar" && before.Count >= 2 && AfterPreposition(doc, before[^1].Token)
            && before.LastOrDefault(b => !AfterPreposition(doc, b.Token)) is { Person: { } ungoverned })
            subject = ungoverned;
        // "Khurelsukh, who is paying a State visit at the invitation of President Mirziyoyev, held talks with …": a
        // relative clause between the subject and its verb names others; the subject stands before it.
        if (doc.Lang == "en" && RelativeClauseBeforeCue(doc, first, cue) is var whoComma and > 0
            && before.LastOrDefault(b => b.Token < whoComma) is { Person: { } relativeHead })
        {
            subject = relativeHead;
            before.RemoveAll(b => b.Token > whoComma);
        }
        // "he had briefed the President on his talks with Foreign Minister Shoukry": "his" is the clause's subject, named
        // first (outside a quote), not the one named just before.
        // ("his recent meeting with Mashal": a word of time may stand between.)
        if (doc.Lang == "en" && noun && before.Count >= 2 && PossessivePronounBefore(doc, cue, first)
            && before.FirstOrDefault(b => !Quoted(doc, first, b.Token)) is { Person: { } possessor })
            subject = possessor;
        // "Al-Sharaa, who …, arrived …, following Saudi Arabia, where he held talks with …": "he" is the sentence's subject.
        if (doc.Lang == "en" && cue.FirstToken > 0 && doc.Tokens.Tokens[cue.FirstToken - 1].Key is "he" or "she"
            && doc.PersonRefsBetween(first, first + 1).FirstOrDefault() is { Person: not null } opener)
            subject = opener.Person;
        // "Zhang met A and B, and held the meeting with C": a later cue in a coordinated predicate shares the
        // subject of the first one (English word order: the subject precedes the first cue).
        if (doc.Lang == "en" && FirstCueBefore(doc, first, cue.FirstToken) is { } firstCue)
        {
            var leading = doc.PersonRefsBetween(first, firstCue - 1).ToList();
            if (leading.Count > 0) subject = leading[^1].Person;
            // "In Rome, he held talks with Renzi, and he was also received by Pope Francis": the second "he" is the first.
            else if (PronounBefore(doc, cue.FirstToken, first, auxiliaries: true) >= 0 && doc.TokenMention[firstCue] is { } opening
                     && PronounSubject(doc, opening, sentence) is { } same)
                subject = same;
        }
        // "أجرى لي … محادثات مع أريبوف، ثم التقى … ميرضيائيف": a verb after ثم shares the subject of the sentence's
        // first meeting (verb-first: the first person named, whether the first cue stands before or after that name).
        else if (doc.Lang == "ar" && cue.FirstToken > first && doc.Tokens.Tokens[cue.FirstToken - 1].Key is "ثم" or "وثم"
            && before.Count > 0 && before[0].Person is { } earlier && AnyCueBetween(doc, first, cue.FirstToken))
        {
            subject = earlier;
            after.RemoveAll(a => a.Person == earlier);
        }
        // "التقى أردوغان بالرئيس سردار …، كما التقى رئيس مجلس الشعب … قربان قولي …": كما with one person after it adds an
        // object to the same subject, the sentence's first person, not the last one named (a verb with its object pronoun,
        // "كما استقبلها الأمير خليفة", has its subject after it).
        else if (doc.Lang == "ar" && cue.FirstToken > first && doc.Tokens.Tokens[cue.FirstToken - 1].Key is "كما" or "وكما" && !ObjectPronounOn(doc, cue)
            && before.Count > 1 && before[0].Person is { } opener2 && AnyCueBetween(doc, first, cue.FirstToken)
            && after.Select(a => a.Person).Distinct().Count() == 1 && after[0].Person != opener2)
        {
            subject = opener2;
        }
        // The Arabic subject follows the verb (استقبل الشيخ تميم … وزراء …).
        if (!noun && GroupHead(doc, cue, sentence) is { } head
            && (subject ?? (after.Count > 0 && after[0].Token < GroupAt(doc, cue, sentence) ? after[0].Person : null) ?? PreviousPerson(doc, sentence)) is { } host && host != head
            // … unless the delegation is received as such, every member listed (below).
            && !(DelegationObject(doc, objectsFrom, objectsTo, host) is { } whole && whole.Contains(head)))
        {
            // "استقبل … وزراء خارجية دول المجلس … ويرأس وفد المملكة … عادل الجبير": receiving a delegation meets its head.
            yield return ([host, head], null);
        }
        if (!noun && before.Count == 0 && withAt < 0 && DelegationSubject(doc, cue, first) is { } members)
        {
            // "The delegation also met A and B": the members met each one named.
            foreach (var o in Coordinated(doc, after, 0, members[0]).Where(o => !members.Contains(o)))
                yield return ([.. members, o], null);
            yield break;
        }
        var objStart = 0;
        // Arabic verb-first order: the first person after the verb is its subject ("he met A and B" is English).
        if (subject is null && withAt < 0 && after.Count >= 2 && doc.Lang == "ar")
        {
            subject = after[0].Person;
            objStart = 1;
        }
        if (withAt < 0 && PairBefore(doc, cue, before) is { } joined && after.Skip(objStart).All(a => joined.Contains(a.Person)))
        {
            // "Tokayev and Mirziyoyev held talks": a subject of two, joined, meets itself (and may be named again after
            // the cue: "during Erdogan's visit").
            yield return (joined, null);
            yield break;
        }
        subject ??= BareTitleSubject(doc, first, cue, after.Skip(objStart).Select(a => a.Person)) ?? PronounSubject(doc, cue, sentence) ?? PreviousPerson(doc, sentence);
        // "held talks with a Lebanese ministerial delegation headed by A … The delegation included B and C".
        if (subject is not null && DelegationObject(doc, objectsFrom, objectsTo, subject) is { } party)
        {
            yield return ([subject, .. party], null);
            yield break;
        }
        if (subject is not null && objStart >= after.Count && ObjectPronoun(doc, cue, withAt, first, subject) is { } referent)
        {
            // "Abiy arrived in Beijing on Monday, when Premier Li Qiang held talks with him".
            yield return ([subject, referent], null);
            yield break;
        }
        if (subject is not null && objStart >= after.Count && GuestObject(doc, cue, last) && GuestOf(doc, subject) is { } guest)
        {
            // "وكان رئيس الجمهورية قد استقبل ضيفة الجزائر، أمس الأحد، لدى وصولها", "received his guest at the airport".
            yield return ([subject, guest], null);
            yield break;
        }
        if (subject is null || objStart >= after.Count) yield break;
        // Co-hosts: "A, Ruler of Dubai, and B, Crown Prince of Abu Dhabi, held talks with C"; "استقبل A و B … C".
        var hosts = CoSubjects(doc, before, after, ref objStart, subject, withAt);
        // "كلاً من A، التي …، وB": a list of each one met runs on over the clauses between its items.
        var eachOf = Respectively(doc, cue.LastToken, last);
        var separateStory = !eachOf && after.Count - objStart >= 2 && (story.FirstSeparateSentence(doc) <= sentence || DuringTheVisit(doc, first, last)) && !Couple(doc, after, objStart);
        var objects = Coordinated(doc, after, objStart, subject, eachOf || separateStory).Where(o => !hosts.Contains(o)).ToList();
        if (objects.Count == 0) yield break;
        if (hosts.Count > 0)
        {
            // "Vice President Li Yuanchao and State Councilor Yang Jiechi met separately with …": each host met them.
            if (eachOf && !HeldTogether(doc, first, last, strictly: true))
                foreach (var cohost in hosts.Prepend(subject)) yield return ([cohost, .. objects], null);
            else yield return ([subject, .. hosts, .. objects], null);
            yield break;
        }
        // "where he met Zelenskyy in Kyiv and Putin in Moscow": each object with a city of its own met apart, there.
        var places = objects.Select(o => OwnPlace(doc, after, o)).ToList();
        if (objects.Count > 1 && places.All(p => p is not null) && places.Distinct().Count() > 1)
        {
            for (var k = 0; k < objects.Count; k++) yield return ([subject, objects[k]], places[k]);
        }
        // … one meeting each, unless the sentence says they met together (عقد الرئيس معهما جلسة مباحثات ثلاثية).
        else if (objects.Count > 1 && (eachOf && !HeldTogether(doc, first, last, strictly: SaidSeparately(doc, first, last)) || HeadsOfOneState(doc, objects) && !HeldTogether(doc, first, last) || separateStory && !HeldTogether(doc, first, last, strictly: true) || Bilateral(doc, cue)
                 || !noun && OnTheSidelines(doc, first, last) && !HeldTogether(doc, first, last, strictly: true)))
        {
            foreach (var o in objects) yield return ([subject, o], null);
        }
        else yield return ([subject, .. objects], null);
    }
}
