using DiplomacyGraph.Domain.Text;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Extraction.Matching;
using DiplomacyGraph.Extraction.Pipeline;
using DiplomacyGraph.Extraction.Text;

namespace DiplomacyGraph.Extraction.Components;

/// <summary>Known names read against the words around them: lineages, longer names, unsupported short names.</summary>
internal sealed partial class PersonFinder
{
    // A one-word gazetteer name (a family name: Mubarak, تراس) that the story neither gives in full nor puts a title or
    // honorific before (President Putin, الرئيس بوتين) is dropped where it is likely something else: a short Arabic key
    // (تراس is also ترأس once folded), or an English word inside a longer run of capitalised names (Nayef Falah Mubarak
    // Al-Hajraf).
    private static void UnsupportedShortNames(ExtractionDocument doc, HashSet<DocEntity> fullyNamed)
    {
        foreach (var m in doc.MentionsOf(PatternKind.Entity).Where(m => m.Entity?.Kind == NodeKind.Person && m.Pattern is not null && m.FirstToken == m.LastToken).ToList())
        {
            var e = m.Entity!;
            if (fullyNamed.Contains(e) || (e.NameEn?.Contains(' ', StringComparison.Ordinal) == false)) continue;
            if (m.FirstToken > 0 && doc.TokenMention[m.FirstToken - 1] is { Kind: PatternKind.Title or PatternKind.Honorific or PatternKind.Demonym }) continue;
            if (!(doc.Lang == "ar" ? m.Pattern!.Key.Length + (m.Pattern.HasArticle ? 2 : 0) <= ShortArabicName || AfterAnothersGivenName(doc, m) : InsideLongerName(doc, m))) continue;
            doc.RemoveMention(m);
        }
    }

    private const int ShortArabicName = 4;

    // "نظيره الإسباني فرناندو غراندي مارلاسكا": a known person's family name alone (غراندي, Filippo Grandi) right after
    // a name word not theirs, itself right after a title or a demonym, is part of another person's name.
    private static bool AfterAnothersGivenName(ExtractionDocument doc, Mention m)
    {
        var given = m.FirstToken - 1;
        if (given < 1 || doc.TokenMention[given] is not null || !doc.Tokens.Tokens[given].IsWord) return false;
        var key = doc.Tokens.Tokens[given].Key;
        // (The token checks first: the name checks split names.)
        return ArabicScript.IsArabicWord(key) && !key.StartsWith("ال", StringComparison.Ordinal)
            && doc.TokenMention[given - 1] is { Kind: PatternKind.Title or PatternKind.Demonym }
            && IsFamilyNameOnly(m.Entity!, doc.Tokens.Tokens[m.FirstToken].Key) && !OwnNameWord(doc, m.Entity!, key);
    }

    // "Major General Abbas Ibrahim": a known person's family name (Mahmoud Abbas) after a title, with a further
    // capitalised name word after it on the line, is the given name of someone else, when the story never names the
    // known person in full. The mention goes; the title's name is then read whole. (English only: an Arabic word after a
    // name is as often the next phrase's, تقديرا لدوره.)
    private void ShortNamesAsGivenNames(ExtractionDocument doc, HashSet<DocEntity> fullyNamed)
    {
        if (doc.Lang != "en") return;
        var tokens = doc.Tokens.Tokens;
        foreach (var m in doc.MentionsOf(PatternKind.Entity).Where(m => m.Entity?.Kind == NodeKind.Person && m.Pattern is not null && m.FirstToken == m.LastToken).ToList())
        {
            var next = m.LastToken + 1;
            if (fullyNamed.Contains(m.Entity!) || m.Entity!.NameEn?.Contains(' ', StringComparison.Ordinal) != true || next >= tokens.Count
                || m.FirstToken == 0 || doc.TokenMention[m.FirstToken - 1] is not { Kind: PatternKind.Title or PatternKind.Honorific }
                || doc.TokenMention[next] is not null || !tokens[next].IsWord || SentenceSplitter.HasLineBreak(doc.Text, tokens[m.LastToken].End, tokens[next].Start)) continue;
            if (Capitalised(doc, next) && !EnglishNonNames.Contains(tokens[next].Key) && !vocabulary.TryWeekday(tokens[next].Key, out _)) doc.RemoveMention(m);
        }
    }

    // "We had a fruitful meeting with Kuwaiti Prime Minister Sheikh Sabah" after "Sheikh Sabah Al-Khalid Al-Sabah": a form
    // of address and a given name the gazetteer knows as someone else's (Sheikh Sabah, the late Emir), whom the story
    // never names in full, is the one person the story named in full with that given name.
    private static void GivenNamesOfTheNamedInFull(ExtractionDocument doc)
    {
        var tokens = doc.Tokens.Tokens;
        // (Named in full: in two words or more past the forms of address; "Sheikh Sabah" is not.)
        var fullyNamed = doc.MentionsOf(PatternKind.Entity)
            .Where(m => m.Entity?.Kind == NodeKind.Person && m.LastToken > m.FirstToken && !(m.LastToken == m.FirstToken + 1 && PersonalHonorifics.Contains(tokens[m.FirstToken].Key)))
            .Select(m => m.Entity!).ToHashSet();
        if (fullyNamed.Count == 0) return;
        foreach (var m in doc.MentionsOf(PatternKind.Entity).Where(m => m.Entity is { Kind: NodeKind.Person } e && !fullyNamed.Contains(e)).ToList())
        {
            var given = m.FirstToken;
            while (given < m.LastToken && PersonalHonorifics.Contains(tokens[given].Key)) given++;
            var addressed = given > m.FirstToken || m.FirstToken > 0 && PersonalHonorifics.Contains(tokens[m.FirstToken - 1].Key);
            if (!addressed || given != m.LastToken) continue;
            DocEntity? holder = null;
            var holders = 0;
            foreach (var p in fullyNamed)
                if (p != m.Entity && p.Surfaces.Any(s => GivenNameOf(doc, s) == tokens[given].Key)) (holder, holders) = (p, holders + 1);
            if (holders != 1) continue;
            m.Entity!.Spans.Remove((m.Start, m.End));
            doc.Reassign(m, holder!);
        }
    }

    // The first word of a name past its forms of address (Sheikh, الشيخ), as a key.
    private static string? GivenNameOf(ExtractionDocument doc, string name)
    {
        foreach (var word in NameWords(doc, name))
            if (!PersonalHonorifics.Contains(word)) return word;
        return null;
    }

    // The persons some mention names in full (more than one word): their family name alone is theirs.
    private static HashSet<DocEntity> FullyNamedPersons(ExtractionDocument doc) =>
        doc.MentionsOf(PatternKind.Entity).Where(m => m.Entity?.Kind == NodeKind.Person && m.LastToken > m.FirstToken).Select(m => m.Entity!).ToHashSet();

    private static bool InsideLongerName(ExtractionDocument doc, Mention m)
    {
        var tokens = doc.Tokens.Tokens;
        bool CapitalWord(int i) => i >= 0 && Capitalised(doc, i) && !EnglishNonNames.Contains(tokens[i].Key);
        var next = m.LastToken + 1;
        var after = CapitalWord(next) || next + 1 < tokens.Count && Connectors.Contains(tokens[next].Key) && CapitalWord(next + 1);
        // The word before must not open its sentence, where any word is capitalised.
        var before = CapitalWord(m.FirstToken - 1) && doc.SentenceOf(m.FirstToken - 1) is var s && s >= 0 && doc.Sentences[s].FirstToken < m.FirstToken - 1;
        return after || before;
    }

    // "حمد بن علي العطية", "Hamad bin Ali al-Attiyah": a family name the gazetteer knows as one person's short name,
    // here closing a longer lineage (given name بن father …), names someone else of that family. So does any known name
    // after بن (تركي بن محمد بن فهد بن عبدالعزيز, Majid bin Abdullah Al-Qasabi): it is a forefather's.
    private void SurnamesOfOthers(ExtractionDocument doc)
    {
        var tokens = doc.Tokens.Tokens;
        foreach (var m in doc.MentionsOf(PatternKind.Entity).Where(m => m.Entity?.Kind == NodeKind.Person && m.Pattern is not null).ToList())
        {
            var start = m.FirstToken;
            var i = m.FirstToken - 1;
            // "Ahmed al-Safadi", "Louise Araneta-Marcos" with only "Safadi", "Marcos" matched: the word glued before the family
            // name by a hyphen is part of it (the article) or of a double family name.
            if (doc.Lang == "en" && m.FirstToken == m.LastToken && i >= 2 && tokens[i].Key == "-"
                && tokens[i].Start == tokens[i - 1].End && tokens[i].End == tokens[m.FirstToken].Start)
                i -= tokens[i - 1].Key is "al" or "el" ? 2 : 1;
            if (m.FirstToken == m.LastToken && i >= 0 && PlainNameWord(doc, i)) start = i--;
            var lineage = false;
            while (i >= 1 && tokens[i].Key is "بن" or "bin" or "ibn" && doc.TokenMention[i] is null && PlainNameWord(doc, i - 1))
            {
                lineage = true;
                start = i - 1;
                i -= 2;
            }
            // "رئيس مجلس النواب أحمد الصفدي" beside the gazetteer's "(أيمن) الصفدي": after a title, another given name
            // before a known family name is another person of that family.
            var afterTitle = !lineage && start < m.FirstToken && doc.Lang == "ar" && start > 0
                && (doc.TokenMention[start - 1]?.Kind is PatternKind.Title or PatternKind.Honorific or PatternKind.Demonym
                    || doc.TokenMention[start - 1]?.Entity?.Kind == NodeKind.Country);
            // "وزير الخارجية الهندي سوبرامانيام جايشانكار" with only the family name known: the person's own given name,
            // in another spelling, belongs to the name.
            var own = afterTitle && SoundsLikeOwnName(doc, m.Entity!, tokens[start].Key);
            if (own)
            {
                ExtendLeft(doc, m, start);
                continue;
            }
            var otherGivenName = afterTitle && doc.TokenMention[start - 1]?.Kind is PatternKind.Title or PatternKind.Honorific
                || EnglishOtherGivenName(doc, m, start);
            if (!lineage && !otherGivenName) continue;
            if (otherGivenName && doc.Lang == "en")
            {
                // "his wife, Sophie Gregoire Trudeau": the other person's given names may be more than one.
                // Not a role's words (First Lady) nor a place after its preposition (Ambassador to Abidjan Deniz Erdogan Barim).
                while (start > 1 && EnglishGivenNameWord(doc, start - 1)
                       && !EnglishRoleWords.Contains(tokens[start - 1].Key) && tokens[start - 1].Key != "first" && !VenuePrepositions.Contains(tokens[start - 2].Key)) start--;
                // "Ferdinand Romualdez Marcos Jr": the known person's own given name first, with a middle name after it.
                if (OwnNameWord(doc, m.Entity!, tokens[start].Key))
                {
                    ExtendLeft(doc, m, start);
                    continue;
                }
            }
            doc.RemoveMention(m);
            // English capitals show where the name ends (Majid bin Abdullah Al-Qasabi); Arabic ends with the known name.
            // Another given name's person is not looked up again in Arabic (أحمد الصفدي sounds one edit from أيمن الصفدي);
            // an English run may be another known person's name in full (Nayef Mubarak Al-Hajraf, not Hosni Mubarak).
            AddPerson(doc, start, doc.Lang == "en" ? Math.Max(m.LastToken, ReadName(doc, start, MaxNameWords)) : m.LastToken, lookUp: doc.Lang == "en" || !otherGivenName, other: otherGivenName ? m.Entity!.Entry : null);
            if (otherGivenName && doc.TokenMention[start]?.Entity is { } other) FamilyNameStandsFor(doc, m.Entity!, other);
        }
    }

    // "his wife Emine Erdogan", "his Jordanian counterpart Ahmed al-Safadi": in English capitals mark a name, so a
    // capitalised word that is none of the known person's own names, before their family name alone, is another person's
    // given name (a sentence's first word is capitalised anyway and proves nothing).
    private bool EnglishOtherGivenName(ExtractionDocument doc, Mention m, int start)
    {
        if (doc.Lang != "en" || start == m.FirstToken || m.FirstToken != m.LastToken || m.Entity!.NameEn?.Contains(' ', StringComparison.Ordinal) != true) return false;
        // "Jomo Kenyatta International Airport": a thing named after someone.
        if (!EnglishGivenNameWord(doc, start) || LandmarkNames.NamesAThing(doc, start, m.LastToken) || SoundsLikeOwnName(doc, m.Entity, doc.Tokens.Tokens[start].Key)) return false;
        // "Nayef Falah Mubarak Al-Hajraf": the person's own given name may open the run a few capitalised words earlier.
        var tokens = doc.Tokens.Tokens;
        for (var k = start - 1; k >= 0 && k >= start - OwnNameReach && Capitalised(doc, k) && doc.TokenMention[k] is null or { Kind: PatternKind.Entity, Entity.Kind: NodeKind.Person }; k--)
            if (SoundsLikeOwnName(doc, m.Entity, tokens[k].Key)) return false;
        return true;
    }

    private const int OwnNameReach = 3;

    // A capitalised plain word that may be an English given name: not a sentence's first word (capitalised anyway), a
    // weekday, a portfolio's or an institution's noun.
    private bool EnglishGivenNameWord(ExtractionDocument doc, int k)
    {
        var key = doc.Tokens.Tokens[k].Key;
        return PlainNameWord(doc, k) && !OpensSentence(doc, k) && !vocabulary.TryWeekday(key, out _) && !PortfolioEnds.Contains(key) && !EnglishInstitutionHeads.Contains(key);
    }

    private static bool OpensSentence(ExtractionDocument doc, int token) =>
        doc.SentenceOf(token) is var s && (s < 0 || doc.Sentences[s].FirstToken == token);

    // The family name alone (مباحثات مع الصفدي) then stands for the person the story named in full, where the known
    // person of that name is not named in full in it.
    private static void FamilyNameStandsFor(ExtractionDocument doc, DocEntity known, DocEntity other)
    {
        var mentions = doc.MentionsOf(PatternKind.Entity).Where(x => x.Entity == known).ToList();
        if (mentions.Any(x => x.LastToken > x.FirstToken)) return;
        // "Erdogan, accompanied by his wife Emine Erdogan, …": a family name alone before the other is named, or after a
        // title (President Erdogan), is the known person's: a story names a newcomer in full first.
        var firstOther = doc.Mentions.Where(x => x.Entity == other).Select(x => x.FirstToken).DefaultIfEmpty(int.MaxValue).Min();
        if (mentions.Any(x => x.FirstToken < firstOther || x.FirstToken > 0 && doc.TokenMention[x.FirstToken - 1]?.Kind is PatternKind.Title or PatternKind.Honorific)) return;
        foreach (var x in mentions) doc.Reassign(x, other);
    }

    // "الشيخ صباح ناصر صباح الأحمد الصباح", "Sheikh Sabah Khalid Al-Hamad Al-Sabah": a known name that other name words
    // precede (after an honorific) or follow (two or more capitalised words) is part of someone else's longer name;
    // where those words are the known person's own, the name just starts earlier.
    private void LongerNamesAroundKnown(ExtractionDocument doc)
    {
        var tokens = doc.Tokens.Tokens;
        // "الأمين العام … نايف فلاح مبارك الحجرف": after a title phrase too.
        foreach (var h in doc.Mentions.Where(m => m.Kind is PatternKind.Honorific or PatternKind.Title && doc.Lang == "ar").ToList())
        {
            var first = h.Kind == PatternKind.Title ? ChainEnd(doc, h) + 1 : h.LastToken + 1;
            var i = first;
            while (true)
            {
                while (i < tokens.Count && doc.TokenMention[i] is null && ArabicScript.IsArabicWord(tokens[i].Key) && !tokens[i].Key.StartsWith("ال", StringComparison.Ordinal)
                       && (!arabicStopwords.Contains(tokens[i].Key) || givenNameStopwords.Contains(tokens[i].Key))) i++;
                if (i == first || i - first > 3 || i >= tokens.Count || doc.TokenMention[i] is not { Kind: PatternKind.Entity, Entity.Kind: NodeKind.Person, Pattern: not null } known
                    || known.FirstToken != i) break;
                // Before a family name alone, a father's or grandfather's name the gazetteer lacks may stand between the
                // given name and it (نايف فلاح مبارك الحجرف); before a given name, other words are another's patronymic chain
                // (صباح ناصر صباح الأحمد الصباح is not Sabah al-Ahmad).
                var familyOnly = known.FirstToken == known.LastToken && tokens[i].Key.StartsWith("ال", StringComparison.Ordinal);
                if (familyOnly ? OwnNameWord(doc, known.Entity!, tokens[first].Key) : Enumerable.Range(first, i - first).All(k => OwnNameWord(doc, known.Entity!, tokens[k].Key)))
                {
                    // "الدكتور نايف فلاح الحجرف" with only "الحجرف" matched: the words before are the person's own.
                    ExtendLeft(doc, known, first);
                    break;
                }
                // After a title, words not the person's own before a known full name are a form of address (وزير الدفاع
                // داتوك سري هشام الدين حسين): the name stands; before a one-word family name they are another person's
                // given names (نائبة الرئيس إسبيرانسا دا كوستا is not António Costa).
                if (h.Kind == PatternKind.Title && known.FirstToken != known.LastToken) break;
                doc.RemoveMention(known);
            }
        }
        if (doc.Lang != "en") return;
        foreach (var m in doc.MentionsOf(PatternKind.Entity).Where(m => m.Entity?.Kind == NodeKind.Person && m.Pattern is not null).ToList())
        {
            var next = m.LastToken + 1;
            if (!Capitalised(doc, next) || EnglishNonNames.Contains(tokens[next].Key) || OwnNameWord(doc, m.Entity!, tokens[next].Key)) continue;
            var tail = ReadName(doc, next, MaxNameWords);
            var start = m.FirstToken;
            while (start < m.LastToken && PersonalHonorifics.Contains(tokens[start].Key)) start++;
            if (tail <= next)
            {
                // "Sheikh Sabah Khaled held talks" after "Sheikh Sabah Khaled Al-Hamad Al-Sabah": one more name word makes
                // the known short name (Sheikh Sabah) a short form of another person the story named in full.
                if (ShortFormOf(doc, doc.Text[tokens[start].Start..tokens[next].End]) is { } fuller && fuller != m.Entity)
                {
                    doc.RemoveMention(m);
                    AddPerson(doc, start, next);
                }
                continue;
            }
            doc.RemoveMention(m);
            AddPerson(doc, start, Math.Max(tail, ReadName(doc, start, MaxNameWords)));
        }
    }

    // "Prime Minister Muhammad Shehbaz Sharif", "وزير الخارجية الباكستاني محمد إسحاق دار": one more name word between a
    // title phrase and a known name of two words or more is a further given name of that person (a known family name
    // alone after another given name is someone else of the family: SurnamesOfOthers). Not before a lineage: "Sheikh
    // Ahmad Meshal Al-Ahmad Al-Sabah" is Meshal's son.
    private void FurtherGivenNames(ExtractionDocument doc)
    {
        foreach (var m in doc.MentionsOf(PatternKind.Entity).Where(m => m.Entity?.Kind == NodeKind.Person && m.Pattern is not null && m.LastToken > m.FirstToken).ToList())
        {
            var word = m.FirstToken - 1;
            if (word < 1 || !PlainNameWord(doc, word) || IsLineageName(m.Entity!.NameEn)) continue;
            var before = doc.TokenMention[word - 1];
            if (doc.Lang == "en" ? before?.Kind != PatternKind.Title : before?.Kind is not (PatternKind.Title or PatternKind.Demonym)) continue;
            ExtendLeft(doc, m, word);
        }
    }

    // "ولويز إيناسيو لولا دا سيلفا" with only "لولا دا سيلفا" known as written: plain words right before a known name
    // that are (or sound like) the person's own given names are part of the name, wherever it stands. (Arabic: English
    // capitals already mark where a name starts, and an English form of address may be a gazetteer alias's word.)
    private void OwnGivenNamesBefore(ExtractionDocument doc)
    {
        if (doc.Lang != "ar") return;
        var tokens = doc.Tokens.Tokens;
        foreach (var m in doc.MentionsOf(PatternKind.Entity).Where(m => m.Entity?.Kind == NodeKind.Person && m.Pattern is not null).ToList())
        {
            var start = m.FirstToken;
            for (var k = m.FirstToken - 1; k >= 0 && k >= m.FirstToken - OwnNameReach && PlainNameWord(doc, k); k--)
            {
                var key = tokens[k].Key;
                if (OwnGivenName(doc, m.Entity!, key))
                {
                    start = k;
                    continue;
                }
                // A conjunction glued to the first of them (ولويز) opens the name: nothing before it belongs.
                if (key.Length > 3 && key[0] == 'و' && OwnGivenName(doc, m.Entity!, key[1..])) start = k;
                break;
            }
            if (start < m.FirstToken) ExtendLeft(doc, m, start);
        }
    }

    // The person's own name word, or another spelling of one (لويز for لويس) when long enough to tell (not حث for شي).
    private static bool OwnGivenName(ExtractionDocument doc, DocEntity e, string key) =>
        key.Length >= 3 ? SoundsLikeOwnName(doc, e, key) : OwnNameWord(doc, e, key);

    // "Sabah Khalid Al-Hamad Al-Sabah", "Mohammed bin Salman": a later word bin, Al or Al-… (whole words: "Anthony
    // Albanese" and "Alexander" are no lineage).
    private static bool IsLineageName(string? name)
    {
        if (name is null) return false;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < words.Length; i++)
            if (words[i] is "bin" or "Al" or "al" || words[i].StartsWith("Al-", StringComparison.Ordinal) || words[i].StartsWith("al-", StringComparison.Ordinal)) return true;
        return false;
    }

    private static void ExtendLeft(ExtractionDocument doc, Mention m, int first) => Extend(doc, m, first, m.LastToken);

    private static void Extend(ExtractionDocument doc, Mention m, int first, int last)
    {
        doc.RemoveMention(m);
        var longer = m.Spanning(first, last, doc.Tokens.Tokens);
        doc.AddMention(longer);
        m.Entity!.Spans.Add((longer.Start, longer.End));
        m.Entity.AddSurface(doc.Text, longer.Start, longer.End);
    }


    // A word of the person's own names, or one that sounds like one (سيرجي for سيرغي).
    private static bool SoundsLikeOwnName(ExtractionDocument doc, DocEntity e, string key)
    {
        if (OwnNameWord(doc, e, key)) return true;
        var sound = PhoneticKey.Of(key);
        return OwnNames(e).SelectMany(n => NameWords(doc, n)).Select(PhoneticKey.Of)
            .Any(w => w == sound || w.Length >= 4 && sound.Length >= 4 && w[0] == sound[0] && PhoneticIndex.OneEdit(w, sound));
    }

    private static bool OwnNameWord(ExtractionDocument doc, DocEntity e, string key)
    {
        foreach (var name in OwnNames(e))
            if (NameWords(doc, name).Contains(key)) return true;
        return false;
    }

    // The person's names in the document, then the gazetteer's aliases.
    private static IEnumerable<string> OwnNames(DocEntity e)
    {
        if (e.NameEn is { } en) yield return en;
        if (e.NameAr is { } ar) yield return ar;
        if (e.Entry is not { } entry) yield break;
        foreach (var alias in entry.AliasesAr) yield return alias;
        foreach (var alias in entry.AliasesEn) yield return alias;
    }

    private bool PlainNameWord(ExtractionDocument doc, int i)
    {
        var t = doc.Tokens.Tokens[i];
        // After بن a word is a father's name even where its key is a stop word's (علي، على).
        var fathers = i > 0 && doc.Tokens.Tokens[i - 1].Key is "بن" or "bin" or "ibn";
        if (!t.IsWord || doc.TokenMention[i] is not null || !fathers && (arabicStopwords.Contains(t.Key) || EnglishNonNames.Contains(t.Key))
            || Connectors.Contains(t.Key) || t.Key is "بن" or "آل") return false;
        return ArabicScript.IsArabicWord(t.Key) ? !t.Key.StartsWith("ال", StringComparison.Ordinal) : char.IsUpper(doc.Text[t.Start]);
    }

    // Whether the father named right after the known name (last + 1 is بن/bin) differs from the one the person's own
    // names give after that word; false where none of them goes on past it (Qaboos bin Said bin Taimour).
    private static bool ForeignFather(ExtractionDocument doc, DocEntity person, int last, int end)
    {
        var tokens = doc.Tokens.Tokens;
        if (last + 2 > end || tokens[last + 1].Key is not ("بن" or "بنت" or "bin")) return false;
        // Compared by sound: the names are in both scripts (عبدالرحمن بن جاسم for "Abdulrahman bin Abdulaziz").
        var (word, father) = (tokens[last].Key, tokens[last + 2].Key);
        var (wordSound, fatherSound) = (PhoneticKey.Of(word), PhoneticKey.Of(father));
        var otherFather = false;
        foreach (var name in OwnNames(person))
        {
            var words = NameWords(doc, name);
            for (var i = 0; i + 2 < words.Length; i++)
            {
                if (words[i] != word && PhoneticKey.Of(words[i]) != wordSound || words[i + 1] is not ("بن" or "بنت" or "bin")) continue;
                if (words[i + 2] == father || PhoneticKey.Of(words[i + 2]) == fatherSound) return false;
                otherFather = true;
            }
        }
        return otherFather;
    }

    // "بن تركي": after بن the word is a father's name (Turki), not the demonym it is spelt like.
    private static bool FathersNameReadAsDemonym(ExtractionDocument doc, int i) =>
        doc.TokenMention[i] is { Kind: PatternKind.Demonym } m && m.FirstToken == i && m.LastToken == i && doc.Tokens.Tokens[i - 1].Key is "بن" or "بنت";

    // "عبدالله بن عبدالعزيز بن تركي السبيعي" after the alias "عبدالله بن عبدالعزيز" of King Abdullah: a lineage the text
    // carries on to a family name (السبيعي) that none of the person's own names has is someone else's.
    private static bool ForeignFamily(ExtractionDocument doc, DocEntity person, int end)
    {
        var tokens = doc.Tokens.Tokens;
        if (end + 1 >= tokens.Count || doc.TokenMention[end + 1] is not null || !tokens[end + 1].IsWord) return false;
        // A family name of the nisba form (السبيعي، العتيبي), not a noun of what follows (الممثل الشخصي).
        var family = tokens[end + 1].Key;
        if (!IsNisba(family)) return false;
        foreach (var name in OwnNames(person))
            if (Array.IndexOf(NameWords(doc, name), family) >= 0) return false;
        return true;
    }

    // Whether a word is the last word of a person's name in either script and not its first (Mubarak of Hosni Mubarak).
    private static bool IsFamilyNameOnly(DocEntity person, string key)
    {
        foreach (var name in new[] { person.NameEn, person.NameAr })
        {
            if (NameKey.Of(name).Split(' ', StringSplitOptions.RemoveEmptyEntries) is not { Length: > 1 } words) continue;
            if (words[^1] == key && words[0] != key) return true;
        }
        return false;
    }

    // "محمد بن سلمان" + "بن عبدالعزيز", "Mohamed bin Zayed" + "Al Nahyan": the lineage continues the name.
    private void ExtendLineage(ExtractionDocument doc)
    {
        var tokens = doc.Tokens.Tokens;
        for (var n = 0; n < doc.Mentions.Count; n++)
        {
            var m = doc.Mentions[n];
            if (m.Kind != PatternKind.Entity || m.Entity?.Kind != NodeKind.Person) continue;
            var end = m.LastToken;
            while (end + 2 < tokens.Count && tokens[end + 1].Key is "بن" or "بنت" or "ال" or "bin" or "al"
                   && tokens[end + 2].IsWord && doc.TokenMention[end + 1] is null && (doc.TokenMention[end + 2] is null || FathersNameReadAsDemonym(doc, end + 2)))
            {
                if (doc.TokenMention[end + 2] is { } demonym) doc.RemoveMention(demonym);
                end += 2;
            }
            if (end == m.LastToken) continue;
            // "Dr. Nayef Falah Mubarak Al Hajraf": a known person's family name alone (Mubarak) before a lineage is a
            // father's name inside someone else's name, not that person's lineage.
            if (m.FirstToken == m.LastToken && IsFamilyNameOnly(m.Entity, tokens[m.FirstToken].Key)) continue;
            // "Prince Mohammed bin Abdulrahman bin Abdulaziz" (Riyadh's deputy governor) after the alias "Mohammed bin
            // Abdulrahman" of Qatar's prime minister (bin Jassim): a father's name the known person does not have names
            // someone else, read as a name of its own.
            var foreignFamily = tokens[m.LastToken + 1].Key is "بن" && ForeignFamily(doc, m.Entity, end);
            if (m.Entity.Entry is { } entry && (foreignFamily || ForeignFather(doc, m.Entity, m.LastToken, end)) && doc.TokenMention[m.FirstToken] == m)
            {
                doc.RemoveMention(m);
                m.Entity.Spans.Remove((m.Start, m.End));
                AddPerson(doc, m.FirstToken, foreignFamily ? end + 1 : end, other: entry);
                n--;
                continue;
            }
            var longer = m.Spanning(m.FirstToken, end, tokens);
            doc.ReplaceMention(n, longer);
            m.Entity!.AddSurface(doc.Text, longer.Start, longer.End);
        }
    }
}
