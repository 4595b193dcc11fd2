using DiplomacyGraph.Domain.Text;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Extraction.Dates;
using DiplomacyGraph.Extraction.Matching;
using DiplomacyGraph.Extraction.Pipeline;
using DiplomacyGraph.Extraction.Text;

namespace DiplomacyGraph.Extraction.Components;

/// <summary>
/// Finds persons the gazetteer does not know, by the title or honorific in front of them (وزير الخارجية المصري
/// سامح شكري، صاحب السمو الشيخ …، Ambassador … Zhang Xiao). Arabic names run until punctuation, a known
/// mention or a stop word; English names are runs of capitalised words.
/// </summary>
internal sealed partial class PersonFinder(HashSet<string> arabicStopwords, HashSet<string> givenNameStopwords, PhoneticIndex known, DateVocabulary vocabulary) : IPipelineComponent
{
    private const int MaxNameWords = 5;

    // The stop words by span (a word read without its و), made once rather than per word read.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _stopwordsBySpan = arabicStopwords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "bin", "bint", "ibn", "al", "el", "de", "van", "von", "der", "da", "do", "dos", "das", "du", "di", "del", "le", "la", "ould" };
    private static readonly HashSet<string> EnglishNonNames = new(StringComparer.Ordinal)
    {
        "the", "on", "in", "during", "his", "her", "at", "and", "of", "to", "for", "with", "said", "who", "that", "this", "a", "an",
        "he", "she", "it", "they", "we", "i", "has", "had", "have", "was", "is", "will", "would", "also", "met", "held", "received",
        // Office words that no canonical title covers ("State Secretary for …", "High Representative of the EU …").
        "secretary", "representative", "minister", "president",
    };

    public string Name => "persons";
    public DocumentLayer Needs => DocumentLayer.Mentions | DocumentLayer.Sentences;
    public DocumentLayer Adds => DocumentLayer.Persons;

    public void Process(ExtractionDocument doc, CancellationToken ct)
    {
        var tokens = doc.Tokens.Tokens;
        ExtendLineage(doc);
        SurnamesOfOthers(doc);
        // (Both drop one-word mentions only, so the persons named in full stay the same for the second.)
        var fullyNamed = FullyNamedPersons(doc);
        UnsupportedShortNames(doc, fullyNamed);
        GivenNamesOfTheNamedInFull(doc);
        ShortNamesAsGivenNames(doc, fullyNamed);
        LongerNamesAroundKnown(doc);
        FurtherGivenNames(doc);
        OwnGivenNamesBefore(doc);
        if (doc.Lang == "en") PlacesAsFamilyNames(doc);
        foreach (var m in doc.Mentions.Where(m => m.Kind is PatternKind.Title or PatternKind.Honorific or PatternKind.MeetingCue).ToList())
        {
            ct.ThrowIfCancellationRequested();
            // "لسموه", "جلالته", "معاليه": an honorific with its pronoun already stands for a person; no name follows it,
            // nor the title phrase it ends (قلد جلالة الملك سموه أرفع وسام).
            if (HonorificClasses.IsPronoun(doc, m)) continue;
            // (A title read as a given name below is no longer a mention of its own.)
            if (doc.TokenMention[m.FirstToken] != m) continue;
            if (m.Kind == PatternKind.Honorific && CityAsGivenName(doc, m) is { } city) doc.RemoveMention(city);
            if (m.Kind == PatternKind.Honorific && TitleAsGivenName(doc, m) is { } given) doc.RemoveMention(given);
            var pos = m.Kind == PatternKind.MeetingCue ? m.LastToken + 1 : ChainEnd(doc, m) + 1;
            if (m.Kind != PatternKind.MeetingCue && HonorificClasses.IsPronoun(doc, doc.TokenMention[pos - 1])) continue;
            var afterComma = false;
            if (m.Kind == PatternKind.MeetingCue)
            {
                // Only English: an Arabic object is read through its title.
                if (doc.Lang != "en") continue;
                // "received today Timothy Lenderking": an adverb may stand between the verb and its object.
                while (pos < tokens.Count && tokens[pos].Key is "today" or "yesterday" or "here" or "also" or "separately") pos++;
                // "met on Monday with Abdullah bin Mohammed Al-Sheikh": so may the day it was on, before "with".
                pos = AfterDayPhrase(doc, pos);
                if (pos < tokens.Count && tokens[pos].Key == "with") pos++;
                // "was received at the airport by Dunoma Umar Ahmed, permanent secretary …": a passive's agent after a
                // short phrase of where or when in lower case.
                else if (PassiveAgentAfter(doc, pos) is var agent && agent > 0) pos = agent;
            }
            else if (pos < tokens.Count && tokens[pos].Key == "." && tokens[pos].Start == tokens[pos - 1].End && m.Kind == PatternKind.Honorific)
            {
                // "Dr. Majid …", "Eng. Khalid …": the abbreviation's full stop.
                pos++;
            }
            else if (pos < tokens.Count && !tokens[pos].IsWord && tokens[pos].Key is "," or "\u060C")
            {
                pos++;
                afterComma = true;
            }
            if (pos >= tokens.Count || doc.TokenMention[pos] is not null) continue;
            var personal = m.Kind == PatternKind.Honorific && PersonalHonorifics.Contains(tokens[m.LastToken].Key) && m.LastToken + 1 == pos;
            var end = ReadName(doc, pos, afterComma ? 3 : MaxNameWords, personal);
            // "رئيس جمهورية أنغولا، جواو مانويل غونسالفيس لورنسو، اليوم": a longer Arabic name closed by a comma of its own.
            if (afterComma && end < pos && doc.Lang == "ar" && ReadName(doc, pos, MaxNameWords, personal) is var longer && longer > pos
                && longer + 1 < tokens.Count && tokens[longer + 1].Key is "\u060C" or ",")
                end = longer;
            // "President of the Republic, Supreme Commander of the Armed Forces, …", "Minister of the Interior, Local
            // Authorities and Town Planning, …": after a comma, capitals that "of" or "and" continue are another title or
            // more of the portfolio.
            if (afterComma && doc.Lang == "en" && end + 1 < tokens.Count && tokens[end + 1].Key is "of" or "and") continue;
            if (end >= pos) AddPerson(doc, pos, end);
        }
        if (doc.Lang == "en")
        {
            EnglishRoles(doc);
            EnglishAppositions(doc);
        }
        else
        {
            ArabicCounterparts(doc);
            ArabicPossessedRoles(doc);
            ArabicRolesOfPlaces(doc);
        }
        if (doc.Lang == "ar")
        {
            AttendeeLists(doc);
            NamesBeforeTitles(doc);
        }
        ShortNamesOfUnknownPersons(doc);
        FamilyNamesOfPersonsNamedInFull(doc);
        SpousesNamed(doc);
    }

    // "accompanied by his wife, Emine Erdogan", "First Lady Jill Biden", "وعقيلته السيدة …": a person named right after a
    // spouse's word is there as someone's spouse.
    private static void SpousesNamed(ExtractionDocument doc)
    {
        var tokens = doc.Tokens.Tokens;
        foreach (var m in doc.MentionsOf(PatternKind.Entity).Where(m => m.Entity?.Kind == NodeKind.Person))
        {
            var k = m.FirstToken - 1;
            while (k >= 0 && (tokens[k].Key is "," or "\u060C" or "the" || doc.TokenMention[k] is { Kind: PatternKind.Honorific } || FormsOfAddress.Contains(tokens[k].Key))) k--;
            if (k < 0) continue;
            var key = tokens[k].Key;
            if (SpouseWords.Contains(key) || key == "lady" && k > 0 && tokens[k - 1].Key == "first" || key is "الاولي" && k > 0 && tokens[k - 1].Key is "السيده")
                doc.Spouses.Add(m.Entity!);
        }
    }

    private const int PassivePhraseReach = 5;

    // The token after "by" when at most a few lower-case words (at the airport, on arrival) stand before it; else -1.
    private static int PassiveAgentAfter(ExtractionDocument doc, int from)
    {
        var tokens = doc.Tokens.Tokens;
        for (var i = from; i < tokens.Count && i - from <= PassivePhraseReach; i++)
        {
            if (!tokens[i].IsWord || doc.TokenMention[i] is not null || char.IsUpper(doc.Text[tokens[i].Start])) return -1;
            if (tokens[i].Key == "by") return i + 1;
        }
        return -1;
    }

    // Whether the dynasty's or family's particle stands right before token i of a name: آل, or Al / Al- in Latin script.
    private static bool FamilyParticleBefore(List<Token> tokens, int i, int pos, bool arabic)
    {
        if (arabic) return tokens[i - 1].Key == "ال";
        var k = i - 1;
        if (tokens[k].Key == "-" && k > pos && tokens[k].Start == tokens[k - 1].End) k--;
        return tokens[k].Key == "al";
    }

    // The token after "on Monday", "on Tuesday evening" at `from`; else `from`.
    private int AfterDayPhrase(ExtractionDocument doc, int from)
    {
        var tokens = doc.Tokens.Tokens;
        if (from + 1 >= tokens.Count || tokens[from].Key != "on" || !vocabulary.TryWeekday(tokens[from + 1].Key, out _)) return from;
        var next = from + 2;
        return next < tokens.Count && tokens[next].Key is "morning" or "afternoon" or "evening" or "night" ? next + 1 : next;
    }

    // "السيد سانتياغو كافييرو", "Mr. Santiago …": a one-word city right after a personal form of address, with a name
    // word after it, is a given name; the city's mention, or null.
    private Mention? CityAsGivenName(ExtractionDocument doc, Mention address)
    {
        var tokens = doc.Tokens.Tokens;
        var (at, next) = (address.LastToken + 1, address.LastToken + 2);
        if (next >= tokens.Count || !FormsOfAddress.Contains(tokens[address.LastToken].Key)
            || doc.TokenMention[at] is not { Kind: PatternKind.Entity, Entity.Kind: NodeKind.Place } city || city.FirstToken != city.LastToken
            || doc.TokenMention[next] is not null || !tokens[next].IsWord) return null;
        return NameWordAt(doc, next) ? city : null;
    }

    // Titles that are also given names, as folded keys.
    private static readonly HashSet<string> GivenNameTitles = new(StringComparer.Ordinal) { "سلطان", "sultan" };

    // "الشيخ سلطان البركاني", "Sheikh Sultan bin Tahnoun": after a personal honorific (الشيخ, Sheikh), سلطان/Sultan
    // with a name word after it is a given name, not a ruler's title; the title's mention, or null.
    private Mention? TitleAsGivenName(ExtractionDocument doc, Mention honorific)
    {
        var tokens = doc.Tokens.Tokens;
        var (at, next) = (honorific.LastToken + 1, honorific.LastToken + 2);
        if (next >= tokens.Count || !PersonalHonorifics.Contains(tokens[honorific.LastToken].Key)
            || doc.TokenMention[at] is not { Kind: PatternKind.Title } title || title.FirstToken != title.LastToken || !GivenNameTitles.Contains(tokens[at].Key)
            || doc.TokenMention[next] is { Kind: not PatternKind.Entity } || doc.TokenMention[next] is { Entity.Kind: not NodeKind.Person } || !tokens[next].IsWord) return null;
        return NameWordAt(doc, next) ? title : null;
    }

    // Whether the word at `k` can be a name's: an Arabic word that is no stop word, a capitalised English one.
    private bool NameWordAt(ExtractionDocument doc, int k) =>
        doc.Lang == "ar" ? ArabicScript.IsArabicWord(doc.Tokens.Tokens[k].Key) && !arabicStopwords.Contains(doc.Tokens.Tokens[k].Key) : Capitalised(doc, k);

    // Folded role nouns of Arabic appositions that no canonical title covers.
    private static readonly HashSet<string> ArabicRoleNouns = new(StringComparer.Ordinal)
    {
        "مدير", "مديره", "قائد", "مستشار", "مستشاره", "مبعوث", "مبعوثه", "محافظ", "محافظه", "امين", "نائب", "سكرتير", "منسق", "مفوض",
    };

    // Read for every word of an Arabic text: most fail on length and letters without a hash.
    private static readonly KeySetFilter ArabicRoleNounFilter = new(ArabicRoleNouns);

    // The filter's answers, once per word (see WordPredicate); and the words that may anchor a name before them (a role
    // noun, or one with the article), whose positions the loop reads.
    private static readonly WordPredicate ArabicRoleNounWord = new(ArabicRoleNounFilter.Contains, listed: false);
    private static readonly WordPredicate AnyArabicRoleNoun = new(key => ArabicRoleNounFilter.Contains(key) || DefiniteRoleNoun(key));

    // The same nouns looked up by a span (a key without its article), built once.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ArabicRoleNounsBySpan = ArabicRoleNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    // "تشو تشيانغ، المبعوث الخاص …": set off by a comma, the role noun takes the article.
    private static bool DefiniteRoleNoun(string key) => key.StartsWith("ال", StringComparison.Ordinal) && ArabicRoleNounsBySpan.Contains(key.AsSpan(2));

    private static readonly HashSet<string> FormsOfAddress = new(StringComparer.Ordinal) { "السيد", "السيده", "mr", "mrs", "ms" };

    // Arabic names written before their title after a meeting frame: استقبل سامح شكري وزير …، مع نورلان نجمتولين رئيس …
    private void NamesBeforeTitles(ExtractionDocument doc)
    {
        var tokens = doc.Tokens.Tokens;
        var anchors = doc.MentionsOf(PatternKind.Title).Select(m => m.FirstToken).ToList();
        // "وليام بيرنز مدير وكالة المخابرات المركزية": a role noun no canonical title covers anchors the name as well.
        if (doc.Lang == "ar")
            foreach (var i in doc.Tokens.PositionsOf(AnyArabicRoleNoun))
                if (i >= 1 && doc.TokenMention[i] is null && (ArabicRoleNounWord.Holds(doc.Tokens, i) || tokens[i - 1].Key is "\u060C" && DefiniteRoleNoun(tokens[i].Key)))
                    anchors.Add(i);
        foreach (var anchor in anchors)
        {
            var end = anchor - 1;
            // "يرلان كوشانوف، رئيس …": the apposition may take a comma.
            var comma = end > 0 && tokens[end].Key is "\u060C" or ",";
            if (comma) end--;
            if (end < 0 || doc.TokenMention[end] is not null || !tokens[end].IsWord || arabicStopwords.Contains(tokens[end].Key)) continue;
            var start = end;
            // Four words, and one more for each بن or عبد of a lineage ("عادل بن عبد الرحمن العسومي").
            var lineageWords = 0;
            // (Nor back into the day the cue is told on: "استقبل الرئيس … اليوم الأربعاء إلمار ممدياروف وزير …".)
            while (start - 1 >= 0 && end - start < 3 + lineageWords && doc.TokenMention[start - 1] is null && tokens[start - 1].IsWord
                   && !arabicStopwords.Contains(tokens[start - 1].Key) && !IsDayWord(tokens[start - 1].Key))
            {
                start--;
                if (tokens[start].Key is "بن" or "عبد" && lineageWords < 2) lineageWords++;
            }
            // "(شينخوا) حضر تشو تشيانغ، المبعوث …": the sentence's opening verb is not part of the name.
            var opensSentence = comma && start < end - 1 && OpeningVerb(doc, start);
            if (opensSentence) start++;
            var boundary = start - 1;
            // "استقبل الرئيس … اليوم /الثلاثاء/ وليام بيرنز مدير …": the day the cue is told on stands between.
            // "استقبل الرئيس عبد الفتاح السيسي، اليوم /الأحد/، ليو ياندونج …": set off by commas.
            while (boundary > 0 && doc.TokenMention[boundary] is null
                   && (tokens[boundary].Key == "(" || IsDayWord(tokens[boundary].Key)
                       || tokens[boundary].Key is "\u060C" && (boundary + 1 < start && IsDayWord(tokens[boundary + 1].Key) || IsDayWord(tokens[boundary - 1].Key))))
                boundary--;
            if (boundary < 0) continue;
            // … or the place or day that follows the cue (التقى وانغ هو نينغ، …، اليوم في بكين يرلان كوشانوف، رئيس …).
            var opensFrame = doc.TokenMention[boundary]?.Kind == PatternKind.MeetingCue || tokens[boundary].Key == "مع" || SubjectOfCue(doc, boundary)
                || doc.TokenMention[boundary] is { Kind: PatternKind.Entity, Entity.Kind: NodeKind.Place } && CueEarlierInSentence(doc, boundary)
                || opensSentence || comma && OpeningVerb(doc, boundary);
            if (!opensFrame || start == end || arabicStopwords.Contains(tokens[start].Key) || tokens[start].Key.StartsWith("ال", StringComparison.Ordinal)) continue;
            AddPerson(doc, start, end);
        }
    }

    // The words of "اليوم /الأحد/", "أمس (الاثنين)": the day a cue is told on (and the marks around it).
    private bool IsDayWord(string key) => key is "اليوم" or "امس" or "/" or ")" || vocabulary.TryWeekday(key, out _);

    // "(شينخوا) حضر تشو تشيانغ، المبعوث الخاص للرئيس الصيني …": the word that opens a story's sentence (after the
    // dateline, if any) is its verb, and a name set off by a comma before a title is the verb's subject.
    private static bool OpeningVerb(ExtractionDocument doc, int token)
    {
        var tokens = doc.Tokens.Tokens;
        if (doc.Lang != "ar" || doc.TokenMention[token] is not null || !tokens[token].IsWord || tokens[token].Key.StartsWith("ال", StringComparison.Ordinal))
            return false;
        var s = doc.SentenceOf(token);
        return s >= 0 && (doc.Sentences[s].FirstToken == token || tokens[token - 1].Key is ")" or "-" or "/" or "\u2013");
    }

    // "استقبل الرئيس عبد الفتاح السيسي [اليوم] وليام بيرنز …": a person named (with title and honorifics) right after
    // a verb-first cue is its subject; the object's name follows.
    private static bool SubjectOfCue(ExtractionDocument doc, int token)
    {
        if (doc.Lang != "ar" || doc.TokenMention[token] is not { Kind: PatternKind.Entity, Entity.Kind: NodeKind.Person } person) return false;
        var k = person.FirstToken - 1;
        while (k >= 0 && doc.TokenMention[k] is { Kind: PatternKind.Title or PatternKind.Demonym or PatternKind.Honorific } m) k = m.FirstToken - 1;
        return k >= 0 && doc.TokenMention[k] is { Kind: PatternKind.MeetingCue, Pattern.Cue.Value: "verb" };
    }

    private static bool MonarchsTitleBefore(ExtractionDocument doc, int pos)
    {
        var tokens = doc.Tokens.Tokens;
        return pos > 0 && tokens[pos - 1].Key is "queen" or "king" or "sultan" && char.IsUpper(doc.Text[tokens[pos - 1].Start])
            && !(pos > 1 && tokens[pos - 2].IsWord && doc.TokenMention[pos - 2] is null && char.IsUpper(doc.Text[tokens[pos - 2].Start]) && doc.SentenceOf(pos - 2) is var s && s >= 0 && doc.Sentences[s].FirstToken < pos - 2);
    }

    // Whether a capitalised word follows token i, past a full stop glued to it ("A. Al-Falih").
    private static bool NextIsCapitalisedWord(ExtractionDocument doc, int i)
    {
        var tokens = doc.Tokens.Tokens;
        var next = i + 1;
        if (next < tokens.Count && tokens[next].Key == "." && tokens[next].Start == tokens[i].End) next++;
        return next < tokens.Count && tokens[next].IsWord && char.IsUpper(doc.Text[tokens[next].Start]);
    }

    // "Alvaro Leyva" read (after a title) before "Alvaro Leyva Duran" was (after "counterpart"): an unknown person
    // whose name's words all stand, from the same first word, in another unknown person's longer name is that person.
    // So is a family name that opens with its particle ("El Molla" after "Tarek El Molla", "Van der Bellen"): the
    // particle makes it more than one word, but it is the short name all the same.
    private static void ShortNamesOfUnknownPersons(ExtractionDocument doc)
    {
        var named = doc.Entities.Values.Where(e => e.Kind == NodeKind.Person && e.Spans.Count > 0).ToList();
        if (named.Count < 2) return;
        foreach (var shorter in named.Where(e => e.Entry is null))
        {
            var words = NameWords(doc, shorter.NameAr ?? shorter.NameEn ?? "");
            if (words.Length < 2) continue;
            // The others' names, in this one's script, longer than it.
            var others = named.Where(o => o != shorter)
                .Select(o => (Person: o, Full: NameWords(doc, (shorter.NameAr is null ? o.NameEn : o.NameAr) ?? "")))
                .Where(o => o.Full.Length > words.Length).ToList();
            // ("Ould Cheikh Ahmed" after the known "Ismail Ould Cheikh Ahmed": a particle's family name stands for a known
            // person too.)
            DocEntity? longer = others.FirstOrDefault(o => o.Person.Entry is null && o.Full[0] == words[0] && IsSubsequence(words, o.Full)
                || Connectors.Contains(words[0]) && EndsWithWords(o.Full, words)).Person;
            // "President Bongo Ondimba" after "Ali Bongo Ondimba", "Faki Mahamat" after "Moussa Faki Mahamat": a name of two
            // words or more that ends the one longer name of the story ending so is that person's family name.
            longer ??= OnlyOneEndingWith(others, words);
            if (longer is null) continue;
            foreach (var m in doc.MentionsOf(PatternKind.Entity).Where(m => m.Entity == shorter).ToList()) doc.Reassign(m, longer);
        }
    }

    private static bool EndsWithWords(string[] full, string[] words) => full.AsSpan(full.Length - words.Length).SequenceEqual(words);

    // The one person whose longer name ends with the words, or null when none or several do.
    private static DocEntity? OnlyOneEndingWith(List<(DocEntity Person, string[] Full)> others, string[] words)
    {
        DocEntity? found = null;
        foreach (var (person, full) in others)
        {
            if (!EndsWithWords(full, words)) continue;
            if (found is not null) return null;
            found = person;
        }
        return found;
    }

    // "President of the Dominican Republic Danilo Medina": a one-word place name right after the given name that follows a
    // title is that person's family name, not the city.
    private void PlacesAsFamilyNames(ExtractionDocument doc)
    {
        var tokens = doc.Tokens.Tokens;
        // From the places (few) back to a title, rather than from every title's phrase forward.
        foreach (var place in doc.MentionsOf(PatternKind.Entity).Where(m => m.Entity?.Kind == NodeKind.Place && m.FirstToken == m.LastToken && m.FirstToken >= 2).ToList())
        {
            var given = place.FirstToken - 1;
            if (!PlainNameWord(doc, given) || tokens[given].End == tokens[place.FirstToken].Start || Capitalised(doc, place.FirstToken + 1)
                || SentenceSplitter.HasLineBreak(doc.Text, tokens[given].End, tokens[place.FirstToken].Start)) continue;
            for (var k = given - 1; k >= 0 && k >= given - TitleChainReach; k--)
            {
                if (doc.TokenMention[k] is not { Kind: PatternKind.Title } t) continue;
                if (ChainEnd(doc, t) + 1 == given) doc.RemoveMention(place);
                break;
            }
        }
    }

    private const int TitleChainReach = 12;

    // "Aguila Saleh … received Saleh and al-Lafi": a known person's family name alone (Ali Abdullah Saleh's "Saleh"), in a
    // story that never names that person in full, is the family name of the one person it does name in full with it.
    // Right after another person's name it ends that name ("Ali Mohsen Saleh", where only "Ali Mohsen" is known).
    private static void FamilyNamesOfPersonsNamedInFull(ExtractionDocument doc)
    {
        var tokens = doc.Tokens.Tokens;
        var fullyNamed = FullyNamedPersons(doc);
        foreach (var m in doc.MentionsOf(PatternKind.Entity).Where(m => m.Entity?.Kind == NodeKind.Person && m.Pattern is not null && m.FirstToken == m.LastToken).ToList())
        {
            if (fullyNamed.Contains(m.Entity!)) continue;
            if (m.FirstToken > 0 && doc.TokenMention[m.FirstToken - 1] is { Kind: PatternKind.Entity, Entity.Kind: NodeKind.Person } before && before.Entity != m.Entity
                && tokens[m.FirstToken - 1].End < tokens[m.FirstToken].Start)
            {
                doc.RemoveMention(m);
                Extend(doc, before, before.FirstToken, m.LastToken);
                continue;
            }
            var key = tokens[m.FirstToken].Key;
            var owners = fullyNamed.Where(e => e != m.Entity && e.Surfaces.Any(x => NameWords(doc, x) is { Length: > 1 } w && w[^1] == key)).Take(2).ToList();
            if (owners.Count == 1 && doc.Mentions.Contains(m)) FamilyNameStandsFor(doc, m.Entity!, owners[0]);
        }
    }

    // "حضر الاجتماع … رئيس الأركان بمكتب وزير الدفاع إريك روزينباخ، وكبير المساعدين العسكريين رونالد لويس، …":
    // each item of an attendee list is a role then a name; the name is the run of plain words that ends the item.
    private void AttendeeLists(ExtractionDocument doc)
    {
        var tokens = doc.Tokens.Span;
        // The trigger words' positions (from the text's listed words), read sentence by sentence in text order.
        var triggers = new List<int>();
        foreach (var t in doc.Tokens.PositionsOf(AttendeeTrigger)) triggers.Add(t);
        var next = 0;
        foreach (var (first, last) in doc.Sentences)
        {
            while (next < triggers.Count && triggers[next] < first) next++;
            var i = last + 1;
            // "حضرة صاحب السمو" folds like حضره (attended it): an honorific, written with ة, opens no list.
            for (var k = next; k < triggers.Count && triggers[k] <= last; k++)
            {
                if (doc.TokenMention[triggers[k]] is not null || doc.LastLetterAsWritten(triggers[k]) == 'ة') continue;
                i = triggers[k];
                break;
            }
            if (i > last) continue;
            var itemStart = i + 1;
            for (var k = i + 1; k <= last + 1; k++)
            {
                // "…، أكد خلالها أن الأردن …": a clause (أن، إن) ends the list; its words are no attendee's. (Written with
                // its hamza: ان is also the name Anne, آن كلير لوجاندر.)
                if (k <= last && doc.Text.AsSpan(tokens[k].Start, tokens[k].End - tokens[k].Start) is "أن" or "إن" or "أنه" or "إنه" or "أنها" or "إنها") break;
                var boundary = k > last || !tokens[k].IsWord && tokens[k].Key is "\u060C" or "," or "." or "؛";
                if (!boundary) continue;
                TailName(doc, itemStart, k - 1);
                itemStart = k + 1;
            }
        }
    }

    // Every trigger has ح or ر among its first three letters: other words pass without a hash.
    private static bool IsAttendeeTrigger(string key) =>
        key.Length >= 3 && key.AsSpan(0, 3).IndexOfAny('ح', 'ر') >= 0 && AttendeeTriggers.Contains(key);

    // Asked of every token of an Arabic text: answered once per word (see WordPredicate).
    private static readonly WordPredicate AttendeeTrigger = new(IsAttendeeTrigger);

    private void TailName(ExtractionDocument doc, int from, int to)
    {
        var tokens = doc.Tokens.Tokens;
        if (to - from < 2) return;
        for (var k = from; k <= to; k++)
            if (doc.TokenMention[k] is { Kind: PatternKind.Entity, Entity.Kind: NodeKind.Person }) return;
        var start = to + 1;
        // The item's first word is its role (وزير الخارجية …), unless the role follows the name after a comma: "حضر شن
        // يي تشين، المبعوث الخاص للرئيس الصيني".
        var roleAfter = to + 2 < tokens.Count && tokens[to + 1].Key is "\u060C"
            && (doc.TokenMention[to + 2]?.Kind == PatternKind.Title || ArabicRoleNounFilter.Contains(tokens[to + 2].Key) || DefiniteRoleNoun(tokens[to + 2].Key));
        // Three words, and one more for each بن or بنت of a lineage ("صقر بن سليمان القرشي").
        var lineageWords = 0;
        for (var k = to; (roleAfter ? k >= from : k > from) && to - k < 3 + lineageWords; k--)
        {
            var t = tokens[k];
            if (t.Key is "بن" or "بنت" && k < to && lineageWords < 2) lineageWords++;
            if (!t.IsWord || doc.TokenMention[k] is not null || arabicStopwords.Contains(t.Key) || !ArabicScript.IsArabicWord(t.Key) || IsInstitutionNoun(t.Key)) break;
            // A family name may carry the article (عبدالرحمن البنيان); any earlier word with it is the role.
            if (k < to && t.Key.StartsWith("ال", StringComparison.Ordinal) || t.Key.StartsWith("وال", StringComparison.Ordinal) || t.Key.StartsWith("لل", StringComparison.Ordinal)) break;
            start = k;
        }
        if (to - start < 1 || tokens[start].Key.StartsWith("ال", StringComparison.Ordinal)) return;
        AddPerson(doc, start, to);
    }

    private static readonly HashSet<string> AttendeeTriggers = new(StringComparer.Ordinal)
    {
        "حضر", "وحضر", "حضره", "وحضره", "حضرها", "وحضرها", "بحضور", "وبحضور", "رافق", "ورافق", "ورافقه", "يرافقه",
    };

    // "مع نظيره التركمانستاني قربانقولي بيردي محمدوف": a counterpart with a demonym introduces a name.
    private void ArabicCounterparts(ExtractionDocument doc)
    {
        var tokens = doc.Tokens.Tokens;
        foreach (var d in doc.MentionsOf(PatternKind.Demonym).ToList())
        {
            var before = d.FirstToken - 1;
            if (before < 0 || !CounterpartOffices.IsCounterpartWord(tokens[before].Key)) continue;
            var pos = d.LastToken + 1;
            if (pos >= tokens.Count || doc.TokenMention[pos] is not null || !tokens[pos].IsWord) continue;
            var end = ReadName(doc, pos, MaxNameWords);
            if (end >= pos) AddPerson(doc, pos, end);
        }
    }

    // Folded role nouns with "his" glued on: نائبه (his deputy), مستشاره, مساعده, مبعوثه.
    private static readonly HashSet<string> PossessedRoleNouns = new(StringComparer.Ordinal) { "نائبه", "مستشاره", "مساعده", "مبعوثه" };

    /// <summary>Whether a folded key is a role noun with its possessive (نائبه، ومستشاره).</summary>
    internal static bool IsPossessedRoleNoun(string key) =>
        key.Length >= 5 && key[^1] == 'ه' && PossessedRoleNounsBySpan.Contains(key[0] == 'و' ? key.AsSpan(1) : key.AsSpan());

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PossessedRoleNounsBySpan = PossessedRoleNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    // Asked of every token of an Arabic text: answered once per word (see WordPredicate).
    private static readonly WordPredicate PossessedRoleNounWord = new(IsPossessedRoleNoun);

    // "وكان المنفي ونائبه موسى الكوني قد التقيا …": a name right after a role noun with its possessive is that person's.
    private void ArabicPossessedRoles(ExtractionDocument doc)
    {
        var tokens = doc.Tokens.Tokens;
        foreach (var i in doc.Tokens.PositionsOf(PossessedRoleNounWord))
        {
            if (i + 1 >= tokens.Count || doc.TokenMention[i] is not null) continue;
            var pos = i + 1;
            if (doc.TokenMention[pos] is not null || !tokens[pos].IsWord) continue;
            // "ونائبه جبران اليمين الدستورية": the short name of someone the story named in full is that person (read
            // later), not the first word of a longer unknown name.
            if (OpensAKnownName(doc, doc.Text[tokens[pos].Start..tokens[pos].End])) continue;
            var end = ReadName(doc, pos, MaxNameWords);
            if (end >= pos) AddPerson(doc, pos, end);
        }
    }

    // Folded nouns of a city's or a province's office, which no canonical title covers: governor, ruler, mayor.
    private static readonly HashSet<string> PlaceRoleNouns = new(StringComparer.Ordinal) { "محافظ", "محافظه", "حاكم", "حاكمه", "عمده" };

    private static readonly WordPredicate PlaceRoleNounWord = new(PlaceRoleNouns.Contains);

    // "حاكمة طوكيو يوريكو كويكي", "محافظ أسوان أشرف عطية": a name right after the office of a place named after its noun.
    private void ArabicRolesOfPlaces(ExtractionDocument doc)
    {
        var tokens = doc.Tokens.Tokens;
        foreach (var i in doc.Tokens.PositionsOf(PlaceRoleNounWord))
        {
            if (doc.TokenMention[i] is not null || i + 2 >= tokens.Count || doc.TokenMention[i + 1] is not { Kind: PatternKind.Entity, Entity.Kind: NodeKind.Place } place) continue;
            var pos = place.LastToken + 1;
            if (pos >= tokens.Count || doc.TokenMention[pos] is not null || !tokens[pos].IsWord || !NameWordAt(doc, pos)) continue;
            var end = ReadName(doc, pos, MaxNameWords);
            if (end >= pos) AddPerson(doc, pos, end);
        }
    }

    // `other`: a known person the name was just read as not being, whom the look-up must not find again.
    private void AddPerson(ExtractionDocument doc, int pos, int end, bool lookUp = true, Gazetteer.GazetteerEntry? other = null)
    {
        var tokens = doc.Tokens.Tokens;
        if (LandmarkNames.NamesAThing(doc, pos, end)) return;
        // "حيث استقبله بمطار هواري بومدين الدولي الوزير الأول": words read before a title that open with an airport's or a
        // palace's noun are that place's name, not a person's.
        if (doc.Lang == "ar" && LandmarkNames.IsArabicThingHead(tokens[pos].Key)) return;
        // "سامح شكري وزير الخارجية، وحسام المغازي وزير الموارد المائية": the conjunction glued to a given name is not
        // part of the name (وليد, وائل, وانغ begin with the letter itself).
        var start = tokens[pos].Start;
        if (doc.Lang == "ar" && tokens[pos].Key.Length > 3 && tokens[pos].Key[0] == 'و'
            && known.IsArabicGivenName(tokens[pos].Key[1..]) && !known.IsArabicGivenName(tokens[pos].Key))
            start++;
        // "Foreign Minister Adel Ahmad Al-Jubeir": the words read up to a known person's family name, opening with the
        // first word of that person's own name, are that person's name written in full, not another person.
        // ("Al-Jubeir" may have matched from its last word: the article and hyphen between are the name's.)
        var joint = end + 1;
        while (joint < tokens.Count && joint <= end + 2 && doc.TokenMention[joint] is null && tokens[joint].Key is "al" or "el" or "-") joint++;
        DocEntity? person = null;
        if (joint < tokens.Count && doc.TokenMention[joint] is { Kind: PatternKind.Entity, Entity: { Kind: NodeKind.Person } named } family
            && family.FirstToken == joint && OpensTheName(doc, tokens[pos].Key, named))
        {
            doc.RemoveMention(family);
            end = family.LastToken;
            person = named;
        }
        var surface = doc.Text[start..tokens[end].End];
        person ??= ShortFormOf(doc, surface)
            ?? (lookUp && (known.Find(surface) ?? FindWithoutInitials(surface)) is { } entry && entry != other ? EntityRegistry.ForEntry(doc, entry) : EntityRegistry.ForUnknownPerson(doc, surface));
        person.Spans.Add((start, tokens[end].End));
        person.Surfaces.Add(surface);
        // A title or form of address read inside the name (عبد الملك, آل الشيخ) is the name's word, not a title.
        for (var t = pos; t <= end; t++)
            if (doc.TokenMention[t] is { Kind: PatternKind.Title or PatternKind.Honorific } inner && inner.FirstToken >= pos && inner.LastToken <= end)
                doc.RemoveMention(inner);
        doc.AddMention(new Mention
        {
            FirstToken = pos,
            LastToken = end,
            Start = start,
            End = tokens[end].End,
            Kind = PatternKind.Entity,
            Entity = person,
        });
    }

    // "Lloyd J. Austin III": the reference name is written without middle initials and a generational number.
    private Gazetteer.GazetteerEntry? FindWithoutInitials(string surface)
    {
        if (!surface.Contains(' ', StringComparison.Ordinal) || ArabicScript.HasArabic(surface)) return null;
        var words = surface.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = words.Where((w, k) => !(k > 0 && (w.TrimEnd('.').Length == 1 || k == words.Length - 1 && w is "II" or "III" or "IV"))).ToArray();
        return kept.Length >= 2 && kept.Length < words.Length ? known.Find(string.Join(' ', kept)) : null;
    }

    // Whether the person's reference name opens with the word (a family name alone does not: "Al-Jubeir" is no
    // given name).
    private static bool OpensTheName(ExtractionDocument doc, string word, DocEntity person) =>
        person.NameEn is { } en && NameWords(doc, en) is [var first, _, ..] && first == word && !Connectors.Contains(word);

    // Whether a word opens the name of a person the story has read.
    private static bool OpensAKnownName(ExtractionDocument doc, string word)
    {
        var key = NameWords(doc, word) is [var only] ? only : null;
        if (key is null) return false;
        foreach (var e in doc.Entities.Values)
            if (e.Kind == NodeKind.Person && e.Spans.Count > 0 && e.Surfaces.Any(name => NameWords(doc, name) is [var first, ..] && first == key)) return true;
        return false;
    }

    // "Sheikh Khaled bin Zayed Al Nahyan" after "Sheikh Khaled bin Mohamed bin Zayed Al Nahyan": a name whose words all
    // stand, in order and from the same first word, in a person already read is that person.
    private static DocEntity? ShortFormOf(ExtractionDocument doc, string surface)
    {
        var words = NameWords(doc, surface);
        if (words.Length < 2) return null;
        foreach (var e in doc.Entities.Values)
        {
            if (e.Kind != NodeKind.Person || e.Spans.Count == 0) continue;
            foreach (var name in e.Surfaces)
                if (Contains(name)) return e;
            if (Contains(e.NameEn) || Contains(e.NameAr)) return e;
        }
        return null;

        bool Contains(string? name)
        {
            if (string.IsNullOrEmpty(name)) return false;
            var full = NameWords(doc, name);
            return full.Length > words.Length && full[0] == words[0] && IsSubsequence(words, full);
        }
    }

    // Folded words of a name, computed once per document and name.
    private static string[] NameWords(ExtractionDocument doc, string name)
    {
        if (!doc.NameWords.TryGetValue(name, out var words))
            doc.NameWords[name] = words = NameKey.Of(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words;
    }

    private static bool IsSubsequence(string[] part, string[] whole)
    {
        var j = 0;
        foreach (var w in whole)
            if (j < part.Length && w == part[j]) j++;
        return j == part.Length;
    }

    private static bool CueEarlierInSentence(ExtractionDocument doc, int token)
    {
        var s = doc.SentenceOf(token);
        if (s < 0) return false;
        for (var i = doc.Sentences[s].FirstToken; i < token; i++)
            if (doc.TokenMention[i] is { Kind: PatternKind.MeetingCue, Pattern.Cue.Value: "verb" }) return true;
        return false;
    }

    private bool NextIsNameWord(ExtractionDocument doc, int i) =>
        i + 1 < doc.Tokens.Tokens.Count && doc.Tokens.Tokens[i + 1] is { IsWord: true } t && doc.TokenMention[i + 1] is null
        && ArabicScript.IsArabicWord(t.Key) && !arabicStopwords.Contains(t.Key);

    private static bool Capitalised(ExtractionDocument doc, int i) =>
        i < doc.Tokens.Tokens.Count && doc.Tokens.Tokens[i].IsWord && doc.TokenMention[i] is null && char.IsUpper(doc.Text[doc.Tokens.Tokens[i].Start]);

    // Words no Arabic name is made of, whatever the words around them: a preposition written with its final ى (على،
    // إلى، لدى: folded they look like the name علي), a preposition glued to the article (بالضيف، للسلطنة، وللشعب), a
    // conjunction before a function word (وعدد، ومن), a noun with a possessive pronoun (زيارتها، دعمها، بلادهم).
    private bool ArabicNameWord(ExtractionDocument doc, in Token t, bool afterFirst)
    {
        var original = doc.Text.AsSpan(t.Start, t.End - t.Start);
        if (original is "على" or "إلى" or "الى" or "لدى" or "حتى" or "متى" or "سوى") return false;
        // A case ending (ضيفاً عزيزاً، عاماً): names are written without tanween.
        if (original.IndexOfAnyInRange('\u064B', '\u064D') >= 0) return false;
        var key = t.Key;
        foreach (var prefix in PrepositionWithArticle)
            if (key.StartsWith(prefix, StringComparison.Ordinal)) return false;
        // A name opens with no conjunction and article (والاستثمار), and has no institution in it (رئيس دائرة أوروبا).
        if (!afterFirst && key.StartsWith("وال", StringComparison.Ordinal) || InstitutionNouns.Contains(key)) return false;
        if (afterFirst && key.Length > 2 && key[0] == 'و' && _stopwordsBySpan.Contains(key.AsSpan(1))) return false;
        return !(key.Length >= 5 && (key.EndsWith("ها", StringComparison.Ordinal) || key.EndsWith("هم", StringComparison.Ordinal) || key.EndsWith("هما", StringComparison.Ordinal)));
    }

    // "مشعل بن فهم السلمي": after بن and the father's name, a nisba (ال…ي) is the family name, though the same word is
    // also an adjective of news prose (السلمي, "peaceful").
    private static bool NisbaAfterLineage(List<Token> tokens, int i, int pos) =>
        i >= pos + 2 && tokens[i - 2].Key is "بن" or "بنت" && IsNisba(tokens[i].Key);

    // A family name of the nisba form (السبيعي، السلمي): the article, at least two letters more, and a final ي.
    private static bool IsNisba(string key) => key.Length > 4 && key.StartsWith("ال", StringComparison.Ordinal) && key[^1] == 'ي';

    private static readonly string[] PrepositionWithArticle = ["بال", "لل", "كال", "فال", "ولل", "وبال", "وكال", "فبال"];

    // Connectors (بن، آل، bin, al) do not count towards maxWords. After a personal honorific (الشيخ، الأمير) a word
    // that is also a common word is a name word when another name word follows it (الشيخ صباح ناصر صباح الأحمد …).
    private int ReadName(ExtractionDocument doc, int pos, int maxWords, bool afterPersonalHonorific = false)
    {
        var tokens = doc.Tokens.Tokens;
        // "the Arab Inter-Parliamentary Union": a name does not start inside a hyphenated word.
        if (!tokens[pos].IsWord || pos > 0 && tokens[pos - 1].IsWord && tokens[pos - 1].End == tokens[pos].Start) return -1;
        var arabic = ArabicScript.HasArabic(tokens[pos].Key);
        var end = pos - 1;
        var words = 0;
        var bounded = false;
        for (var i = pos; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (words == maxWords)
            {
                // An English name of exactly the limit is still delimited by what follows it (", Hardeep Singh Puri,").
                // Arabic has no capitals to tell a name from the prose after it, but a royal name after الشيخ/الأمير
                // runs to five words (صباح خالد الحمد المبارك الصباح).
                var closed = !t.IsWord || doc.TokenMention[i] is not null;
                bounded = arabic ? afterPersonalHonorific && (closed || arabicStopwords.Contains(t.Key)) : closed || !char.IsUpper(doc.Text[t.Start]);
                break;
            }
            bounded = true;
            // "… بن إبراهيم آل الشيخ": after آل a family's name is a name word, though it is also an honorific.
            // (So in Latin script: "… bin Ibrahim Al Al-Sheikh", "Al Sheikh".)
            var familyAfterAl = i > pos && FamilyParticleBefore(tokens, i, pos, arabic) && doc.TokenMention[i] is { Kind: PatternKind.Honorific } h && h.FirstToken == h.LastToken;
            // "ريما عبد الملك", "عبد الأمير الشمري": after عبد the word is the second half of a name (Abdul Malik, Abdul
            // Amir), though alone it is a title.
            var afterAbd = arabic && i > pos && tokens[i - 1].Key is "عبد" && doc.TokenMention[i] is { Kind: PatternKind.Title or PatternKind.Honorific } ta
                && ta.FirstToken == i && ta.LastToken == i && tokens[i].Key.StartsWith("ال", StringComparison.Ordinal);
            if (doc.TokenMention[i] is not null && !familyAfterAl && !afterAbd) break;
            if (!t.IsWord)
            {
                // Hyphenated and apostrophised names stay one name (Jean-Yves, Abd-Rabbu).
                if (t.Key is "-" or "'" && i + 1 < tokens.Count && tokens[i + 1].IsWord && tokens[i + 1].Start == t.End && t.Start == tokens[i - 1].End) continue;
                // "Lloyd J. Austin": the full stop of an initial read as a name word is the initial's.
                if (t.Key == "." && !arabic && end == i - 1 && end > pos && tokens[end].End == t.Start && tokens[end].End - tokens[end].Start == 1) continue;
                break;
            }
            if (char.IsAsciiDigit(t.Key[0])) break;
            if (arabic)
            {
                if (!ArabicScript.HasArabic(t.Key)) break;
                // "وزير الدفاع البريطاني بن والاس": no Arabic name opens on بن (son of); there it is the given name Ben, and
                // the word after it is the family name whatever its first letters (والاس is no و with the article).
                if (i == pos && t.Key == "بن" && i + 1 < tokens.Count && tokens[i + 1].IsWord && doc.TokenMention[i + 1] is null
                    && ArabicScript.IsArabicWord(tokens[i + 1].Key) && !arabicStopwords.Contains(tokens[i + 1].Key) && tokens[i + 1].Key != "ال")
                {
                    words += 2;
                    end = i + 1;
                    i++;
                    bounded = true;
                    continue;
                }
                // "السفير علي الصادق": written with ي (the preposition is على), a given name that folds like a stop word is a name.
                if (arabicStopwords.Contains(t.Key) && !((afterPersonalHonorific || doc.Text[t.End - 1] == 'ي') && givenNameStopwords.Contains(t.Key) && NextIsNameWord(doc, i))
                    && !NisbaAfterLineage(tokens, i, pos)) break;
                if (i == pos && (t.Key.StartsWith("ال", StringComparison.Ordinal) || t.Key.StartsWith("لل", StringComparison.Ordinal))) break;
                // "نظيره التركي بمراسم رسمية": a preposition glued to a common word opens no name.
                if (i == pos && t.Key.Length > 3 && t.Key[0] is 'ب' or 'ل' or 'ك' && arabicStopwords.Contains(t.Key[1..])) break;
                // "ونظيره الكوري": nor does a conjunction glued to one (وعلي is و and the name علي).
                if (i == pos && t.Key.Length > 3 && t.Key[0] == 'و' && arabicStopwords.Contains(t.Key[1..]) && !givenNameStopwords.Contains(t.Key[1..])) break;
                // "ويمنحه قلادة النيل": a conjoined verb with its object pronoun is no name.
                if (i == pos && t.Key.Length > 4 && (t.Key.StartsWith("وي", StringComparison.Ordinal) || t.Key.StartsWith("وت", StringComparison.Ordinal))
                    && (t.Key.EndsWith('ه') || t.Key.EndsWith("ها", StringComparison.Ordinal) || t.Key.EndsWith("هم", StringComparison.Ordinal))) break;
                // "… والشرق الأوسط": a conjunction with the article starts a new noun, not the next part of a name;
                // so does one with a possessive (خوان كارلوس فاريلا وحكومته).
                if (i > pos && t.Key.StartsWith("وال", StringComparison.Ordinal)) break;
                // "لويس فرناندو مندوزا وممثلين عن الأحزاب": so does one glued to a common word.
                if (i > pos && t.Key.Length > 3 && t.Key[0] == 'و' && arabicStopwords.Contains(t.Key[1..])) break;
                if (i > pos && t.Key.Length > 4 && t.Key[0] == 'و' && (t.Key.EndsWith("ته", StringComparison.Ordinal) || t.Key.EndsWith("تها", StringComparison.Ordinal) || t.Key.EndsWith("تهم", StringComparison.Ordinal))) break;
                if (!ArabicNameWord(doc, t, i > pos)) break;
            }
            else
            {
                var c = doc.Text[t.Start];
                var connector = Connectors.Contains(t.Key) && i > pos;
                // "Mata'afa", "Hong-kyun": the part glued after an apostrophe or a hyphen is the same word, in any case
                // ("Samoa's" is a possessive).
                var glued = i > pos && tokens[i - 1].Key is "-" or "'" && tokens[i - 1].End == t.Start && t.Key != "s";
                if (glued)
                {
                    end = i;
                    continue;
                }
                // "Khalid A Al-Falih", "Khalid A. Al-Falih": a capital letter between name words is an initial.
                var initial = i > pos && t.End - t.Start == 1 && char.IsUpper(c) && NextIsCapitalisedWord(doc, i);
                // "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates": a portfolio's or an
                // institution's noun is no name word.
                // Nor is a role word ("Chief Strategic Adviser to …").
                if (!connector && !initial && (!char.IsUpper(c) || EnglishNonNames.Contains(t.Key) || PortfolioEnds.Contains(t.Key) || EnglishInstitutionHeads.Contains(t.Key)
                    || EnglishRoleWords.Contains(t.Key) || AppositionRoleWords.Contains(t.Key))) break;
            }
            bounded = false;
            // "ناصر بن حمد آل خليفة ممثل …": the dynasty's name closes an Arabic name.
            if (arabic && i > pos && tokens[i - 1].Key == "ال")
            {
                end = i;
                bounded = true;
                break;
            }
            // (Nor do initials and a generational number: "Lloyd J. Austin III" is a name of two words.)
            if (t.Key is not ("بن" or "بنت" or "ابن" or "ال" or "bin" or "bint" or "ibn" or "al")
                && !(!arabic && i > pos && (t.End - t.Start == 1 || t.Key is "ii" or "iii" or "iv"))) words++;
            end = i;
        }
        // A name is delimited; a run that only stopped at the word limit is prose, not a name.
        if (!bounded && end < tokens.Count - 1) return -1;
        // A name does not end on a connector (بن، آل، bin, al).
        while (end >= pos && tokens[end].IsWord && tokens[end].Key is "بن" or "ال" or "ابو" or "عبد" or "bin" or "al" or "ibn" or "el" or "ولد")
            end--;
        while (end >= pos && !tokens[end].IsWord) end--;
        if (end < pos) return -1;
        var nameWords = 0;
        for (var i = pos; i <= end; i++) if (tokens[i].IsWord) nameWords++;
        // "Queen Suthida", "King Letsie", "Sultan Ibrahim": a monarch goes by one name (not "King" inside one: Tiong King Sing).
        // (Only a name that ends there: "Emir Sheikh Nawaf Al-Ahmad …" with a known name after the word is longer.)
        if (!arabic && nameWords < 2 && (!MonarchsTitleBefore(doc, pos) || end + 1 < tokens.Count && (doc.TokenMention[end + 1] is { Kind: PatternKind.Entity } || tokens[end + 1].IsWord && char.IsUpper(doc.Text[tokens[end + 1].Start])))) return -1;
        // One Arabic word after a title is too often a verb or a noun; known short names come from the gazetteer.
        if (arabic && nameWords < 2) return -1;
        return end;
    }
}
