using DiplomacyGraph.Domain.Text;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Extraction.Matching;
using DiplomacyGraph.Extraction.Pipeline;
using DiplomacyGraph.Extraction.Text;

namespace DiplomacyGraph.Extraction.Components;

/// <summary>Where a title phrase ends: its titles, honorifics, countries, demonyms, portfolio and connectors.</summary>
internal sealed partial class PersonFinder
{
    /// <summary>
    /// "ورحب جلالة الملك بالأمير خالد", "… رئيس جمهورية الصين الشعبية لسمو ولي العهد": an honorific glued to ب or ل opens
    /// the phrase of the one a verb or a preposition governs; it belongs to no title phrase before it.
    /// </summary>
    internal static bool GovernedHonorific(ExtractionDocument doc, Mention? m) =>
        doc.Lang == "ar" && m is { Kind: PatternKind.Honorific, PrefixLength: > 0 } && doc.Tokens.Tokens[m.FirstToken].Key[0] is 'ب' or 'ل';

    /// <summary>The last token of a title phrase: titles, honorifics, countries, demonyms and their connectors.</summary>
    internal static int ChainEnd(ExtractionDocument doc, Mention m)
    {
        var tokens = doc.Tokens.Tokens;
        var end = m.LastToken;
        var portfolio = 0;
        var address = m.Kind == PatternKind.Honorific ? HonorificClasses.Of(m.Pattern?.Key) : null;
        while (end + 1 < tokens.Count)
        {
            var next = end + 1;
            var nm = doc.TokenMention[next];
            // "سمو الأمير سماحة آية الله …": a second form of address is another person's.
            if (nm is { Kind: PatternKind.Honorific } && HonorificClasses.Of(nm.Pattern?.Key) is { } form)
            {
                if (address is not null && form != address) break;
                address = form;
            }
            // "استقبل سمو ولي العهد دولة رئيس وزراء سنغافورة …": دولة, the address of a head of government, before a title
            // opens another person's phrase.
            if (doc.Lang == "ar" && nm is null && tokens[next].Key is "دوله" && next + 1 < tokens.Count && doc.TokenMention[next + 1]?.Kind == PatternKind.Title) break;
            // So does فخامة, a head of state's address, after a title ("سمو ولي العهد فخامة رئيس جمهورية إندونيسيا …").
            if (doc.Lang == "ar" && nm is { Kind: PatternKind.Honorific } && HonorificClasses.Of(nm.Pattern?.Key) == "excellency-head" && doc.TokenMention[end]?.Kind == PatternKind.Title) break;
            // "الرئيس الروسي وزير الخارجية سيرغي لافروف": a title closed by its demonym is a whole noun phrase; a title
            // after it names someone else.
            // So is a new item of a list after it (الرئيس المصري والأمير محمد بن سلمان).
            if (doc.Lang == "ar" && doc.TokenMention[end]?.Kind == PatternKind.Demonym && (nm?.Kind == PatternKind.Title || nm?.Conjoined == true)) break;
            // "سمو ولي العهد وفخامة الرئيس …", "خادم الحرمين الشريفين والرئيس …": an honorific or a head-of-state title
            // joined by و opens another person's phrase (while "نائب رئيس الوزراء ووزير الخارجية" stays one person's).
            if (doc.Lang == "ar" && nm is { Conjoined: true } && (nm.Kind == PatternKind.Honorific || nm.Kind == PatternKind.Title && HeadTitles.Contains(nm.Pattern?.Cue?.Value ?? ""))) break;
            if (GovernedHonorific(doc, nm)) break;
            if (nm is not null && (nm.Kind is PatternKind.Title or PatternKind.Honorific or PatternKind.Demonym
                || nm.Kind == PatternKind.Entity && nm.Entity?.Kind is NodeKind.Country or NodeKind.Place
                // "الأمين العام للأمم المتحدة أنطونيو غوتيريش": an Arabic title's organisation, glued to ل (a conjoined word
                // after it goes on with the sentence: "يلتقي الأمين العام للجامعة العربية ويلقي خطابا").
                || nm.Kind == PatternKind.Entity && nm.Entity?.Kind == NodeKind.Organization && m.Kind == PatternKind.Title && doc.Lang == "ar" && tokens[next].Key[0] == 'ل'
                   && !(nm.LastToken + 1 < tokens.Count && tokens[nm.LastToken + 1].Key[0] == 'و')
                   // (Not a title that is itself another's complement: "الممثلة الخاصة للأمين العام للأمم المتحدة في العراق فلانة".)
                   && !(m.PrefixLength > 0 && tokens[m.FirstToken].Key[0] == 'ل')))
            {
                end = nm.LastToken;
                // Each title of a chain has its own portfolio (… لشؤون رئاسة الوزراء وزير الخارجية وشؤون المغتربين).
                if (nm.Kind == PatternKind.Title) portfolio = 0;
                continue;
            }
            var t = tokens[next];
            // "Speaker of the Russian State Duma …", "Chairman of the State Great Khural (Parliament) of Mongolia …": an
            // English title's institution runs to its head noun; the capitalised words after that head are the name.
            if (doc.Lang == "en" && m.Kind == PatternKind.Title && InstitutionHeadEnd(doc, end) is var head && head > end)
            {
                end = head;
                continue;
            }
            // "Crown Prince and Prime Minister Mohammed bin Salman": titles joined by "and" share the name after them.
            if (t.Key == "and" && next + 1 < tokens.Count && doc.TokenMention[next + 1]?.Kind == PatternKind.Title && m.Kind == PatternKind.Title)
            {
                end = doc.TokenMention[next + 1]!.LastToken;
                continue;
            }
            // "Minister for Foreign Affairs and Trade Lionel Aingimea": a portfolio joined by "and" to the title's own runs on
            // to its last noun.
            if (doc.Lang == "en" && m.Kind == PatternKind.Title && t.Key == "and" && JoinedPortfolioEnd(doc, next + 1) is var joined && joined > next)
            {
                end = joined;
                continue;
            }
            // "of the People's Republic of China", "to Kazakhstan", "– Minister of …", "في جمهورية العراق", and an English
            // title's organisation ("Secretary-General of the League of Arab States Ahmed Aboul Gheit")
            var run = next;
            // ("of the Republic of Turkey": a state's form before its name, when the gazetteer lacks that long form).
            while (run < tokens.Count && run - next < 7 && StateFormWords.Contains(tokens[run].Key)) run++;
            // "رئيس مجلس الوزراء في جمهورية العراق": a title's country after في (a city there is where, not whose).
            if (run == next && tokens[run].Key is "في" or "فى" && m.Kind == PatternKind.Title && run + 1 < tokens.Count
                && doc.TokenMention[run + 1] is { Kind: PatternKind.Entity, Entity.Kind: NodeKind.Country })
                run++;
            if (run > next && run < tokens.Count && doc.TokenMention[run] is { } after
                && after.Kind is PatternKind.Title or PatternKind.Demonym or PatternKind.Entity
                && (after.Entity?.Kind is null or NodeKind.Country or NodeKind.Place || after.Entity.Kind == NodeKind.Organization && m.Kind == PatternKind.Title && doc.Lang == "en"))
            {
                end = after.Entity?.Kind == NodeKind.Organization ? after.LastToken : run - 1;
                continue;
            }
            // English portfolio: "Minister of Commerce and Industry", "Minister of Petroleum and Natural Gas", "Minister of
            // State for External Affairs".
            // "President of the Transition of the Republic of Mali, Bah N'Daw": "the" may open the portfolio.
            var the = doc.Lang == "en" && t.Key is "of" && next + 1 < tokens.Count && tokens[next + 1].Key == "the" ? 1 : 0;
            if (doc.Lang == "en" && m.Kind == PatternKind.Title && t.Key is "of" or "for" && Capitalised(doc, next + 1 + the))
            {
                var k = next + 1 + the;
                var words = 0;
                // A capitalised word before bin/ibn is a given name, not the portfolio (Minister of Commerce Majid bin …).
                while (k < tokens.Count && words < 6 && (Capitalised(doc, k) && !(k + 1 < tokens.Count && tokens[k + 1].Key is "bin" or "ibn" or "bint")
                       || tokens[k].Key is "and" or "&" && Capitalised(doc, k + 1)))
                {
                    words++;
                    k++;
                    // "Minister of Energy, Industry and Mineral Resources": a comma may join one portfolio noun to another.
                    if (PortfolioEnds.Contains(tokens[k - 1].Key) && k + 1 < tokens.Count && tokens[k].Key == "," && PortfolioEnds.Contains(tokens[k + 1].Key) && Capitalised(doc, k + 1))
                    {
                        k++;
                        continue;
                    }
                    // "… for External Affairs V Muraleedharan": the portfolio's last noun, unless "and" continues it, or another
                    // portfolio noun compounds with it ("Minister of Energy and Water Resources Daler Juma").
                    if (PortfolioEnds.Contains(tokens[k - 1].Key) && !(k < tokens.Count && (tokens[k].Key is "and" or "&" or "of" || PortfolioEnds.Contains(tokens[k].Key) && Capitalised(doc, k)))) break;
                }
                end = k - 1;
                continue;
            }
            // "سمو ولي العهد المبعوث الرئاسي الأمريكي …": a definite envoy's or adviser's noun after a title opens another
            // person's phrase (its demonym is that person's, not the title's).
            if (doc.Lang == "ar" && nm is null && m.Kind == PatternKind.Title && t.Key.Length > 4 && t.Key.StartsWith("ال", StringComparison.Ordinal)
                && t.Key.AsSpan(2) is var bare && bare is not ("امين" or "نائب") && ArabicRoleNounsBySpan.Contains(bare)) break;
            // Arabic portfolio and complements after a title: وزير الإعلام، وزير الدولة للشؤون الخارجية.
            // وزير الخارجية وشؤون المغتربين: a portfolio noun joined by و to a definite one runs on too (not رئيس وفد …).
            // رئيس حزب القوات اللبنانية: an institution noun heads a construct whose definite complement follows.
            // وزير الدولة لشؤون مجلس الوزراء: a portfolio after ل may head a construct of an institution.
            var construct = next + 1 < tokens.Count && (tokens[next + 1].Key.StartsWith("ال", StringComparison.Ordinal) && (t.Key[0] is 'ل' or 'ب' || InstitutionNouns.Contains(t.Key) || t.Key[0] == 'و' && t.Key.Length > 1 && t.Key[1] is not ('ل' or 'ب') && (tokens[end].Key.StartsWith("ال", StringComparison.Ordinal) || tokens[end].Key.StartsWith("وال", StringComparison.Ordinal)))
                || t.Key[0] == 'ل' && t.Key.Length > 2 && InstitutionNouns.Contains(tokens[next + 1].Key));
            // "الوزير المنتدب للتجارة الخارجية والجاذبية الاقتصادية والفرنسيين في الخارج": "abroad" closes a portfolio.
            if (nm is null && portfolio > 0 && m.Kind == PatternKind.Title && t.Key is "في" && next + 1 < tokens.Count && tokens[next + 1].Key == "الخارج")
            {
                end = next + 1;
                continue;
            }
            // A portfolio noun joined by و opens the next portfolio ("للتجارة الخارجية والجاذبية الاقتصادية"): the count
            // starts again (a name after the title may itself open with the article: براءت البيرق).
            if (nm is null && portfolio >= MaxPortfolioWords && t.Key.StartsWith("وال", StringComparison.Ordinal)) portfolio = 0;
            if (nm is null && t.IsWord && portfolio < MaxPortfolioWords && !ArticleFunctionWords.Contains(t.Key) && (t.Key.StartsWith("ال", StringComparison.Ordinal) || t.Key.StartsWith("لل", StringComparison.Ordinal) || t.Key.StartsWith("وال", StringComparison.Ordinal)
                    || t.Key.StartsWith("بال", StringComparison.Ordinal) && portfolio > 0 || construct)
                && m.Kind == PatternKind.Title && ArabicScript.HasArabic(t.Key))
            {
                portfolio++;
                end = next;
                continue;
            }
            break;
        }
        return end;
    }

    // The last token of an institution named after a title ("of the Mazhilis", "State Duma", "(Parliament)"): up to
    // InstitutionReach capitalised words after "of"/"the" whose last is an institution's head noun; else `from`.
    internal static int InstitutionHeadEnd(ExtractionDocument doc, int from)
    {
        var tokens = doc.Tokens.Tokens;
        var k = from + 1;
        while (k < tokens.Count && tokens[k].Key is "of" or "the") k++;
        // "Speaker of Japan's House of Representatives", "of Russia's State Duma": the institution's country before it.
        if (k > from + 1 && k < tokens.Count && doc.TokenMention[k] is { Kind: PatternKind.Entity, Entity.Kind: NodeKind.Country or NodeKind.Place } owner
            && GluedPossessive(tokens, owner.LastToken))
            k = owner.LastToken + 3;
        // "(Parliament)", "(DPR RI)": the institution's common name or acronym in brackets.
        if (k < tokens.Count && tokens[k].Key == "(" && Bracketed(doc, k) is var close && close > k) return close;
        var end = from;
        for (var words = 0; k < tokens.Count && words < InstitutionReach && (Capitalised(doc, k) || GluedHyphen(tokens, k)); k++, words++)
        {
            // "the People's National Assembly", "the People's Majlis": a possessive inside the name.
            if (GluedPossessive(tokens, k)) k += 2;
            if (EnglishInstitutionHeads.Contains(tokens[k].Key)) end = k;
            // "House of Representatives", "Council of Ministers": "of" inside the institution's name.
            if (k + 2 < tokens.Count && tokens[k + 1].Key == "of" && Capitalised(doc, k + 2) && EnglishInstitutionHeads.Contains(tokens[k + 2].Key)) k++;
        }
        return end;
    }

    private const int InstitutionReach = 5;

    // Definite words of one Arabic portfolio ("للتجارة الخارجية", "للشؤون الخارجية والتعاون").
    private const int MaxPortfolioWords = 3;

    // "People's": the word k with an apostrophe and "s" glued to it.
    private static bool GluedPossessive(List<Text.Token> tokens, int k) =>
        k + 2 < tokens.Count && tokens[k + 1].Key is "'" or "\u2019" && tokens[k + 2].Key == "s"
        && tokens[k].End == tokens[k + 1].Start && tokens[k + 1].End == tokens[k + 2].Start;

    // "Inter-Parliamentary": a hyphen between two parts of one word.
    private static bool GluedHyphen(List<Text.Token> tokens, int k) =>
        tokens[k].Key == "-" && k > 0 && k + 1 < tokens.Count && tokens[k - 1].End == tokens[k].Start && tokens[k].End == tokens[k + 1].Start;

    // The closing bracket of "(Parliament)" or "(DPR RI)" opened at `open`: one to three words, each an institution's head
    // or an acronym in capitals; else -1.
    private static int Bracketed(ExtractionDocument doc, int open)
    {
        var tokens = doc.Tokens.Tokens;
        for (var k = open + 1; k < tokens.Count && k <= open + 4; k++)
        {
            if (tokens[k].Key == ")") return k > open + 1 ? k : -1;
            var word = doc.Text.AsSpan(tokens[k].Start, tokens[k].End - tokens[k].Start);
            if (!tokens[k].IsWord || !(EnglishInstitutionHeads.Contains(tokens[k].Key) || word.Length >= 2 && !word.ContainsAnyExceptInRange('A', 'Z'))) return -1;
        }
        return -1;
    }

    // Head nouns of legislatures, councils and other bodies a title is held in; a name is never one of them.
    private static readonly HashSet<string> EnglishInstitutionHeads = new(StringComparer.Ordinal)
    {
        "parliament", "assembly", "senate", "congress", "council", "chamber", "duma", "mazhilis", "majlis", "khural", "sejm",
        "knesset", "rada", "seimas", "saeima", "riksdag", "storting", "bundestag", "bundesrat", "cortes", "shura", "kenesh",
        "sabha", "presidium", "committee", "commission", "court", "party", "front", "league", "secretariat", "house",
        "representatives", "commons", "lords", "councillors", "deputies", "union",
        // "Head of Government Saad Dine El Otmani", "head of the Government Performance Follow-up Agency".
        "government", "agency", "authority", "ministry",
    };

    // The last token of up to three capitalised words from `from` that end on a portfolio noun ("Trade", "International
    // Cooperation"), else -1.
    private static int JoinedPortfolioEnd(ExtractionDocument doc, int from)
    {
        var tokens = doc.Tokens.Tokens;
        for (var k = from; k < tokens.Count && k < from + 3 && (Capitalised(doc, k) || doc.TokenMention[k]?.Kind == PatternKind.Demonym); k++)
            if (PortfolioEnds.Contains(tokens[k].Key)) return k;
        return -1;
    }

    /// <summary>Whether token i is a capitalised portfolio noun ("Health" in "Saudi Health Minister").</summary>
    internal static bool IsCapitalisedPortfolioWord(ExtractionDocument doc, int i) => Capitalised(doc, i) && PortfolioEnds.Contains(doc.Tokens.Tokens[i].Key);

    // The nouns an English portfolio ends with; the capitalised words after them are the name.
    private static readonly HashSet<string> PortfolioEnds = new(StringComparer.Ordinal)
    {
        "affairs", "relations", "cooperation", "trade", "commerce", "industry", "defence", "defense", "finance", "economy",
        "security", "energy", "investment", "planning", "justice", "interior", "health", "education", "culture", "tourism",
        "agriculture", "transport", "communications", "information", "development", "integration", "diaspora", "expatriates",
        // Energy, resources and works: "Minister of Petroleum and Mineral Resources Tarek El Molla", "Minister of Oil …".
        "petroleum", "oil", "gas", "resources", "minerals", "mines", "mining", "water", "irrigation", "electricity", "power",
        "environment", "labour", "labor", "employment", "manpower", "housing", "works", "infrastructure", "construction",
        "youth", "sports", "women", "family", "welfare", "solidarity", "endowments", "fisheries", "forestry", "aviation",
        "technology", "science", "research", "telecommunications", "media", "heritage", "antiquities", "reconstruction",
        "immigration", "migration", "refugees", "treasury", "budget", "administration", "reform", "reconciliation",
        // "Minister of Commerce, Industry and Investment Promotion Qais …", "Minister of Health and Prevention".
        "promotion", "prevention", "innovation", "logistics", "shipping", "statistics",
        // "Minister of State Ahmed Ali Al Sayegh" (a minister without portfolio), "Minister of State Security".
        "state",
    };

    // Words that begin like the article but are no portfolio: إلى (folded الي), the relative pronouns.
    private static readonly HashSet<string> ArticleFunctionWords = new(StringComparer.Ordinal)
    {
        "الي", "الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين", "اللواتي", "اللاتي", "الا", "الان",
        // Time words: "كما التقى الوزير الروسي اليوم نائب رئيس …" (the day ends the title, the next title is another's).
        "اليوم", "الليله", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الماضي", "المقبل",
    };

    // Words of a state's long form before its name ("of the Co-operative Republic of Guyana").
    private static readonly HashSet<string> StateFormWords = new(StringComparer.Ordinal)
    {
        "of", "the", "to", "\u2013", "-", "republic", "kingdom", "sultanate", "state", "federal", "co", "operative", "cooperative",
        "democratic", "socialist", "islamic", "arab", "federative", "plurinational", "bolivarian", "united", "hashemite",
        // وزير خارجية جمهورية رواندا، رئيس وزراء مملكة تايلاند (folded keys).
        "جمهوريه", "مملكه", "سلطنه", "اماره", "دوله",
    };

    private static readonly HashSet<string> HeadTitles = new(StringComparer.Ordinal) { "President", "King", "Emir", "Sultan", "Crown Prince", "Vice President" };

    // An institution's noun, also in the dual construct (وزارتي الدفاع، هيئتا الأركان): ة written ت before the ending.
    internal static bool IsInstitutionNoun(string key) =>
        InstitutionNouns.Contains(key)
        || key.Length > 4 && (key.EndsWith("تي", StringComparison.Ordinal) || key.EndsWith("تا", StringComparison.Ordinal)) && InstitutionNouns.Contains(string.Concat(key.AsSpan(0, key.Length - 2), "ه"));

    private static readonly HashSet<string> InstitutionNouns = new(StringComparer.Ordinal)
    {
        "حزب", "مجلس", "هيئه", "لجنه", "جمعيه", "منظمه", "وكاله", "جهاز", "ديوان", "مكتب", "اتحاد", "غرفه", "مؤسسه", "صندوق",
        "جامعه", "حركه", "جبهه", "مركز", "دائره", "اداره", "بعثه", "محكمه", "مجموعه", "تحالف", "تيار", "رئاسه", "وزاره", "سفاره", "قياده",
    };
}
