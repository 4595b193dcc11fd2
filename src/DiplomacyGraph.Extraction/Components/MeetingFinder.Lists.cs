using DiplomacyGraph.Domain.Documents;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Extraction.Matching;
using DiplomacyGraph.Extraction.Pipeline;

namespace DiplomacyGraph.Extraction.Components;

/// <summary>Who is joined to whom: lists of persons (و، and, commas), the end of a person's phrase, the person named before.</summary>
internal sealed partial class MeetingFinder
{
    // Persons after the first object that are joined to it by و, "and" or a comma, with only titles between.
    private static List<DocEntity> Coordinated(ExtractionDocument doc, List<(int Token, DocEntity Person)> after, int start, DocEntity subject, bool eachOf = false)
    {
        var list = new List<DocEntity>();
        var i = start;
        while (i < after.Count && after[i].Person == subject) i++;
        if (i >= after.Count) return list;
        list.Add(after[i].Person);
        var prevEnd = EndOf(doc, after[i].Token);
        for (var j = i + 1; j < after.Count; j++)
        {
            if (!JoinedBy(doc, prevEnd, after[j].Token) && !(eachOf && ConjoinedItem(doc, prevEnd, after[j].Token))) break;
            // "الرئيس الأمريكي وعقيلته ميشيل أوباما", "and his wife": a spouse accompanies; the principal met.
            if (after[j].Person != subject && !list.Contains(after[j].Person) && !Spouse(doc, prevEnd, after[j].Token)) list.Add(after[j].Person);
            prevEnd = EndOf(doc, after[j].Token);
        }
        return list;
    }

    // A new item of a list: the name, or the title phrase before it, opens with و (وألكسندر دي كرو، ورئيس حكومة …), a
    // title whose portfolio and body may run long (والممثلة العليا للشؤون الخارجية والسياسة الأمنية في الاتحاد الأوروبي …).
    private static bool ConjoinedItem(ExtractionDocument doc, int prevEnd, int token)
    {
        var tokens = doc.Tokens.Tokens;
        for (var k = token; k > prevEnd && k >= token - ConjoinedItemReach; k--)
            if (doc.TokenMention[k] is { Conjoined: true, Kind: PatternKind.Title or PatternKind.Honorific or PatternKind.Entity }
                // … or an office no title covers, conjoined after the comma that closes the item before.
                || doc.TokenMention[k] is null && tokens[k].Key.StartsWith("وال", StringComparison.Ordinal) && k - 1 == prevEnd + 1 && tokens[k - 1].Key is "\u060C" or ",")
                return true;
        return false;
    }

    private const int ConjoinedItemReach = 12;

    private static int EndOf(ExtractionDocument doc, int token)
    {
        var end = doc.TokenMention[token]?.LastToken ?? token;
        // Post-nominal titles belong to the name before them.
        // … with their portfolio or complement (أمير البلاد المفدى).
        while (end + 1 < doc.TokenMention.Length && doc.TokenMention[end + 1] is { Kind: PatternKind.Title or PatternKind.Demonym, Conjoined: false } m)
            end = m.Kind == PatternKind.Title ? Math.Max(m.LastToken, PersonFinder.ChainEnd(doc, m)) : m.LastToken;
        return end;
    }

    // Folded: أخوه، أخيه، أخاه، شقيقه (and with و).
    private static readonly HashSet<string> BrotherWords = new(StringComparer.Ordinal)
    {
        "اخوه", "اخيه", "اخاه", "شقيقه", "واخوه", "واخيه", "واخاه", "وشقيقه",
    };

    internal static bool JoinedBy(ExtractionDocument doc, int prevEnd, int next)
    {
        var tokens = doc.Tokens.Tokens;
        var joined = false;
        for (var k = prevEnd + 1; k < next; k++)
        {
            var t = tokens[k];
            var m = doc.TokenMention[k];
            // "Abdullah Abdullah, chairman of Afghanistan's High Council for National Reconciliation, and …": an apposition
            // set off by commas describes the name before it; the list goes on after its closing comma.
            if (doc.Lang == "en" && k == prevEnd + 1 && t.Key == "," && EnglishAppositionEnd(doc, k + 1, next) is var closing and > 0)
            {
                k = closing - 1;
                continue;
            }
            // "President Joko Widodo (Jokowi) and …": a short name in brackets right after a name is that person's own; read
            // as a name of its own, it joins the name before it and the list after it.
            if (k == prevEnd + 1 && t.Key == "(")
            {
                if (k + 1 == next) return true;
                if (ClosingBracket(tokens, k, next) is var close and > 0)
                {
                    k = close;
                    continue;
                }
            }
            if (k == prevEnd + 1 && t.Key == ")" && prevEnd > 0 && tokens[prevEnd - 1].Key == "(") continue;
            // "المبعوث … جون كيري، ثم رئيسة مجلس الوزراء …": "then" orders the items of one list.
            if (t.Key is "and" or "," or "\u060C" or "ثم" || t.Key == "و") { joined = true; continue; }
            // "and Presidential Adviser Yemane Gebreab", "and Commander of the Libyan National Army Khalifa Haftar", "and
            // Libyan army commander …": an office no title covers, right after the conjunction, ending in a role word or a
            // capitalised one before the name.
            if (doc.Lang == "en" && tokens[k - 1].Key == "and" && EnglishOfficeRun(doc, k, next)) break;
            // "Olaf Scholz and, separately, Ajay Banga", "A and later B": an adverb between the items.
            if (t.Key is "separately" or "later" or "also" or "subsequently") continue;
            // "ودولة رئيس الوزراء", "ودولة السيد …": the form of address for a head of government, before its title or honorific.
            if (t.Key is "دوله" or "ودوله" && k + 1 < next && doc.TokenMention[k + 1]?.Kind is PatternKind.Title or PatternKind.Honorific)
            {
                if (t.Key[0] == 'و') joined = true;
                continue;
            }
            // "-أيده الله-": dashes around a blessing.
            if (t.Key is "-" or "\u2013" && (doc.TokenMention[k - 1]?.Kind == PatternKind.Honorific || k + 1 < next && doc.TokenMention[k + 1]?.Kind == PatternKind.Honorific)) continue;
            if (LocativePlace(doc, k) is { } place)
            {
                k = place.LastToken;
                continue;
            }
            // "… and United Nations Secretary-General Antonio Guterres": an organisation before its officer's title too.
            if (m is { Kind: PatternKind.Title or PatternKind.Honorific or PatternKind.Demonym }
                || m?.Entity?.Kind == NodeKind.Country
                || m?.Entity?.Kind == NodeKind.Organization && m.LastToken + 1 < next && doc.TokenMention[m.LastToken + 1]?.Kind == PatternKind.Title)
            {
                if (k == m.FirstToken && t.Key.StartsWith('و')) joined = true;
                // A title's phrase runs on through its portfolio (نائب رئيس الدولة).
                k = m.Kind == PatternKind.Title ? Math.Min(next - 1, PersonFinder.ChainEnd(doc, m)) : m.LastToken;
                continue;
            }
            // "وانغ يي، ونظيره الإيراني محمد جواد ظريف", "and his Iranian counterpart …".
            // "الملك عبدالله الثاني وأخوه خادم الحرمين الشريفين": a brother's word, as kings and emirs address each other.
            // "المنفي ونائبه موسى الكوني": a role noun with its possessive.
            if (t.Key is "the" or "of" or "his" or "acting" or "interim" or "caretaker" or "visiting" || CounterpartOffices.IsCounterpartWord(t.Key) || SpouseWords.Contains(t.Key) || BrotherWords.Contains(t.Key)
                || doc.Lang == "ar" && PersonFinder.IsPossessedRoleNoun(t.Key))
            {
                if (t.Key.StartsWith('و')) joined = true;
                continue;
            }
            // "… and Small Business Development Minister Lindiwe Zulu": an English portfolio in capitals before its title.
            if (doc.Lang == "en" && t.IsWord && m is null && char.IsUpper(doc.Text[t.Start]) && PortfolioBeforeTitle(doc, k, next) is var titleAt && titleAt > k)
            {
                k = titleAt - 1;
                continue;
            }
            // "Qatar's Emir": the possessive after a country.
            if (t.Key is "'" or "\u2019" or "s" && k > 0 && (doc.TokenMention[k - 1]?.Entity?.Kind == NodeKind.Country || tokens[k - 1].Key is "'" or "\u2019")) continue;
            return false;
        }
        return joined || StartsWithAnd(doc, next);
    }

    // The ")" that closes the bracket at `open` within three words, before `next`; else -1.
    private static int ClosingBracket(List<Text.Token> tokens, int open, int next)
    {
        for (var k = open + 1; k < next && k <= open + 4; k++)
        {
            if (tokens[k].Key == ")") return k > open + 1 ? k : -1;
            if (!tokens[k].IsWord) return -1;
        }
        return -1;
    }

    private const int PortfolioWords = 5;
    private const int OfficeRunWords = 9;
    private const int AppositionWords = 14;

    // Whether the tokens from `from` to the name at `next` are an office's words only: capitalised words, role words,
    // institution nouns, titles, demonyms, countries and organisations, joined by of/for/the/'s; the word before the
    // name names the role (commander, Minister), so "and urged Abdullah …" is not one.
    private static bool EnglishOfficeRun(ExtractionDocument doc, int from, int next)
    {
        if (next <= from) return false;
        var tokens = doc.Tokens.Tokens;
        // A country or a title counts as one word ("the Chairman of State Affairs of the Democratic People's Republic of
        // Korea Kim Jong Un").
        var words = 0;
        for (var k = from; k < next; k++)
        {
            // "Chief of General Staff Gen. Yasar Guler": the full stop of an abbreviated rank.
            if (tokens[k].Key == "." && k > from && tokens[k].Start == tokens[k - 1].End && doc.TokenMention[k - 1]?.Kind == PatternKind.Honorific) continue;
            if (++words > OfficeRunWords) return false;
            if (doc.TokenMention[k] is { } m)
            {
                if (m.Kind is not (PatternKind.Title or PatternKind.Demonym or PatternKind.Honorific) && m.Entity?.Kind is not (NodeKind.Country or NodeKind.Organization)) return false;
                k = Math.Min(m.LastToken, next - 1);
                continue;
            }
            if (!OfficeWord(doc, k)) return false;
        }
        var last = next - 1;
        if (tokens[last].Key == "." && last > from) last--;
        return doc.TokenMention[last]?.Kind == PatternKind.Title || PersonFinder.IsEnglishRoleWord(tokens[last].Key)
            || tokens[last].IsWord && char.IsUpper(doc.Text[tokens[last].Start]);
    }

    // The closing comma of an English apposition that opens at `from` (after the comma behind a name) with a role —
    // ", chairman of …,", ", the Libyan army's commander," — before the item at `next`, or -1.
    private static int EnglishAppositionEnd(ExtractionDocument doc, int from, int next)
    {
        var tokens = doc.Tokens.Tokens;
        var k = from;
        while (k < next && (tokens[k].Key is "the" or "a" or "an" || doc.TokenMention[k]?.Kind == PatternKind.Demonym)) k = doc.TokenMention[k]?.LastToken + 1 ?? k + 1;
        if (k >= next || !(doc.TokenMention[k]?.Kind == PatternKind.Title || doc.TokenMention[k] is null && PersonFinder.IsEnglishRoleWord(tokens[k].Key))) return -1;
        for (; k < next && k - from <= AppositionWords; k++)
        {
            if (tokens[k].Key == ",") return k;
            if (doc.TokenMention[k] is { } m)
            {
                if (m.Entity?.Kind == NodeKind.Person) return -1;
                k = m.LastToken;
                continue;
            }
            if (!OfficeWord(doc, k)) return -1;
        }
        return -1;
    }

    // A word of an office's phrase that no mention covers.
    private static bool OfficeWord(ExtractionDocument doc, int k)
    {
        var t = doc.Tokens.Tokens[k];
        if (t.Key is "of" or "for" or "the" or "and" or "'" or "\u2019" or "s" or "-") return true;
        return t.IsWord && (char.IsUpper(doc.Text[t.Start]) || PersonFinder.IsEnglishRoleWord(t.Key) || EnglishOfficeNouns.Contains(t.Key));
    }

    // Lower-case nouns and adjectives of institutions inside an office's phrase ("the Libyan army's commander").
    private static readonly HashSet<string> EnglishOfficeNouns = new(StringComparer.Ordinal)
    {
        "army", "armed", "forces", "force", "navy", "military", "party", "council", "government", "movement", "front", "committee",
        "commission", "assembly", "parliament", "senate", "agency", "ministry", "bank", "court", "union", "league", "authority",
        "office", "delegation", "team", "negotiating", "national", "general", "state", "foreign", "defence", "defense", "affairs",
        "acting", "interim", "caretaker", "former", "presidential", "sovereign", "transitional", "security", "intelligence",
    };

    // The title a run of capitalised words (and "and") from `from` leads to before `next`, or -1.
    private static int PortfolioBeforeTitle(ExtractionDocument doc, int from, int next)
    {
        var tokens = doc.Tokens.Tokens;
        var j = from;
        while (j < next && j - from < PortfolioWords && doc.TokenMention[j] is null && tokens[j].IsWord
               && (char.IsUpper(doc.Text[tokens[j].Start]) || tokens[j].Key == "and")) j++;
        return j < next && doc.TokenMention[j]?.Kind == PatternKind.Title ? j : -1;
    }

    // "وألكسندر": the conjunction glued to the word. A name that itself begins with و (وانغ، وليد) is read as a
    // mention without a clitic, and is not joined by it.
    internal static bool StartsWithAnd(ExtractionDocument doc, int token) =>
        doc.TokenMention[token] is { } m && m.FirstToken == token ? m.Conjoined : doc.Tokens.Tokens[token].Key.StartsWith('و');

    // The persons of a meeting already read, as entities.
    private static List<DocEntity> PersonsOf(ExtractionDocument doc, DocumentMeeting meeting) =>
        meeting.Participants.Select(doc.PersonByReference).OfType<DocEntity>().ToList();

    private static DocEntity? PreviousPerson(ExtractionDocument doc, int sentence)
    {
        return LastPersons(doc, sentence, 1) is [var last] ? last : null;
    }
}
