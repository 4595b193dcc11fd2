using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Extraction.Gazetteer;
using DiplomacyGraph.Extraction.Matching;
using DiplomacyGraph.Extraction.Pipeline;
using DiplomacyGraph.Extraction.Text;

namespace DiplomacyGraph.Extraction.Components;

/// <summary>
/// Links short and indirect references inside one document: the family name of a person found in the text
/// (ساجينتاييف after باكيتجان ساجينتاييف), and a bare title with a country ("the Kazakh PM", أمير دولة قطر)
/// to the gazetteer person who held that office on the document's date, when that person is in the document.
/// Then lists every person reference in text order for the meeting and relation readers.
/// </summary>
internal sealed class CoreferenceResolver(Gazetteer.Gazetteer gazetteer, HashSet<string> arabicStopwords) : IPipelineComponent
{
    private readonly ILookup<(string Title, string Country), (GazetteerEntry Person, GazetteerOffice Office)> _holders =
        gazetteer.Entries.SelectMany(e => e.Offices.Select(o => (Person: e, Office: o))).ToLookup(x => (x.Office.Title, x.Office.Country));

    public string Name => "coreference";
    public DocumentLayer Needs => DocumentLayer.Titles | DocumentLayer.Dateline;
    public DocumentLayer Adds => DocumentLayer.Coreference;

    public void Process(ExtractionDocument doc, CancellationToken ct)
    {
        OneWordMatchesOfPersonsNamedInFull(doc);
        ShortNames(doc);
        ArticlesOfFamilyNames(doc);
        // (Not a name inside a landmark's, مطار الملك خالد، نصب المهاتما غاندي: that mention gave its person no span.)
        var refs = doc.MentionsOf(PatternKind.Entity).Where(m => m.Entity?.Kind == NodeKind.Person && !LandmarkNames.NamesAThing(doc, m.FirstToken, m.LastToken))
            .Select(m => (m.FirstToken, m.Entity!)).ToList();
        foreach (var (title, person, country) in doc.TitleReadings)
        {
            if (person is not null) continue;
            // "رئيس حزب القوات اللبنانية سمير جعجع": a title whose name follows is not bare, though it gave no office.
            // … nor is one whose phrase runs on through a few more words to the name (رئيس حكومة تصريف الأعمال نجيب ميقاتي).
            if (NameFollows(doc, PersonFinder.ChainEnd(doc, title) + 1)) continue;
            // "حمدان بن محمد … ولي عهد دبي نائب رئيس مجلس الوزراء وزير الدفاع": a title without a country in the chain
            // after a name is that person's own office, not a reference to another defence minister.
            if (country is null && InChainAfterName(doc, title)) continue;
            if (OfAnUnknownBody(doc, title) || AidesOf(doc, title) || DeputysTitle(doc, title)) continue;
            DocEntity? e = null;
            if (country is not null && Holder(title.Pattern!.Cue!.Value, country, doc.Date) is { } holder)
                doc.Entities.TryGetValue(holder.NodeId, out e);
            // "the crown prince", خادم الحرمين الشريفين: the one person this document gave that title.
            e ??= OnlyHolderInDocument(doc, title.Pattern!.Cue!.Value, country);
            // "الوزير الروسي", "the Russian minister": the generic title stands for the one minister of any portfolio.
            var generic = e is null && title.Pattern!.Cue!.Value == "Minister" && country is not null;
            if (generic) e = OnlyHolderInDocument(doc, "Foreign Minister", country);
            // "الوزير السعودي" in a story of a Saudi minister of state and a crown prince who is also defence minister: the
            // one minister who holds no higher office (a crown prince is not called "the minister").
            if (generic) e ??= OnlyHolder(doc, o => o.Title == "Minister" && o.Country == country && !HoldsHigherOffice(doc, o.Person));
            // "Kalla received the Omani minister" in a story of Oman's "Minister Responsible for Foreign Affairs" (an office
            // the story did not read): the one person of that country it names, when the story gave them no office.
            if (generic && e is null && OnlyPersonOf(doc, country!) is { } onlyOne && !HasAnyOffice(doc, onlyOne.Reference)) e = onlyOne;
            // "كما تباحث الوزير مع …", "the minister also met …": with no country either, the one minister the story names.
            // (Only the definite noun: a capitalised "Minister of State …" introduces a name.)
            // "وقدم الوزير لنظيره الروسي …" in a story of two ministers: the bare one is the story's own, named first.
            if (e is null && country is null && title.Pattern!.Cue!.Value == "Minister" && DefiniteNoun(doc, title)) e = OnlyMinisterInDocument(doc) ?? FirstMinisterNamed(doc, title);
            // "the Secretary of State" after "US Secretary of State Kerry": the same wording names the same holder,
            // even where the functional title (Foreign Minister) is shared with others.
            e ??= OnlyHolderOfWording(doc, title.Pattern!.Key, country);
            // "عقد وزير الخارجية … مباحثات مع وزير الخارجية الإيراني …": a bare title beside a qualified one is the other holder.
            if (country is null) e ??= OtherHolder(doc, title);
            // "كما التقى سمو ولي العهد …" in a story of two crown princes: with no country, a bare title after its form of
            // address is the story's own holder, the first of them named.
            // ("the president", الرئيس: the definite noun too; "was declared president" is no reference.)
            // (After a form of address, only a holder the story introduced with that form: صاحب السمو رئيس الدولة is not
            // the president addressed as فخامة.)
            var address = title.FirstToken > 0 && doc.TokenMention[title.FirstToken - 1] is { Kind: PatternKind.Honorific } h ? HonorificClasses.Of(h.Pattern?.Key) : null;
            // (A title with a complement, أمير البلاد, names the home country's holder, who may not be named at all.)
            if (country is null && (address is not null || DefiniteNoun(doc, title)) && PersonFinder.ChainEnd(doc, title) == title.LastToken)
                e ??= FirstHolderNamed(doc, title, title.Pattern!.Cue!.Value, address);
            if (e is null) continue;
            refs.Add((title.FirstToken, e));
            var titleName = title.Pattern!.Cue!.Value;
            // A known person's office is of the person's own country ("the crown prince" in a story about Iran is not Iran's).
            if (!generic && country is not null && (e.Country is null || e.Country == country) && !doc.Offices.Any(o => o.Person == e.Reference && o.Title == titleName && o.Country == country))
                doc.Offices.Add(new Domain.Documents.DocumentOffice(e.Reference, titleName, country));
        }
        Counterparts(doc, refs);
        HonorificPronouns(doc, refs);
        TheHeadOfState(doc, refs);
        OrganisationChiefs(doc, refs);
        refs.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        doc.PersonRefs.AddRange(refs);
        foreach (var (tok, p) in refs) doc.PersonAt.TryAdd(tok, p);
    }

    private const int NameReach = 4;
    private const int ChainReach = 16;

    // "سمو نائب وزير الدفاع", "the Deputy Minister of Defence": the office's deputy, not a reference to its holder.
    private static bool DeputysTitle(ExtractionDocument doc, Mention title) =>
        title.FirstToken > 0 && doc.TokenMention[title.FirstToken - 1] is null && DeputyWords.ContainsWithConjunction(doc.Tokens.Tokens[title.FirstToken - 1].Key);

    private static bool InChainAfterName(ExtractionDocument doc, Mention title)
    {
        for (var k = title.FirstToken - 1; k >= 0 && k >= title.FirstToken - ChainReach; k--)
        {
            var m = doc.TokenMention[k];
            if (m is { Kind: PatternKind.Entity, Entity.Kind: NodeKind.Person }) return true;
            // "وخص الملك سلمان بن عبد العزيز آل سعود جلالة الملك باستقبال": a form of address opens another person's phrase.
            if (m is { Kind: PatternKind.Honorific } && k == title.FirstToken - 1) return false;
            if (m is { Kind: PatternKind.Title or PatternKind.Demonym or PatternKind.Honorific } or { Kind: PatternKind.Entity })
            {
                k = m.FirstToken;
                continue;
            }
            // "…، السيدة X، رئيس الجمهورية": after a comma the title may be the verb's object.
            return false;
        }
        return false;
    }

    // A person's name within a few words from token, before any punctuation.
    private static bool NameFollows(ExtractionDocument doc, int token)
    {
        var tokens = doc.Tokens.Tokens;
        for (var i = token; i < tokens.Count && i < token + NameReach && tokens[i].IsWord; i++)
        {
            if (doc.TokenMention[i] is { Kind: PatternKind.Entity, Entity.Kind: NodeKind.Person }) return true;
            if (doc.TokenMention[i] is not null) return false;
        }
        return false;
    }

    // "نظيره الروسي", "his Russian counterpart": the one person of that country in the document, when the name does
    // not follow.
    private static void Counterparts(ExtractionDocument doc, List<(int Token, DocEntity Person)> refs)
    {
        var tokens = doc.Tokens.Span;
        foreach (var i in doc.Tokens.PositionsOf(CounterpartWord))
        {
            if (doc.TokenMention[i] is not null) continue;
            var qualifier = doc.Lang == "ar" ? i + 1 : i - 1;
            if (qualifier < 0 || qualifier >= tokens.Length || doc.TokenMention[qualifier] is not { Kind: PatternKind.Demonym or PatternKind.Entity } q
                || q.Entity is not { Kind: NodeKind.Country, Iso: { } iso }) continue;
            var next = doc.Lang == "ar" ? q.LastToken + 1 : i + 1;
            // "his Egyptian counterpart Gen Mohamed Zaki": a rank or honorific may stand before the name.
            while (next < tokens.Length && next - i <= NameReach)
            {
                if (doc.TokenMention[next] is { Kind: PatternKind.Honorific or PatternKind.Title } h) next = h.LastToken + 1;
                else if (tokens[next].Key == ".") next++;
                else break;
            }
            if (next < tokens.Length && doc.TokenMention[next] is { Kind: PatternKind.Entity, Entity.Kind: NodeKind.Person }) continue;
            // "the Emirati official held talks with …": an official of a country the story names two persons of is the one
            // it names most.
            if ((OnlyPersonOf(doc, iso) ?? HolderOfPossessorsOffice(doc, i, iso) ?? MinistersCounterpart(doc, i, iso)
                 ?? (tokens[i].Key == "official" ? MostNamedPersonOf(doc, iso) : null)) is { } person)
                refs.Add((i, person));
        }
    }

    // "كما استقبل وزير الخارجية فؤاد حسين نظيره الكويتي" in a story that also names Kuwait's emir: the counterpart holds
    // the office of the one whose counterpart they are; the one person of the country the document gives it.
    private static DocEntity? HolderOfPossessorsOffice(ExtractionDocument doc, int counterpart, string iso)
    {
        if (CounterpartOffices.PossessorsTitle(doc, counterpart, null) is not { } title) return null;
        string? holder = null;
        foreach (var o in doc.Offices)
        {
            if (o.Title != title || o.Country != iso || o.Person == holder) continue;
            if (holder is not null) return null;
            holder = o.Person;
        }
        return holder is null ? null : doc.PersonByReference(holder);
    }

    // "كما استقبل وزير الخارجية … نظيره السنغالي" in a story that names Senegal's president and its foreign minister under
    // an office the story did not read: a minister's counterpart is the one person of that country below its head of
    // state or government.
    private static DocEntity? MinistersCounterpart(ExtractionDocument doc, int counterpart, string iso)
    {
        if (CounterpartOffices.PossessorsTitle(doc, counterpart, null) is not ("Foreign Minister" or "Minister")) return null;
        // (A prime minister who is also foreign minister has a head of government for counterpart.)
        var first = doc.Sentences[doc.SentenceOf(counterpart)].FirstToken;
        DocEntity? possessor = null;
        foreach (var (t, person, _) in doc.TitleReadings)
            if (t.FirstToken >= first && t.LastToken < counterpart && person is not null) possessor = person;
        return possessor is null || HoldsHigherOffice(doc, possessor.Reference) ? null : OnlyPersonOf(doc, iso, belowTheTop: true);
    }

    // The one person of the country in the document, or null; `belowTheTop`: leaving out those who hold a head of state's
    // or government's office. (A loop: it is asked for every counterpart word.)
    private static DocEntity? OnlyPersonOf(ExtractionDocument doc, string iso, bool belowTheTop = false)
    {
        DocEntity? only = null;
        foreach (var e in doc.Entities.Values)
        {
            if (!NamedPersonOf(doc, e, iso) || belowTheTop && HoldsHigherOffice(doc, e.Reference)) continue;
            if (only is not null) return null;
            only = e;
        }
        return only;
    }

    // A person the text names who is of the country, by the gazetteer or by an office the story gives them there.
    private static bool NamedPersonOf(ExtractionDocument doc, DocEntity e, string iso) =>
        e.Kind == NodeKind.Person && e.Spans.Count > 0 && (e.Country == iso || HoldsOfficeOf(doc, e.Reference, iso));

    // Whether the story gives the person an office of the country. (A loop, not Offices.Any: this is asked for every
    // entity of the document, and each lambda would be a new closure.)
    private static bool HoldsOfficeOf(ExtractionDocument doc, string person, string iso)
    {
        foreach (var o in doc.Offices)
            if (o.Person == person && o.Country == iso) return true;
        return false;
    }

    // Whether the story gives the person the office (asked for every mention, as above).
    private static bool HoldsOffice(ExtractionDocument doc, string person, string title)
    {
        foreach (var o in doc.Offices)
            if (o.Person == person && o.Title == title) return true;
        return false;
    }

    // "كما التقى جلالته …", "His Highness welcomed …": an honorific standing alone stands for the person it last
    // introduced (جلالة الملك حمد …); it never stands for the person of another honorific.
    private static void HonorificPronouns(ExtractionDocument doc, List<(int Token, DocEntity Person)> refs)
    {
        var tokens = doc.Tokens.Tokens;
        // The persons named, by token, as refs stood before this added any: made at the first honorific with a class
        // (most English stories have none).
        Dictionary<int, DocEntity>? named = null;
        var lastByClass = new Dictionary<string, DocEntity>(StringComparer.Ordinal);
        foreach (var m in doc.MentionsOf(PatternKind.Honorific).OrderBy(m => m.FirstToken).ToList())
        {
            if (HonorificClasses.Of(m.Pattern?.Key) is not { } cls) continue;
            if (named is null)
            {
                named = new Dictionary<int, DocEntity>(refs.Count);
                foreach (var (token, p) in refs) named.TryAdd(token, p);
            }
            // "كما التقى جلالته رئيس جمهورية مقدونيا …": with its pronoun the honorific is whole; the title after it is
            // the object's.
            if (HonorificClasses.IsPronoun(doc, m))
            {
                if (lastByClass.TryGetValue(cls, out var addressed)) refs.Add((m.FirstToken, addressed));
                continue;
            }
            var chainEnd = PersonFinder.ChainEnd(doc, m);
            var next = chainEnd + 1;
            if (next < tokens.Count && named.TryGetValue(next, out var person) && !JoinedByAnd(doc, next))
            {
                lastByClass[cls] = person;
                continue;
            }
            // A title after the honorific (سمو ولي العهد) names its holder itself; the honorific's pronoun (سموه) after it
            // stands for that holder, where the story says who it is.
            if (TitledHolder(doc, named, m.LastToken + 1, chainEnd) is { } holder)
            {
                lastByClass[cls] = holder;
                continue;
            }
            // Honorifics alone (سمو الأمير) still stand for the person; a following honorific of another form starts theirs.
            var onlyHonorifics = Enumerable.Range(m.LastToken + 1, chainEnd - m.LastToken).All(k => doc.TokenMention[k]?.Kind == PatternKind.Honorific);
            var bare = onlyHonorifics && (next >= tokens.Count || doc.TokenMention[next] is not { Kind: PatternKind.Entity, Entity.Kind: NodeKind.Person });
            if (bare && lastByClass.TryGetValue(cls, out var earlier)) refs.Add((m.FirstToken, earlier));
        }
    }

    // "والرئيس العراقي": a mention glued to the conjunction و.
    private static bool JoinedByAnd(ExtractionDocument doc, int k) =>
        doc.TokenMention[k] is { PrefixLength: > 0 } && doc.Tokens.Tokens[k].Key[0] == 'و';

    // The person a title between `from` and `to` refers to, or null: named there, or read as the holder of the title
    // ("صاحب السمو أمير البلاد الشيخ صباح": the Emir's title, his name after the honorific الشيخ). A title joined by و
    // is another person's ("سمو الأمير والرئيس العراقي").
    private static DocEntity? TitledHolder(ExtractionDocument doc, Dictionary<int, DocEntity> named, int from, int to)
    {
        for (var k = from; k <= to; k++)
        {
            if (doc.TokenMention[k] is not { Kind: PatternKind.Title } title) continue;
            if (k > from && JoinedByAnd(doc, k)) return null;
            if (named.TryGetValue(k, out var holder)) return holder;
            foreach (var (t, person, _) in doc.TitleReadings)
                if (t == title && person is not null) return person;
        }
        return null;
    }

    // "الممثلة الخاصة للأمين العام للأمم المتحدة", "المستشار الخاص للرئيس": a title glued to ل after an aide's or envoy's
    // noun names whom the aide serves, not someone present.
    private static bool AidesOf(ExtractionDocument doc, Mention title)
    {
        var tokens = doc.Tokens.Tokens;
        if (doc.Lang != "ar" || title.PrefixLength == 0 || tokens[title.FirstToken].Key[0] != 'ل' || title.FirstToken == 0) return false;
        return tokens[title.FirstToken - 1].Key is "الخاص" or "الخاصه" or "الشخصي" or "ممثل" or "ممثله" or "الممثل" or "الممثله" or "مبعوث" or "المبعوث" or "مستشار" or "المستشار" or "مساعد" or "المساعد";
    }

    // "Later in the day, the Head of State met …" (Kazinform, UzA, Akorda): with no country, the story's own head of
    // state, its first person named, when a head of state's office is theirs.
    private static void TheHeadOfState(ExtractionDocument doc, List<(int Token, DocEntity Person)> refs)
    {
        if (doc.Lang != "en") return;
        var first = FirstPersonNamed(doc);
        if (first?.Entity is not { } own || !doc.Offices.Any(o => o.Person == own.Reference && o.Title is "President" or "King" or "Emir" or "Sultan")) return;
        var tokens = doc.Tokens.Tokens;
        for (var i = first.LastToken + 2; i + 2 < tokens.Count; i++)
            if (tokens[i - 1].Key == "the" && tokens[i].Key == "head" && tokens[i + 1].Key == "of" && tokens[i + 2].Key == "state" && doc.TokenMention[i] is null)
                refs.Add((i, own));
    }

    // How far before a person's name an organisation still belongs to the title phrase that introduces them
    // ("Director General of the International Atomic Energy Agency (IAEA), Yukiya Amano").
    private const int OrganisationReach = 10;

    // "the UN chief", "the IAEA chief", "the WHO head": the one person the story introduced with that organisation in
    // the title before the name ("United Nations Secretary-General Antonio Guterres").
    private static void OrganisationChiefs(ExtractionDocument doc, List<(int Token, DocEntity Person)> refs)
    {
        if (doc.Lang != "en") return;
        var tokens = doc.Tokens.Tokens;
        foreach (var chief in doc.Tokens.PositionsOf(ChiefWord))
        {
            if (chief < 2 || doc.TokenMention[chief - 1] is not { Kind: PatternKind.Entity, Entity: { Kind: NodeKind.Organization } org } m
                || m.FirstToken < 1 || tokens[m.FirstToken - 1].Key != "the") continue;
            // ("the UN chief's Personal Envoy" names the envoy, not the chief.)
            var possessive = chief + 1 < tokens.Count && tokens[chief + 1].Key == "'";
            if (!possessive && HeadOf(doc, org, m.FirstToken) is { } head) refs.Add((m.FirstToken, head));
        }
    }

    private static readonly WordPredicate ChiefWord = new(key => key is "chief" or "head" or "boss");

    // The one person whose name follows a mention of the organisation within its sentence and a few words, before the
    // token `before`; null when the story introduces two so.
    private static DocEntity? HeadOf(ExtractionDocument doc, DocEntity org, int before)
    {
        DocEntity? found = null;
        foreach (var m in doc.Mentions)
        {
            if (m.FirstToken >= before || m is not { Kind: PatternKind.Entity, Entity: { Kind: NodeKind.Organization } } || m.Entity != org) continue;
            var sentence = doc.SentenceOf(m.FirstToken);
            for (var k = m.LastToken + 1; k <= Math.Min(m.LastToken + OrganisationReach, before - 1) && doc.SentenceOf(k) == sentence; k++)
            {
                if (doc.TokenMention[k] is not { Kind: PatternKind.Entity, Entity: { Kind: NodeKind.Person } person }) continue;
                if (found is not null && found != person) return null;
                found = person;
                break;
            }
        }
        return found;
    }

    // "the French leader" stands for the one person of that country as "his French counterpart" does.
    // ("the Saudi guest", "the Chinese diplomat", "الضيف الصيني": an epithet with a demonym stands for that country's person.)
    private static bool IsCounterpartWord(string key) =>
        key is "leader" or "official" or "guest" or "visitor" or "diplomat" or "dignitary" or "statesman" or "الضيف" or "الدبلوماسي"
        || CounterpartOffices.IsCounterpartWord(key);

    // Asked of every token: answered once per word (see WordPredicate).
    private static readonly WordPredicate CounterpartWord = new(IsCounterpartWord);

    // The person of the country the document names most often, when no other of it is named as often; else null.
    private static DocEntity? MostNamedPersonOf(ExtractionDocument doc, string iso)
    {
        DocEntity? best = null;
        var bestCount = 0;
        var tie = false;
        foreach (var e in doc.Entities.Values)
        {
            if (!NamedPersonOf(doc, e, iso)) continue;
            if (e.Spans.Count > bestCount) (best, bestCount, tie) = (e, e.Spans.Count, false);
            else if (e.Spans.Count == bestCount) tie = true;
        }
        return tie ? null : best;
    }

    private static bool HasAnyOffice(ExtractionDocument doc, string person)
    {
        foreach (var o in doc.Offices)
            if (o.Person == person) return true;
        return false;
    }

    private static bool HoldsHigherOffice(ExtractionDocument doc, string person)
    {
        foreach (var o in doc.Offices)
            if (o.Person == person && o.Title is "King" or "Emir" or "Sultan" or "President" or "Vice President" or "Crown Prince" or "Prime Minister" or "Deputy Prime Minister")
                return true;
        return false;
    }

    private static DocEntity? OnlyHolderInDocument(ExtractionDocument doc, string title, string? country) =>
        OnlyHolder(doc, o => o.Title == title && (country is null || o.Country == country));

    // The one person holding an office the predicate accepts, or null (none, or several). A loop that stops at a second
    // person: asked for most bare titles, where a filter, a set and a list per call added up.
    private static DocEntity? OnlyHolder(ExtractionDocument doc, Func<Domain.Documents.DocumentOffice, bool> accepts)
    {
        var found = false;
        string? only = null;
        foreach (var o in doc.Offices)
        {
            if (!accepts(o)) continue;
            if (!found) (found, only) = (true, o.Person);
            else if (o.Person != only) return null;
        }
        return found ? doc.PersonByReference(only!) : null;
    }

    // "Saudi Aramco president and chief executive officer Amin H Nasser": a lower-case title after a capitalised name
    // the gazetteer does not know is that body's officer, not a state's.
    private static bool OfAnUnknownBody(ExtractionDocument doc, Mention title)
    {
        var prev = title.FirstToken - 1;
        if (doc.Lang != "en" || prev < 0 || !char.IsLower(doc.Text[title.Start])) return false;
        var t = doc.Tokens.Tokens[prev];
        return t.IsWord && doc.TokenMention[prev] is null && char.IsUpper(doc.Text[t.Start]) && doc.SentenceOf(prev) is var s && s >= 0 && doc.Sentences[s].FirstToken < prev;
    }

    private static bool DefiniteNoun(ExtractionDocument doc, Mention title)
    {
        var key = doc.Tokens.Tokens[title.FirstToken].Key;
        return doc.Lang == "ar"
            ? key.StartsWith("ال", StringComparison.Ordinal) || key.StartsWith("وال", StringComparison.Ordinal)
            : char.IsLower(doc.Text[title.Start]) && title.FirstToken > 0 && doc.Tokens.Tokens[title.FirstToken - 1].Key == "the";
    }

    private static DocEntity? OnlyMinisterInDocument(ExtractionDocument doc) => OnlyHolder(doc, o => o.Title is "Minister" or "Foreign Minister");

    // The story's first person named, when a minister's office in it is theirs (the story's own minister), or null.
    private static DocEntity? FirstMinisterNamed(ExtractionDocument doc, Mention title) =>
        FirstPersonNamed(doc) is { } first && first.FirstToken < title.FirstToken && first.Entity is { } p
        && doc.Offices.Any(o => o.Person == p.Reference && o.Title is "Minister" or "Foreign Minister") ? p : null;

    // Of the persons the story gave the office named (introduced with the form of address, when one is given), the one
    // it names first (before the title), or null.
    private static DocEntity? FirstHolderNamed(ExtractionDocument doc, Mention title, string office, string? address)
    {
        Mention? first = null;
        foreach (var m in doc.MentionsOf(PatternKind.Entity))
            if (m.FirstToken < (first?.FirstToken ?? title.FirstToken) && m.Entity is { Kind: NodeKind.Person } p
                && HoldsOffice(doc, p.Reference, office) && (address is null || IntroducedWith(doc, m, address)))
                first = m;
        return first?.Entity;
    }

    private const int IntroductionReach = 12;

    // Whether the titles and forms of address right before a name include one of the form given (صاحب السمو الشيخ …).
    private static bool IntroducedWith(ExtractionDocument doc, Mention name, string address)
    {
        for (var k = name.FirstToken - 1; k >= 0 && k >= name.FirstToken - IntroductionReach;)
        {
            if (doc.TokenMention[k] is not { Kind: PatternKind.Honorific or PatternKind.Title or PatternKind.Demonym } m) return false;
            if (m.Kind == PatternKind.Honorific && HonorificClasses.Of(m.Pattern?.Key) == address) return true;
            k = m.FirstToken - 1;
        }
        return false;
    }

    // The story's first person named (its subject on the wire).
    private static Mention? FirstPersonNamed(ExtractionDocument doc) =>
        doc.MentionsOf(PatternKind.Entity).Where(m => m.Entity?.Kind == NodeKind.Person).MinBy(m => m.FirstToken);

    private static DocEntity? OtherHolder(ExtractionDocument doc, Mention title)
    {
        var name = title.Pattern!.Cue!.Value;
        var holders = doc.Offices.Where(o => o.Title == name).Select(o => o.Person).Distinct().ToList();
        if (holders.Count != 2) return null;
        var s = doc.SentenceOf(title.FirstToken);
        if (s < 0) return null;
        var (first, last) = doc.Sentences[s];
        var inSentence = doc.TitleReadings.Where(r => r.Person is not null && r.Title.Pattern?.Cue?.Value == name && r.Title.FirstToken >= first && r.Title.LastToken <= last)
            .Select(r => r.Person!.Reference).Distinct().ToList();
        if (inSentence.Count != 1 || !holders.Contains(inSentence[0])) return null;
        var other = holders.First(h => h != inSentence[0]);
        return doc.PersonByReference(other);
    }

    // "الأمين العام للجنة المركزية لحزب الشعب الثوري اللاوي" is not "الأمين العام شي جين بينغ": a title qualified by
    // another country is not the same office.
    private static DocEntity? OnlyHolderOfWording(ExtractionDocument doc, string key, string? country)
    {
        DocEntity? found = null;
        foreach (var (t, p, c) in doc.TitleReadings)
        {
            if (p is null || t.Pattern?.Key != key || country is not null && (c ?? p.Country) != country) continue;
            if (found is not null && found != p) return null;
            found = p;
        }
        // "King Salman … The King received … Bahrain's King Hamad": a known name that carries the wording (King Salman,
        // الملك سلمان) holds it too.
        if (found is not null && !key.Contains(' ', StringComparison.Ordinal))
            foreach (var m in doc.MentionsOf(PatternKind.Entity))
                if (m.Entity is { Kind: NodeKind.Person } named && named != found && m.Pattern is not null && m.FirstToken < m.LastToken
                    && doc.Tokens.Tokens[m.FirstToken].Key is var word && (word == key || ArabicClitics.TryStripArticle(word, out var bare) && bare == key)
                    && (country is null || named.Country == country))
                    return null;
        return found;
    }

    private GazetteerEntry? Holder(string title, string country, DateOnly? date)
    {
        GazetteerEntry? found = null;
        foreach (var (e, o) in _holders[(title, country)])
        {
            if ((date is { } d && !o.HeldOn(d)) || (date is null && o.To is not null)) continue;
            if (found is not null && found != e) return null; // ambiguous
            found = e;
        }
        return found;
    }

    // Single words of a person's full name (Li, Xi, Kerry, ساجينتاييف) name that person where no other person
    // of the document shares the word; name particles and very short Arabic words never do.
    private static void GovernedShortNames(ExtractionDocument doc, Dictionary<string, DocEntity?> names)
    {
        var tokens = doc.Tokens.Span;
        for (var i = 1; i < tokens.Length; i++)
        {
            if (!tokens[i].IsWord || doc.TokenMention[i] is not null || !names.TryGetValue(tokens[i].Key, out var e) || e is null) continue;
            var next = i + 1 < tokens.Length ? tokens[i + 1].Key : "";
            // "وكان لي قد أجرى …", "وكان لي، الذي وصل …": the subject of a past perfect, told before قد or a relative clause.
            var pastPerfect = tokens[i - 1].Key is "كان" or "وكان" or "فكان" && next is "قد" or "\u060C" or ",";
            if (!(SayingOrMeeting.Contains(tokens[i - 1].Key) || doc.TokenMention[i - 1]?.Kind == PatternKind.MeetingCue || next is "ان" || pastPerfect)) continue;
            AddWordMention(doc, i, e);
        }
    }

    // "آبي" after "آبي أحمد": a one-word gazetteer match of a person the story never names in full (Shinzo Abe's آبي) is
    // the short name of the one known person it does name in full with that word (Abiy Ahmed).
    private static void OneWordMatchesOfPersonsNamedInFull(ExtractionDocument doc)
    {
        var tokens = doc.Tokens.Tokens;
        List<Mention>? persons = null;
        foreach (var m in doc.MentionsOf(PatternKind.Entity).ToList())
        {
            if (m.FirstToken != m.LastToken || m.Entity is not { Kind: NodeKind.Person } e) continue;
            persons ??= doc.MentionsOf(PatternKind.Entity).Where(p => p.Entity is { Kind: NodeKind.Person }).ToList();
            if (persons.Any(o => o.Entity == e && o.LastToken > o.FirstToken)) continue;
            var word = tokens[m.FirstToken].Key[m.PrefixLength..];
            DocEntity? owner = null;
            var shared = false;
            foreach (var o in persons)
            {
                // (An unknown full name may be the gazetteer person's own, in another spelling: فيليب جاسينتو نيوسي.)
                if (o.Entity == e || o.Entity?.Entry is null || o.LastToken == o.FirstToken || shared) continue;
                for (var k = o.FirstToken; k <= o.LastToken; k++)
                {
                    if (tokens[k].Key != word) continue;
                    shared |= owner is not null && owner != o.Entity;
                    owner = o.Entity;
                    break;
                }
            }
            if (owner is not null && !shared) doc.Reassign(m, owner);
        }
    }

    // "Kishida and Al-Jubeir held talks": the article and hyphen before a family name matched alone are the name's, so
    // that the name stands right after "and" as the one joined.
    private static void ArticlesOfFamilyNames(ExtractionDocument doc)
    {
        if (doc.Lang != "en") return;
        var tokens = doc.Tokens.Tokens;
        foreach (var m in doc.MentionsOf(PatternKind.Entity).ToList())
        {
            var f = m.FirstToken;
            if (m.Entity is not { Kind: NodeKind.Person } e || f < 2 || tokens[f - 1].Key != "-" || tokens[f - 2].Key is not ("al" or "el")
                || doc.TokenMention[f - 1] is not null || doc.TokenMention[f - 2] is not null) continue;
            doc.RemoveMention(m);
            AddWordMention(doc, m.LastToken, e, m.PrefixLength, first: f - 2);
        }
    }

    // One word of the text read as a mention of the person; `prefix` letters of a clitic glued before the name (وشريف:
    // the conjunction joins it to a list, as it does a name the gazetteer matched); `first`: the token the mention opens
    // on, where words before the name are its own.
    private static void AddWordMention(ExtractionDocument doc, int i, DocEntity e, int prefix = 0, int first = -1)
    {
        var t = doc.Tokens.Tokens[i];
        var start = first < 0 ? t.Start : doc.Tokens.Tokens[first].Start;
        e.Spans.Add((start, t.End));
        e.AddSurface(doc.Text, start, t.End);
        doc.AddMention(new Mention
        {
            FirstToken = first < 0 ? i : first,
            LastToken = i,
            Start = start,
            End = t.End,
            Kind = PatternKind.Entity,
            Entity = e,
            PrefixLength = prefix,
            Conjoined = prefix > 0 && t.Key[0] == 'و',
        });
    }

    private static readonly HashSet<string> SayingOrMeeting = new(StringComparer.Ordinal)
    {
        "قال", "وقال", "اكد", "واكد", "اضاف", "واضاف", "اشار", "واشار", "دعا", "ودعا", "التقى", "والتقى", "التقي", "والتقي", "اجتمع", "واجتمع", "اوضح", "واوضح",
        // "أجرى وي محادثات مع …", "استقبل لي …": the verbs of meeting that put their subject or object right after them.
        "اجرى", "اجري", "واجرى", "واجري", "عقد", "وعقد", "بحث", "وبحث", "استقبل", "واستقبل",
    };

    private void ShortNames(ExtractionDocument doc)
    {
        var tokens = doc.Tokens.Span;
        var shortNames = new Dictionary<string, DocEntity?>(StringComparer.Ordinal);
        var wordShortNames = new Dictionary<string, DocEntity?>(StringComparer.Ordinal);
        foreach (var m in doc.MentionsOf(PatternKind.Entity))
        {
            if (m.Entity is not { Kind: NodeKind.Person } e || m.LastToken == m.FirstToken) continue;
            for (var i = m.FirstToken; i <= m.LastToken; i++)
            {
                var k = tokens[i].Key;
                // "لي كه تشيانغ": a two-letter family name, often also a common word (لي: "to me"), stands for the person only
                // where a verb of saying or meeting governs it (قال لي إن، التقى لي).
                if (i == m.FirstToken && tokens[i].IsWord && ArabicScript.HasArabic(k) && k.Length == 2)
                {
                    if (wordShortNames.TryGetValue(k, out var owner)) { if (owner != e) wordShortNames[k] = null; }
                    else wordShortNames[k] = e;
                }
                if (!tokens[i].IsWord || Particles.Contains(k) || arabicStopwords.Contains(k)) continue;
                var arabic = ArabicScript.HasArabic(k);
                if (arabic ? k.Length < 3 : k.Length < 2 || !char.IsUpper(doc.Text[tokens[i].Start])) continue;
                if (shortNames.TryGetValue(k, out var other)) { if (other != e) shortNames[k] = null; }
                else shortNames[k] = e;
            }
        }
        if (wordShortNames.Count > 0) GovernedShortNames(doc, wordShortNames);
        AddressedGivenNames(doc);
        if (shortNames.Count == 0) return;
        var bySpan = shortNames.GetAlternateLookup<ReadOnlySpan<char>>();
        // The short names' last letters, as bits: most words end otherwise and are passed over without a hash (the
        // clitic prefixes read below leave the last letter as it is).
        var lastLetters = 0UL;
        foreach (var k in shortNames.Keys) lastLetters |= 1UL << (k[^1] & 63);
        // Their lengths and first and last letters: most words that pass the last letter are passed over without a hash.
        Span<ulong> shapes = stackalloc ulong[KeyShapes.TableLength];
        foreach (var k in shortNames.Keys) KeyShapes.Add(shapes, k);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].IsWord || doc.TokenMention[i] is not null) continue;
            var key = tokens[i].Key;
            if ((lastLetters & (1UL << (key[^1] & 63))) == 0) continue;
            DocEntity? e = null;
            var prefix = 0;
            if (!(KeyShapes.MayHold(shapes, key) && shortNames.TryGetValue(key, out e)) && key.Length > 3 && key[0] is 'و' or 'ف' or 'ب' or 'ل' or 'ك')
            {
                foreach (var p in BarePrefixes)
                    if (key.AsSpan().StartsWith(p) && KeyShapes.MayHold(shapes, key.AsSpan(p.Length)) && bySpan.TryGetValue(key.AsSpan(p.Length), out e))
                    {
                        prefix = p.Length;
                        break;
                    }
            }
            if (e is null) continue;
            if (char.IsAsciiLetter(doc.Text[tokens[i].Start]) && !char.IsUpper(doc.Text[tokens[i].Start])) continue;
            AddWordMention(doc, i, e, prefix);
        }
    }

    // "Sheikh Mohamed", "Prince Mohammed", "الأمير محمد": after a personal form of address a given name alone, even a
    // common one, stands for the one person of the story so addressed whose name opens with it.
    private static void AddressedGivenNames(ExtractionDocument doc)
    {
        var tokens = doc.Tokens.Span;
        Dictionary<(string, string), DocEntity?>? givenNames = null;
        foreach (var form in doc.Tokens.PositionsOf(PersonalHonorificWord))
        {
            var i = form + 1;
            if (i >= tokens.Length || !tokens[i].IsWord || doc.TokenMention[i] is not null) continue;
            // "Sheikh Mohamed bin …", "Sheikh Mohamed Al …": more of a name follows; this is someone named in full.
            if (i + 1 < tokens.Length && tokens[i + 1].IsWord && (tokens[i + 1].Key is "bin" or "ibn" or "al" or "بن"
                || char.IsUpper(doc.Text[tokens[i + 1].Start]))) continue;
            givenNames ??= GivenNames(doc);
            if (!givenNames.TryGetValue((tokens[i - 1].Key, tokens[i].Key), out var e) || e is null) continue;
            AddWordMention(doc, i, e);
        }
    }

    // Read for every token: answered once per word (see WordPredicate).
    private static readonly WordPredicate PersonalHonorificWord = new(PersonalHonorifics.Contains);

    // The form of address and first word of each person's name as the story writes it in full after that form (Sheikh
    // Mohamed bin Zayed Al Nahyan), with null where two persons share them.
    private static Dictionary<(string, string), DocEntity?> GivenNames(ExtractionDocument doc)
    {
        var tokens = doc.Tokens.Span;
        var given = new Dictionary<(string, string), DocEntity?>();
        foreach (var m in doc.MentionsOf(PatternKind.Entity))
        {
            if (m.Entity is not { Kind: NodeKind.Person } e || m.LastToken == m.FirstToken) continue;
            if (m.FirstToken == 0 || !PersonalHonorifics.Contains(tokens[m.FirstToken - 1].Key)) continue;
            var k = (tokens[m.FirstToken - 1].Key, tokens[m.FirstToken].Key);
            if (given.TryGetValue(k, out var owner)) { if (owner != e) given[k] = null; }
            else given[k] = e;
        }
        return given;
    }

    // ArabicClitics.Bare in its own order, without the empty prefix: read for every unmatched word that may carry one.
    private static readonly string[] BarePrefixes = ArabicClitics.Bare.Where(p => p.Length > 0).ToArray();

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "bin", "bint", "ibn", "al", "el", "de", "van", "von", "der", "da", "le", "la", "ould", "abu", "abdul", "abdel", "mohammed", "mohamed", "muhammad", "ahmed", "ali", "abdullah",
        // Generational suffixes ("Teodoro Locsin Jr."): "Jr" alone is no one's short name.
        "jr", "sr",
        "بن", "بنت", "ال", "ابو", "عبد", "محمد", "احمد", "علي", "عبدالله", "عبدالعزيز", "سلمان", "ولد", "الشيخ",
    };
}
