using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Extraction.Matching;
using DiplomacyGraph.Extraction.Pipeline;

namespace DiplomacyGraph.Extraction.Components;

/// <summary>Where a meeting took place: the venue a sentence states, and the cities that are not venues.</summary>
internal sealed partial class MeetingFinder
{
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
            && doc.TokenMention[token + 1] is { Kind: PatternKind.Entity, Entity.Kind: NodeKind.Place } after && IsVenue(doc, after)) return after;
        return doc.TokenMention[token] is { Kind: PatternKind.Entity, Entity.Kind: NodeKind.Place, PrefixLength: > 0 } own && IsVenue(doc, own)
            && tokens[token].Key[0] == 'ب' ? own : null;
    }

    // A city, or a building the meeting was held in ("في قصر الإليزيه", "at the Elysee Palace"): talks with a stated
    // venue were no phone call.
    private static bool StatesPlace(ExtractionDocument doc, int first, int last)
    {
        for (var i = first; i <= last; i++)
            if (doc.TokenMention[i] is { Kind: PatternKind.Entity, Entity.Kind: NodeKind.Place } m && IsVenue(doc, m) || NamesABuilding(doc, i, first)) return true;
        return false;
    }

    // Folded Arabic nouns of a building after في ("في قصر", "في مقر"), and the same with ب glued on ("بقصر").
    private static readonly HashSet<string> ArabicBuildingNouns = new(StringComparer.Ordinal) { "قصر", "مقر", "قاعه", "دار", "بيت", "مبني" };

    // English heads of a building's name after a capitalised word (the Elysee Palace, the White House, the Great Hall).
    private static readonly HashSet<string> EnglishBuildingHeads = new(StringComparer.Ordinal) { "palace", "house", "hall" };

    private static bool NamesABuilding(ExtractionDocument doc, int i, int first)
    {
        var tokens = doc.Tokens.Tokens;
        var key = tokens[i].Key;
        if (doc.Lang == "ar")
            return ArabicBuildingNouns.Contains(key) && i > first && tokens[i - 1].Key is "في" or "فى"
                || key.Length > 3 && key[0] == 'ب' && ArabicBuildingNouns.Contains(key[1..]);
        return EnglishBuildingHeads.Contains(key) && i > first && char.IsUpper(doc.Text[tokens[i].Start])
            && tokens[i - 1].IsWord && char.IsUpper(doc.Text[tokens[i - 1].Start]);
    }

    // A city that only qualifies a title lost its span in TitleReader.
    // "offering Ankara's help": a city with 's stands for its government, not for where anyone is.
    // "the situation in Gaza", "الأوضاع في غزة": a city a topic of the talks is in, not where they were held.
    private static bool IsVenue(ExtractionDocument doc, Mention m) =>
        m.Entity!.Spans.Contains((m.Start, m.End))
        && !Possessor(doc, m.FirstToken)
        && !(m.FirstToken >= 2 && doc.Tokens.Tokens[m.FirstToken - 1].Key is "in" or "في" && TopicNouns.Contains(doc.Tokens.Tokens[m.FirstToken - 2].Key));

    private static readonly HashSet<string> TopicNouns = new(StringComparer.Ordinal)
    {
        "situation", "developments", "crisis", "war", "conflict", "escalation", "tensions", "fighting", "violence", "ceasefire", "events",
        "الاوضاع", "الوضع", "التطورات", "الازمه", "الحرب", "الصراع", "التصعيد", "الاحداث", "والاوضاع", "والتطورات",
    };

    // A city the sentence puts the meeting in (في، ب…، in, at) before any other city of the sentence, else the
    // dateline's, else the story's last meeting's, else the last city named before, else the first one named. The dateline's own city only says
    // where the story was filed ("BEIRUT // … met … in Moscow"), and a landmark's city (Hyderabad House) lost its span in GazetteerMatcher.
    private static string? PlaceOf(ExtractionDocument doc, int first, int last, int cue, out bool stated)
    {
        stated = true;
        // "arrived in Baku from Yerevan, where she had held talks with …": a meeting told in the relative clause was
        // in that clause's city, whatever city the main clause names first.
        if (RelativeClauseCity(doc, first, cue) is { } relative) return relative;
        // "Assad met here on Saturday with Zhai Jun, … and praised Beijing's backing": "here" is the dateline's city.
        if (doc.DatelinePlace is not null && HereNear(doc, cue, last)) return doc.DatelinePlace;
        // "paid a working visit to Damascus … and held talks there with …": "there" is the city named before it.
        if (ThereNear(doc, cue, last) && CityBefore(doc, first, cue) is { } there) return there;
        Mention? unmarked = null;
        for (var i = first; i <= last; i++)
        {
            if (doc.TokenMention[i] is not { Kind: PatternKind.Entity, Entity.Kind: NodeKind.Place } m || !IsVenue(doc, m)) continue;
            i = m.LastToken;
            // "arrived … from Doha, where she had met Qatar's Amir": the city the relative clause is about.
            // (Only when the cue is in that clause: "who arrived from New Delhi, where he had attended consultations, was
            // received by …" met where the story was filed.)
            if (m.LastToken + 2 <= last && doc.Tokens.Tokens[m.LastToken + 1].Key is "," && doc.Tokens.Tokens[m.LastToken + 2].Key is "where" or "حيث")
            {
                if (!CueAfterClauseOf(doc, m.LastToken + 2, cue, last)) return m.Entity!.Reference;
                continue;
            }
            if (m.FirstToken == doc.DatelinePlaceToken || Origin(doc, m) || InRelativeClauseAfter(doc, cue, m.FirstToken) || HeldLater(doc, cue, m.FirstToken)
                || ReportedAfterCue(doc, cue, m.FirstToken)) continue;
            // "إكسبو 2025 أوساكا", "Expo 2020 Dubai": a city that ends an event's name.
            if (EndsAnEventsName(doc, m)) continue;
            if (Locative(doc, m)) return m.Entity!.Reference;
            // "Beijing's backing", "Moscow's position": a city with the possessive stands for its government.
            // "أكد … أن القدس مفتاح السلام", "said that Jerusalem …": a city opening a reported clause is its subject.
            if (Possessor(doc, m.FirstToken) || BetweenCities(doc, m) || OpensAReportedClause(doc, m)) continue;
            unmarked ??= m;
        }
        if (unmarked is not null) return unmarked.Entity!.Reference;
        stated = false;
        // "Bishkek, December 1 /Kabar/. Japarov today held bilateral meetings … on the margins of the summit in Dubai.
        // The head of state met with …": where the lead sends the story's meetings, not where the story was filed.
        if (LeadVenue(doc, first) is { } lead) return lead;
        if (doc.DatelinePlace is not null) return doc.DatelinePlace;
        // Without a dateline city, the story's last meeting's city ("… to visit Moscow" in between is no venue).
        if (doc.Meetings.Count > 0 && doc.Meetings[^1].Place is { } previous) return previous;
        for (var i = first - 1; i >= 0; i--)
            if (doc.TokenMention[i] is { Kind: PatternKind.Entity, Entity: { Kind: NodeKind.Place } p } m && IsVenue(doc, m) && !ReferencePoint(doc, m)) return p.Reference;
        return doc.Mentions.FirstOrDefault(m => m.Entity?.Kind == NodeKind.Place && IsVenue(doc, m) && !ReferencePoint(doc, m))?.Entity?.Reference;
    }

    // "relations between Tehran and Baghdad", "العلاقات بين طهران وبغداد": two capitals after "between" stand for their
    // governments, not for where anyone met.
    private static bool BetweenCities(ExtractionDocument doc, Mention city)
    {
        var tokens = doc.Tokens.Tokens;
        var k = city.FirstToken - 1;
        if (k >= 0 && tokens[k].Key is "between" or "بين") return true;
        // The second city: "and Baghdad", "وبغداد".
        var joined = city.PrefixLength > 0 && tokens[city.FirstToken].Key[0] == 'و';
        if (!joined && (k < 0 || tokens[k].Key != "and")) return false;
        if (!joined) k--;
        return k >= 1 && doc.TokenMention[k] is { Kind: PatternKind.Entity, Entity.Kind: NodeKind.Place } other && other.FirstToken > 0
            && tokens[other.FirstToken - 1].Key is "between" or "بين";
    }

    private static bool OpensAReportedClause(ExtractionDocument doc, Mention city) =>
        city.FirstToken > 0 && doc.Tokens.Tokens[city.FirstToken - 1].Key is "ان" or "بان" or "وان" or "that";

    private static bool EndsAnEventsName(ExtractionDocument doc, Mention city)
    {
        var k = city.FirstToken - 1;
        var tokens = doc.Tokens.Tokens;
        if (k >= 0 && tokens[k].Key.Length == 4 && tokens[k].Key.All(char.IsAsciiDigit)) k--;
        // "Expo City Dubai": the site that kept the Expo's name.
        else if (k >= 1 && tokens[k].Key == "city" && tokens[k - 1].Key == "expo") k--;
        return k >= 0 && doc.TokenMention[k] is { Kind: PatternKind.Entity, Entity.Kind: NodeKind.Event } || k >= 0 && tokens[k].Key is "اكسبو" or "expo";
    }

    // "met here", "held talks here on Monday", "التقى هنا": the adverb right after the cue (or its object's name).
    private static bool HereNear(ExtractionDocument doc, int cue, int last)
    {
        var tokens = doc.Tokens.Tokens;
        var end = doc.TokenMention[cue] is { } m ? m.LastToken : cue;
        for (var i = end + 1; i <= Math.Min(last, end + 2); i++)
            if (tokens[i].Key is "here" or "هنا") return true;
        // "met with visiting … Adel al-Jubeir here on Thursday, as Riyadh stepped up efforts": after the object, before
        // the clause ends or another city is named.
        for (var i = end + 3; i <= last; i++)
        {
            if (tokens[i].Key is "," or ";" or "\u060C" || doc.TokenMention[i] is { Kind: PatternKind.Entity, Entity.Kind: NodeKind.Place }) return false;
            if (tokens[i].Key is "here" && tokens[i - 1].Key is not ("from" or "to")) return true;
        }
        return false;
    }

    // "held talks there", "met there": the adverb right after the cue.
    private static bool ThereNear(ExtractionDocument doc, int cue, int last)
    {
        var end = doc.TokenMention[cue] is { } m ? m.LastToken : cue;
        return end + 1 <= last && doc.Tokens.Tokens[end + 1].Key == "there";
    }

    // The last venue named in the sentence before the cue, or null.
    private static string? CityBefore(ExtractionDocument doc, int first, int cue)
    {
        for (var i = cue - 1; i >= first; i--)
            if (doc.TokenMention[i] is { Kind: PatternKind.Entity, Entity.Kind: NodeKind.Place } m && IsVenue(doc, m) && m.FirstToken != doc.DatelinePlaceToken)
                return m.Entity!.Reference;
        return null;
    }

    // The city the story's lead sentence puts its meetings in, when it is not the dateline's: the lead (the first
    // sentence after the dateline) tells of meeting (a cue) and names a city after in/at/في; for a later sentence only.
    private static string? LeadVenue(ExtractionDocument doc, int first)
    {
        var lead = doc.SentenceOf(Math.Max(0, doc.DatelineEnd + 1));
        // ("Bishkek, December 1 /Kabar/." may stand as a sentence of its own.)
        if (lead >= 0 && doc.DatelinePlaceToken >= 0 && doc.SentenceOf(doc.DatelinePlaceToken) == lead
            && !AnyCueBetween(doc, doc.Sentences[lead].FirstToken, doc.Sentences[lead].LastToken + 1)) lead++;
        if (lead < 0 || lead >= doc.Sentences.Count || doc.DatelinePlace is null || doc.SentenceOf(first) <= lead) return null;
        var (from, to) = doc.Sentences[lead];
        from = Math.Max(from, doc.DatelineEnd + 1);
        if (!AnyCueBetween(doc, from, to + 1)) return null;
        for (var i = from; i <= to; i++)
            if (doc.TokenMention[i] is { Kind: PatternKind.Entity, Entity.Kind: NodeKind.Place } m && IsVenue(doc, m) && m.FirstToken != doc.DatelinePlaceToken
                && m.Entity!.Reference != doc.DatelinePlace && Locative(doc, m) && !Origin(doc, m))
                return m.Entity.Reference;
        return null;
    }

    // The city right before ", where" (، حيث) that opens the clause of the cue at `cue` (no comma between), or null.
    private static string? RelativeClauseCity(ExtractionDocument doc, int first, int cue)
    {
        var tokens = doc.Tokens.Tokens;
        for (var w = cue - 1; w >= first + 2; w--)
        {
            // The clause ends at a comma: "قادما من أستانا، حيث حضر الاجتماع، وكان رحمان في استقباله" met in Dushanbe.
            if (tokens[w].Key is "," or "\u060C") return null;
            if (tokens[w].Key is not ("where" or "حيث")) continue;
            if (tokens[w - 1].Key is not ("," or "\u060C")) return null;
            if (doc.TokenMention[w - 2] is { Kind: PatternKind.Entity, Entity.Kind: NodeKind.Place } m && IsVenue(doc, m)) return m.Entity!.Reference;
            // "arrived in Accra from Nigeria, where he held talks with President Tinubu … in Abuja": a country before
            // "where"; the clause's own city, if it names one.
            return doc.TokenMention[w - 2] is { Kind: PatternKind.Entity, Entity.Kind: NodeKind.Country } ? CityInClause(doc, cue) : null;
        }
        return null;
    }

    // The first venue after "in"/في from the cue to the clause's end (a comma or the sentence's end), or null.
    private static string? CityInClause(ExtractionDocument doc, int cue)
    {
        var tokens = doc.Tokens.Tokens;
        var last = doc.Sentences[doc.SentenceOf(cue)].LastToken;
        for (var i = cue + 1; i <= last && tokens[i].Key is not ("," or "\u060C"); i++)
            if (doc.TokenMention[i] is { Kind: PatternKind.Entity, Entity.Kind: NodeKind.Place } m && IsVenue(doc, m) && Locative(doc, m)) return m.Entity!.Reference;
        return null;
    }

    // "During his meeting with Al Sudani, Anwar said Malaysia would reopen its embassy in Baghdad": a city in what
    // someone said (or offered condolences for, or recalled) after the cue is what the words are about, not where they
    // were said.
    private static bool ReportedAfterCue(ExtractionDocument doc, int cue, int place)
    {
        var tokens = doc.Tokens.Tokens;
        for (var i = place - 1; i > cue; i--)
            if (ReportingWords.Contains(tokens[i].Key)) return true;
        return false;
    }

    // Folded words that open what is reported rather than seen: verbs of saying; condolences, offered for a tragedy
    // where it happened ("قدم خلاله تعازي المملكة في ضحايا حادثة إطلاق النار في مدينة هاناو"); and recalling, of an
    // earlier meeting where it was held ("حيث استذكر سموه لقاءهما على هامش مؤتمر … في غلاسكو").
    private static readonly HashSet<string> ReportingWords = new(StringComparer.Ordinal)
    {
        "said", "says", "told", "stressed", "noted", "added", "stated", "announced", "affirmed", "reiterated", "condolences", "recalled", "recalling",
        "قال", "وقال", "اكد", "واكد", "اعلن", "واعلن", "اوضح", "واوضح", "اشار", "واشار", "صرح", "وصرح", "اضاف", "واضاف",
        "تعازي", "التعازي", "بالتعازي", "تعازيه", "تعازيها", "استذكر", "واستذكر", "استذكرا", "مستذكرا",
        // "…، معربا عن تقدير الرياض لضبط النفس الذي أبدته إسلام آباد", "expressing appreciation for Islamabad's restraint":
        // the participles of saying and expressing.
        "معربا", "معربه", "مؤكدا", "مؤكده", "مشيرا", "مشيره", "مضيفا", "مضيفه", "expressing", "stressing", "noting", "adding", "saying",
    };

    // "received a delegation … which had taken part in the conference in Baghdad", "مخرجات القمة … التي عقدت في نيقوسيا":
    // a city in a relative clause about a thing after the cue (which, that, التي، الذي) is where that thing happened,
    // not the meeting — unless the meeting was held on that thing's margins or during it ("التقى عباس على هامش القمة
    // … التي عقدت في الرياض").
    private static bool InRelativeClauseAfter(ExtractionDocument doc, int cue, int place)
    {
        var tokens = doc.Tokens.Tokens;
        for (var i = place - 1; i > cue; i--)
        {
            if (doc.Lang == "en" && tokens[i].Key is "which" or "that" && tokens[i - 1].IsWord) return true;
            // (A clause about the meeting itself, "الاجتماع الذي عقده … في جدة", tells where it was.)
            if (doc.Lang == "ar" && tokens[i].Key is "التي" or "الذي" && !doc.IsKind(i - 1, PatternKind.MeetingCue))
            {
                for (var k = i - 1; k > cue; k--)
                    if (tokens[k].Key is "هامش" or "بهامش" or "خلال" or "اثناء") return false;
                return true;
            }
        }
        return false;
    }

    // Whether the cue stands after the comma that closes the clause opened at `opener` (past the clause, in the main one).
    private static bool CueAfterClauseOf(ExtractionDocument doc, int opener, int cue, int last)
    {
        if (cue < opener) return false;
        for (var k = opener + 1; k < cue && k <= last; k++)
            if (doc.Tokens.Tokens[k].Key is "," or "\u060C") return true;
        return false;
    }

    // "قادمين من نيودلهي", "arriving from Moscow": where a visitor came from is not where they met; nor is the city of
    // someone's family or office ("senior member of the ruling family of Abu Dhabi"), nor a visit invited to ("دعوته
    // لزيارة القاهرة", "an invitation to visit Cairo").
    private static bool Origin(ExtractionDocument doc, Mention place)
    {
        var before = place.FirstToken - 1;
        // "the Swiss resort of Davos", "the city of Jeddah": "of" after a settlement's noun names the place itself.
        if (before >= 1 && doc.Tokens.Tokens[before].Key == "of" && SettlementNouns.Contains(doc.Tokens.Tokens[before - 1].Key)) return false;
        if (ReferencePoint(doc, place) || Destination(doc, place)) return true;
        return before >= 0 && doc.Tokens.Tokens[before].Key is "من" or "from" or "of" or "لزياره" or "visit"
            || place.PrefixLength > 0 && doc.Tokens.Tokens[place.FirstToken].Key.StartsWith("من", StringComparison.Ordinal);
    }

    // "Before leaving for Cairo", "heading to Amman", "متوجها إلى القاهرة": the city a traveller leaves for is where they go
    // next, not where they met.
    private static bool Destination(ExtractionDocument doc, Mention place)
    {
        var tokens = doc.Tokens.Tokens;
        var k = place.FirstToken - 1;
        if (k < 1 || tokens[k].Key is not ("for" or "to" or "الي")) return false;
        return DepartureWords.Contains(tokens[k - 1].Key);
    }

    private static readonly HashSet<string> DepartureWords = new(StringComparer.Ordinal)
    {
        "leaving", "left", "leave", "leaves", "departed", "departing", "departs", "heading", "headed", "heads", "bound",
        "متوجها", "مغادرا", "قاصدا", "يتوجه", "توجه", "سيتوجه", "ويتوجه", "يغادر", "ويغادر",
    };

    // "… اتفق خلالها الجانبان على عقد الدورة الثامنة للجنة المشتركة بموسكو", "agreed to hold the next round in Moscow":
    // the city of a session still to be held, or scheduled, after the meeting's cue.
    private static bool HeldLater(ExtractionDocument doc, int cue, int place)
    {
        var tokens = doc.Tokens.Tokens;
        for (var i = place - 1; i > cue; i--)
        {
            if (tokens[i].Key is "عقد" or "لعقد" && tokens[i - 1].Key is "علي" or "الي" || tokens[i].Key is "hold" or "convene" && tokens[i - 1].Key == "to")
                return true;
            // "القمة الروسية الإفريقية المقرر عقدها بمدينة سوتشي", "the summit scheduled to take place in Sochi".
            if (tokens[i].Key is "المقرر" or "المقرره" or "المزمع" or "المزمعه" or "scheduled" or "slated") return true;
            // "the summit due to be held in Nouakchott", "which will be held in Riyadh", "the upcoming summit in Doha".
            if (tokens[i].Key == "held" && tokens[i - 1].Key == "be" || tokens[i].Key is "upcoming" or "forthcoming" or "ستعقد" or "ستنعقد" or "ستستضيف") return true;
        }
        return false;
    }

    // "in Oyo, about 400 kilometers north of the capital Brazzaville", "شمال العاصمة برازافيل": a place that only gives
    // the bearing of another.
    private static bool ReferencePoint(ExtractionDocument doc, Mention place)
    {
        var tokens = doc.Tokens.Tokens;
        var i = place.FirstToken - 1;
        while (i >= 0 && place.FirstToken - i <= LocativeReach && tokens[i].Key is "the" or "capital" or "city" or "العاصمه" or "مدينه") i--;
        if (i >= 1 && tokens[i].Key is "of" or "from") i--;
        return i >= 0 && Bearings.Contains(tokens[i].Key);
    }

    private static readonly HashSet<string> Bearings = new(StringComparer.Ordinal)
    {
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "kilometers", "kilometres", "km", "miles",
        "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "كيلومترا", "كلم", "كم",
    };

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
            if (key is "in" or "at" or "في" or "فى" or "وفي" or "بمدينه" or "بالعاصمه" or "بمنتجع") return true;
            if (key is "the" or "of" or "العاصمه" or "مدينه" or "منتجع" || SettlementNouns.Contains(key)) continue;
            if (doc.TokenMention[i] is { Kind: PatternKind.Demonym } or { Kind: PatternKind.Entity, Entity.Kind: NodeKind.Country })
            {
                i = doc.TokenMention[i]!.FirstToken;
                continue;
            }
            return false;
        }
        return false;
    }

    private static readonly HashSet<string> SettlementNouns = new(StringComparer.Ordinal)
    {
        "capital", "city", "resort", "town", "port", "village", "coastal", "seaside", "northern", "southern", "eastern", "western", "central",
    };
}
