using DiplomacyGraph.Domain.Documents;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Extraction.Matching;
using DiplomacyGraph.Extraction.Pipeline;

namespace DiplomacyGraph.Extraction.Components;

/// <summary>
/// Reads offices: a title attaches to the person right before it (the Gulf style "محمد بن نايف ولي العهد وزير
/// الداخلية", "Sergey Lavrov, Minister of …") or else right after it ("Kazakh Prime Minister Bakytzhan
/// Sagintayev", "رئيس وزراء قازاقستان، باكيتجان ساجينتاييف"). The country comes from the demonym, country or
/// city next to the title, from "of X" after the name, or from the gazetteer's person.
/// </summary>
internal sealed class TitleReader(IReadOnlyDictionary<string, string> titleByFirstWord) : IPipelineComponent
{
    public string Name => "titles";
    public DocumentLayer Needs => DocumentLayer.Persons;
    public DocumentLayer Adds => DocumentLayer.Titles;

    public void Process(ExtractionDocument doc, CancellationToken ct)
    {
        var arabicFirst = doc.Lang == "ar";
        foreach (var t in doc.MentionsOf(PatternKind.Title).ToList())
        {
            ct.ThrowIfCancellationRequested();
            // "رئيس اللجنة الدائمة للمجلس الوطني لنواب الشعب الصيني": the head of a body holds no office of the country
            // its demonym qualifies, and is not "the Chinese President" for coreference either.
            if (HeadsABody(doc, t)) continue;
            var title = t.Pattern!.Cue!.Value;
            // Where the title's phrase ends, read once for the country, the demonym and the name after it.
            var chainEnd = PersonFinder.ChainEnd(doc, t);
            var country = arabicFirst ? CountryRight(doc, t, chainEnd) ?? CountryLeft(doc, t) : CountryLeft(doc, t) ?? CountryRight(doc, t, chainEnd);
            // A title that opens with و starts a new item of a list (ووزير الخارجية عادل الجبير): its name follows.
            // One behind a preposition (لخادم الحرمين، بالرئيس) is governed by it, never an apposition to the name before.
            var governed = t.PrefixLength > 0 && !t.Conjoined && doc.Tokens.Tokens[t.FirstToken].Key[0] is 'ل' or 'ب' or 'ك';
            // An English title reads the name after it first ("French President Emmanuel Macron, Australian Prime
            // Minister Anthony Albanese"); across a comma only an apposition closed by one (", Piyush Goyal, received").
            // An Arabic title with its name right after it (الرئيس السيسي) is that person's, whatever stands before.
            var adjacent = t.LastToken + 1 < doc.TokenMention.Length && doc.TokenMention[t.LastToken + 1] is { Kind: PatternKind.Entity, Entity: { Kind: NodeKind.Person } named } adjacentMention
                ? (Entity: named, Mention: adjacentMention) : ((DocEntity Entity, Mention Mention)?)null;
            var person = RoleOfAnother(doc, t) ? null
                : doc.Lang == "en" ? PersonRight(doc, t, chainEnd, acrossComma: false) ?? PersonLeft(doc, t) ?? PersonRight(doc, t, chainEnd, acrossComma: true)
                : adjacent is not null ? adjacent
                // "… إبراهيم رئيسي وزير الخارجية السعودي الأمير فيصل بن فرحان": a title with its demonym is a phrase
                // of its own, and the name right after it is its holder.
                // (unless the name before has no title of its own: "استقبل سامح شكري وزير الخارجية المصري فيسنا …").
                : WithDemonym(doc, t, chainEnd) && LeftNameIsTitled(doc, t) && PersonRight(doc, t, chainEnd, acrossComma: false) is { } introduced ? introduced
                : governed ? PersonRight(doc, t, chainEnd)
                // A title joined by و names the person after it, or continues the titles of the name before it
                // (… نائب رئيس الوزراء ووزير الخارجية); after a bare name it is someone else (أردوغان وأمير قطر).
                : t.Conjoined ? PersonRight(doc, t, chainEnd) ?? (AfterTitle(doc, t) ? PersonLeft(doc, t) : null) : OwnLeft(PersonLeft(doc, t), country) ?? PersonRight(doc, t, chainEnd);
            if (person is not null)
            {
                country ??= CountryAfterName(doc, person.Value.Mention) ?? person.Value.Entity.Country ?? HomeCountry(doc, t, title, person.Value.Entity);
                if (country is not null) AddOffice(doc, person.Value.Entity, title, country, t.FirstToken);
            }
            doc.TitleReadings.Add((t, person?.Entity, country));
        }
        DropWordsReadAfterAKnownHoldersTitle(doc);
        CounterpartOffices.Add(doc);
        // A city that only qualifies a title (ولي عهد أبوظبي، Crown Prince of Dubai) is not a place of the story.
        foreach (var m in doc.Mentions.Where(m => m.Entity?.Kind == NodeKind.Place && QualifiesTitle(doc, m)))
            m.Entity!.Spans.Remove((m.Start, m.End));
        // A known name that carries its title (King Salman, الملك سلمان) states that office.
        foreach (var m in doc.MentionsOf(PatternKind.Entity).Where(m => m.Entity?.Kind == NodeKind.Person && m.Pattern is not null))
        {
            // "Amir-Abdollahian" is a name, not the title Amir; "سلطان بن سعد المريخي", "Sultan bin Salman": a word followed by
            // بن or bin is the given name of a lineage, not a title.
            if (m.FirstToken < m.LastToken && doc.Tokens.Tokens[m.FirstToken + 1].Key is "-" or "بن" or "bin" or "ibn") continue;
            var first = doc.Tokens.Tokens[m.FirstToken].Key;
            var key = first.StartsWith("ال", StringComparison.Ordinal) ? first[2..] : first;
            if ((titleByFirstWord.TryGetValue(first, out var title) || titleByFirstWord.TryGetValue(key, out title)) && m.Entity!.Country is { } c)
                AddOffice(doc, m.Entity, title, c, m.FirstToken);
        }
    }

    private static bool QualifiesTitle(ExtractionDocument doc, Mention place)
    {
        var tokens = doc.Tokens.Tokens;
        var i = place.FirstToken - 1;
        while (i >= 0 && tokens[i].Key is "of" or "the") i--;
        if (i >= 0 && i >= place.FirstToken - 3 && doc.TokenMention[i]?.Kind == PatternKind.Title) return true;
        // English premodifier: "Abu Dhabi Crown Prince".
        return doc.Lang == "en" && place.LastToken + 1 < tokens.Count && doc.TokenMention[place.LastToken + 1]?.Kind == PatternKind.Title;
    }

    private static void AddOffice(ExtractionDocument doc, DocEntity person, string title, string country, int token)
    {
        if (doc.Offices.Any(o => o.Person == person.Reference && o.Title == title && o.Country == country)) return;
        var s = doc.SentenceOf(token);
        var evidence = s >= 0 ? doc.SpanOf(doc.Sentences[s].FirstToken, doc.Sentences[s].LastToken) : null;
        doc.Offices.Add(new DocumentOffice(person.Reference, title, country) { Evidence = evidence });
    }

    // "وبحث سموه مع الوزير الأوزبكي فرص تطوير العلاقات": after a definite title with its demonym whose office a named
    // person of the story already holds, words read as a new, unknown name are prose (the title stands for that person).
    private static void DropWordsReadAfterAKnownHoldersTitle(ExtractionDocument doc)
    {
        if (doc.Lang != "ar") return;
        for (var r = 0; r < doc.TitleReadings.Count; r++)
        {
            var (t, person, country) = doc.TitleReadings[r];
            // Definite by its own article (الوزير الأوزبكي) or, in a construct, by the demonym's (رئيس الوزراء الباكستاني).
            var chainEnd = PersonFinder.ChainEnd(doc, t);
            if (person is not { Entry: null } || person.Spans.Count != 1 || country is null || !WithDemonym(doc, t, chainEnd) || WithPortfolio(doc, t, chainEnd)) continue;
            var title = t.Pattern!.Cue!.Value;
            // The generic "الوزير" stands for a minister of any portfolio.
            if (!doc.Offices.Any(o => (o.Title == title || title == "Minister" && o.Title == "Foreign Minister") && o.Country == country && o.Person != person.Reference)) continue;
            if (doc.Mentions.FirstOrDefault(m => m.Entity == person) is not { } mention) continue;
            doc.RemoveMention(mention);
            doc.Offices.RemoveAll(o => o.Person == person.Reference);
            doc.TitleReadings[r] = (t, null, country);
        }
    }

    private static bool LeftNameIsTitled(ExtractionDocument doc, Mention t) =>
        PersonLeft(doc, t) is { } left && left.Mention.FirstToken > 0
        && doc.TokenMention[left.Mention.FirstToken - 1]?.Kind is PatternKind.Title or PatternKind.Demonym or PatternKind.Honorific;

    // "وزيرة الدفاع اللبنانية زينة عكر": a portfolio between the title and its demonym makes the title more than a
    // reference back; the name after it is new.
    private static bool WithPortfolio(ExtractionDocument doc, Mention t, int chainEnd)
    {
        for (var i = t.LastToken + 1; i <= chainEnd && doc.TokenMention[i]?.Kind != PatternKind.Demonym; i++)
            if (doc.TokenMention[i] is null && doc.Tokens.Tokens[i].IsWord) return true;
        return false;
    }

    private static bool WithDemonym(ExtractionDocument doc, Mention t, int chainEnd)
    {
        for (var i = t.LastToken + 1; i <= chainEnd; i++)
            if (doc.TokenMention[i]?.Kind == PatternKind.Demonym) return true;
        return false;
    }

    private static bool AfterTitle(ExtractionDocument doc, Mention t) =>
        t.FirstToken > 0 && doc.TokenMention[t.FirstToken - 1] is { Kind: PatternKind.Title or PatternKind.Demonym } or { Kind: PatternKind.Entity, Entity.Kind: NodeKind.Country };

    private static bool Skippable(Mention? m) => m is not null &&
        (m.Kind is PatternKind.Title or PatternKind.Honorific or PatternKind.Demonym
         || m.Kind == PatternKind.Entity && m.Entity?.Kind is NodeKind.Country);

    // "استقبل … فهد بن محمود آل سعيد الوزير التركي": a title whose demonym names another country than the known person's
    // before it is not that person's apposition but the verb's object.
    private static (DocEntity Entity, Mention Mention)? OwnLeft((DocEntity Entity, Mention Mention)? left, string? country) =>
        left is { Entity.Country: { } own } && country is not null && own != country ? null : left;

    private static (DocEntity Entity, Mention Mention)? PersonLeft(ExtractionDocument doc, Mention t)
    {
        var tokens = doc.Tokens.Tokens;
        var commas = 0;
        for (var i = t.FirstToken - 1; i >= 0 && i >= t.FirstToken - 30; i--)
        {
            var m = doc.TokenMention[i];
            if (m?.Entity is { Kind: NodeKind.Person } p && m.Kind == PatternKind.Entity) return (p, m);
            // An honorific opens another person's phrase (الرئيس شي جلالة الملك): the title is not the name's before it.
            if (m?.Kind == PatternKind.Honorific && !IsBlessing(m)) return null;
            if (Skippable(m)) { i = m!.FirstToken; continue; }
            var k = tokens[i].Key;
            // "…, Crown Prince and Prime Minister,": coordinated titles share the name before them.
            if (k == "and" && i > 0 && doc.TokenMention[i - 1]?.Kind == PatternKind.Title) continue;
            // English appositions take a comma ("Sergey Lavrov, Minister of …"); Arabic lists use it between persons.
            if (!tokens[i].IsWord && (k is "," && doc.Lang == "en" || k is "-" or "\u2013") && commas++ == 0) continue;
            return null;
        }
        return null;
    }

    private static (DocEntity Entity, Mention Mention)? PersonRight(ExtractionDocument doc, Mention t, int chainEnd, bool? acrossComma = null)
    {
        var tokens = doc.Tokens.Tokens;
        var i = chainEnd + 1;
        // "وزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج، السيد ناصر بوريطة": a portfolio longer than
        // the phrase reader follows still ends at the comma before an honorific and the name.
        if (doc.Lang == "ar" && PortfolioTailEnd(doc, i) is var tail and > 0) i = tail;
        var comma = i < tokens.Count && !tokens[i].IsWord && tokens[i].Key is "," or "\u060C";
        if (comma && acrossComma == false) return null;
        if (comma) i++;
        // "رئيس الجمهورية، السيد عبد المجيد تبون", "Prime Minister Datuk Seri Anwar Ibrahim": honorifics before the name.
        while (i < tokens.Count && doc.TokenMention[i] is { Kind: PatternKind.Honorific, Conjoined: false } h && !IsBlessing(h))
        {
            if (PersonFinder.GovernedHonorific(doc, h)) return null;
            i = h.LastToken + 1;
            if (i < tokens.Count && tokens[i].Key == "." && tokens[i].Start == tokens[i - 1].End) i++;
        }
        if (i >= tokens.Count || doc.TokenMention[i] is not { Kind: PatternKind.Entity, Entity: { Kind: NodeKind.Person } p } m) return null;
        if (comma && acrossComma == true && m.LastToken + 1 < tokens.Count && tokens[m.LastToken + 1].IsWord) return null;
        return (p, m);
    }

    // The comma after at most four plain words from i, when an honorific follows it; else -1.
    private static int PortfolioTailEnd(ExtractionDocument doc, int i)
    {
        var tokens = doc.Tokens.Tokens;
        for (var k = i; k < tokens.Count && k < i + 5; k++)
        {
            if (tokens[k].Key is "," or "\u060C")
                return k > i && k + 1 < tokens.Count && doc.TokenMention[k + 1] is { Kind: PatternKind.Honorific } ? k : -1;
            if (!tokens[k].IsWord || doc.TokenMention[k] is { Kind: not (PatternKind.Demonym or PatternKind.Entity) } || doc.TokenMention[k]?.Entity?.Kind == NodeKind.Person) return -1;
        }
        return -1;
    }

    // "سفير … لدى الصين", "Ambassador to China", "في الصين": the country a post is held in, not the one it serves.
    private static bool HostCountry(ExtractionDocument doc, Mention country)
    {
        var before = country.FirstToken - 1;
        if (before < 0) return false;
        var key = doc.Tokens.Tokens[before].Key;
        if (key is "لدى" or "لدي" or "to" or "in" or "في" or "فى") return true;
        // "بالصين" (in China): the preposition is the country word's own clitic.
        return country.PrefixLength > 0 && doc.Tokens.Tokens[country.FirstToken].Key[0] == 'ب';
    }

    // A post held in another country (an ambassador "لدى الصين", "to China"); "رئيس مجلس الوزراء في جمهورية العراق" is Iraq's.
    private static bool ServesAbroad(Mention t) => t.Pattern?.Cue?.Value is "Ambassador";

    // "لدى الصين", "to China": accredited to a country, whatever title the phrase started with.
    private static bool Accredited(ExtractionDocument doc, Mention country) =>
        country.FirstToken > 0 && doc.Tokens.Tokens[country.FirstToken - 1].Key is "لدى" or "لدي" or "to";

    // حفظه الله، أيده الله، ورعاه follow the name they bless.
    private static bool IsBlessing(Mention m) => m.Pattern?.Key is { } key && (key.Contains("حفظ", StringComparison.Ordinal) || key.Contains("ايده", StringComparison.Ordinal) || key.Contains("رعاه", StringComparison.Ordinal));

    // "رئيس اللجنة الدائمة …", "رئيس مجلس إدارة …": a bare رئيس heading a committee, council or board is its chair, not
    // a head of state (the councils that make a canonical office, رئيس مجلس الوزراء، are titles of their own).
    private static bool HeadsABody(ExtractionDocument doc, Mention t)
    {
        // "رئيس حكومة الإقليم", "رئيس إقليم كردستان": the head of a region's government holds no office of the state.
        if (t.Pattern?.Cue?.Value == "Prime Minister" && doc.Lang == "ar" && t.LastToken + 1 < doc.Tokens.Tokens.Count)
            return doc.Tokens.Tokens[t.LastToken + 1].Key is "الاقليم" or "اقليم";
        if (t.Pattern?.Cue?.Value != "President" || t.LastToken + 1 >= doc.Tokens.Tokens.Count) return false;
        // "President of the European Council António Costa": of an organisation or an assembly, not of a state.
        if (doc.Lang == "en")
        {
            var k = t.LastToken + 1;
            while (k < doc.Tokens.Tokens.Count && doc.Tokens.Tokens[k].Key is "of" or "the") k++;
            return k > t.LastToken + 1 && k < doc.Tokens.Tokens.Count
                && (doc.TokenMention[k] is { Kind: PatternKind.Entity, Entity.Kind: NodeKind.Organization } || PersonFinder.InstitutionHeadEnd(doc, t.LastToken) > t.LastToken);
        }
        if (doc.Lang != "ar") return false;
        var next = doc.Tokens.Tokens[t.LastToken + 1].Key;
        if (doc.TokenMention[t.LastToken + 1] is not null) return false;
        var bare = next.StartsWith("ال", StringComparison.Ordinal) ? next[2..] : next.StartsWith("لل", StringComparison.Ordinal) ? next[2..] : next;
        return Bodies.Contains(bare);
    }

    private static readonly HashSet<string> Bodies = new(StringComparer.Ordinal)
    {
        "لجنه", "مجلس", "هيئه", "وفد", "جمعيه", "شركه", "برلمان", "جامعه", "محكمه", "ديوان", "اتحاد", "حزب", "اركان", "بعثه", "منتدي", "مؤتمر", "مجموعه", "صندوق", "بنك",
        "استخبارات", "مخابرات", "مكتب", "اداره", "مركز", "جهاز", "تحرير", "بلديه", "غرفه", "اقليم",
        // "رئيس الحرس الوطني": the head of the National Guard.
        "حرس",
    };

    // "المتحدث الرسمي باسم الرئيس دميتري بيسكوف", "مساعد الرئيس يوري أوشاكوف", "aide to the President": the title names
    // whom the role serves, not the person named after it.
    private static bool RoleOfAnother(ExtractionDocument doc, Mention t)
    {
        var tokens = doc.Tokens.Tokens;
        for (var i = t.FirstToken - 1; i >= 0 && i >= t.FirstToken - 3; i--)
        {
            if (ServingRoles.Contains(tokens[i].Key)) return true;
            // "مدير عام مكتب سمو وزير الخارجية عبدالرحمن الداود": a form of address before the served title.
            if (doc.TokenMention[i] is { Kind: PatternKind.Honorific } h)
            {
                i = h.FirstToken;
                continue;
            }
            if (tokens[i].Key is not ("to" or "for" or "the" or "of")) return false;
        }
        return false;
    }

    private static readonly HashSet<string> ServingRoles = new(StringComparer.Ordinal)
    {
        "باسم", "مساعد", "ومساعد", "مستشار", "ومستشار", "مبعوث", "ومبعوث", "سكرتير", "سفير", "وسفير", "لسفير", "مكتب", "ومكتب",
        "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "envoy",
    };

    private static string? CountryOf(Mention? m) => m switch
    {
        { Kind: PatternKind.Demonym } => m.Entity?.Iso,
        { Kind: PatternKind.Entity, Entity.Kind: NodeKind.Country } => m.Entity.Iso,
        { Kind: PatternKind.Entity, Entity.Kind: NodeKind.Place } => m.Entity.Country,
        _ => null,
    };

    private static string? CountryLeft(ExtractionDocument doc, Mention t)
    {
        for (var i = t.FirstToken - 1; i >= 0 && i >= t.FirstToken - 6; i--)
        {
            var m = doc.TokenMention[i];
            if (m is not null && (m.Kind == PatternKind.Demonym || m.Entity?.Kind == NodeKind.Country) && CountryOf(m) is { } iso) return iso;
            if (PersonFinder.GovernedHonorific(doc, m)) return null;
            if (m?.Kind is PatternKind.Title or PatternKind.Honorific) { i = m.FirstToken; continue; }
            // "Saudi Arabia's Foreign Minister"
            if (doc.Tokens.Tokens[i].Key is "s" or "'" or "\u2019" or "the") continue;
            // "Saudi Health Minister", "Iraqi Oil and Electricity Minister": the portfolio between demonym and title.
            if (doc.Lang == "en" && m is null && (PersonFinder.IsCapitalisedPortfolioWord(doc, i) || doc.Tokens.Tokens[i].Key == "and")) continue;
            return null;
        }
        return null;
    }

    private static string? CountryRight(ExtractionDocument doc, Mention t, int chainEnd)
    {
        for (var i = t.LastToken + 1; i <= chainEnd; i++)
            if (CountryOf(doc.TokenMention[i]) is { } iso && !Accredited(doc, doc.TokenMention[i]!) && !(ServesAbroad(t) && HostCountry(doc, doc.TokenMention[i]!))) return iso;
        return null;
    }

    // "Foreign Minister Datuk Seri Mohamad Hasan" in a story filed in Putrajaya, "وزير الخارجية …" filed in Algiers: a
    // bare title before a person the gazetteer does not know is an office of the country the story is filed from.
    // Not where the sentence names another country (a visiting delegation's list), unless it is a counterpart's after
    // the title ("Interior Minister Abdelouafi Laftit held talks with his Spanish counterpart"); nor for posts held
    // abroad or in international bodies.
    private static string? HomeCountry(ExtractionDocument doc, Mention title, string titleName, DocEntity person)
    {
        if (person.Entry is not null || titleName is "Ambassador" or "Secretary-General" || doc.DatelineCountry is not { } home) return null;
        var s = doc.SentenceOf(title.FirstToken);
        if (s < 0) return null;
        var (first, last) = doc.Sentences[s];
        for (var i = first; i <= last; i++)
        {
            if (doc.TokenMention[i] is { } m && m.LastToken == i && CountryOf(m) is { } other && other != home && !CounterpartsCountry(doc, m, title)) return null;
            if (DelegationWords.Contains(doc.Tokens.Tokens[i].Key)) return null;
        }
        return home;
    }

    // "… Laftit held talks with his Spanish counterpart", "… مع نظيره الإسباني": after the title, the country of a
    // counterpart is the other side's, and says nothing of the title's.
    private static bool CounterpartsCountry(ExtractionDocument doc, Mention country, Mention title)
    {
        if (country.FirstToken <= title.LastToken) return false;
        var tokens = doc.Tokens.Tokens;
        var before = country.FirstToken - 1;
        var after = country.LastToken + 1;
        return before >= 0 && (CounterpartOffices.IsCounterpartWord(tokens[before].Key) || tokens[before].Key is "his" or "her")
            && (doc.Lang == "ar" || after < tokens.Count && CounterpartOffices.IsCounterpartWord(tokens[after].Key));
    }

    private static readonly HashSet<string> DelegationWords = new(StringComparer.Ordinal)
    {
        "الوفد", "والوفد", "وفد", "delegation", "entourage", "accompanying", "accompanied",
        // "ويرافق السيد دراغي في هذه الزيارة وزير الخارجية …": those who accompany a visitor are of the visitor's country.
        "يرافق", "ويرافق", "يرافقه", "ويرافقه", "رافق", "ورافق", "رافقه", "ورافقه", "المرافق", "المرافقين",
    };

    // "President Nursultan Nazarbayev of Kazakhstan", "John Kerry of US"
    private static string? CountryAfterName(ExtractionDocument doc, Mention person)
    {
        var i = person.LastToken + 1;
        var tokens = doc.Tokens.Tokens;
        if (i + 1 < tokens.Count && tokens[i].Key == "of") return CountryOf(doc.TokenMention[i + 1]);
        return null;
    }
}
