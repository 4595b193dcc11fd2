using DiplomacyGraph.Domain.Documents;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Extraction.Matching;
using DiplomacyGraph.Extraction.Pipeline;

namespace DiplomacyGraph.Extraction.Components;

/// <summary>
/// CONVEYED_GREETINGS: whose greetings (after the cue, after "from", the possessor before it, the one who asked, or the
/// subject) went to whom (after "to"/إلى or ل, before the cue, or the one the conveyor met); every sender to every
/// recipient when either is a list ("تحيات A، وB، وC … إلى فخامته", "تحياته لخادم الحرمين الشريفين ولسمو ولي العهد").
/// </summary>
internal sealed partial class RelationLinker
{
    // A verb that says greetings were passed on ("regards China as" is no greeting).
    private static readonly string[] Conveying = ["نقل", "ونقل", "نقلت", "ونقلت", "conveyed", "convey", "conveys", "conveying", "passed", "delivered"];

    // Folded keys: إلى is read as الي.
    private static readonly string[] To = ["to", "الي"];

    private static readonly string[] From = ["from", "من"];

    // Words that make "to" part of a fixed phrase, not the greetings' way.
    private static readonly string[] FixedBeforeTo = ["referring", "according", "due", "thanks", "owing", "prior", "addition"];

    // Words a ruler's office opens before the place ruled ("حاكم دبي", "Ruler of Dubai"), which no title covers.
    private static readonly string[] RulerWords = ["حاكم", "ruler"];

    // "وأطلقت المدفعية 21 طلقة تحية لسموه": rounds fired in salute (folded keys) greet no one on anyone's behalf.
    private static readonly string[] SaluteRounds = ["طلقه", "طلقات"];

    private static void LinkGreetings(ExtractionDocument doc, Mention cue, Context ctx, int sentence, Span evidence)
    {
        if (cue.FirstToken > 0 && SaluteRounds.Contains(doc.Tokens.Tokens[cue.FirstToken - 1].Key)) return;
        // "نقل تحياته إلى …": his own greetings, the subject's; otherwise whose follows the cue.
        var own = doc.Lang == "ar" && doc.LastLetterAsWritten(cue.LastToken) == 'ه';
        var sendersEnd = -1;
        var senders = own ? [] : ctx.Senders(out sendersEnd);
        // "فيما حمّله الرئيس الفلبيني تحياته …": his own greetings are those of the one who loaded the guest with them; "فيما
        // حمله – أيده الله – تحياته" names no one: the reciprocal cue has already turned the sentence's greetings back, or
        // the subject of the sentence sent them ("رحب سموه بالضيف … وحمله تحياته إلى …").
        if (own && ctx.Carrier() is (true, var carrier))
        {
            if (carrier is not null) senders.Add(carrier);
            else if (doc.Relations.Any(r => r.Type == RelationshipTypes.ConveyedGreetings && r.Evidence == evidence)) return;
        }
        // "conveyed Chinese President Xi Jinping's cordial greetings": the possessor before the cue; "Lula asked Wang to
        // convey his greetings to Xi": the one who asked.
        // "greetings from A, B and C": each of them.
        if (senders.Count == 0 && ctx.AfterWordAt(cue.LastToken, From, 8, [], lam: false) is var from and >= 0) senders = ctx.JoinedTo(from, [], out sendersEnd);
        if (senders.Count == 0 && (ctx.PossessorBeforeCue() ?? ctx.WhoAsked(sentence) ?? ctx.Subject(NodeKind.Person)) is { } s0) senders.Add(s0);
        foreach (var recipient in Recipients(doc, cue, ctx, sendersEnd, senders))
            foreach (var sender in senders)
                if (sender != recipient) Add(doc, RelationshipTypes.ConveyedGreetings, sender, recipient, null, evidence);
    }

    // To whom: after "to"/إلى near the cue or right after the senders and their offices, before the cue (نقل الوزير إلى
    // الرئيس الأسد تحيات …), or glued to لـ — with those joined to the first; else the one the conveyor met.
    private static List<DocEntity> Recipients(ExtractionDocument doc, Mention cue, Context ctx, int sendersEnd, List<DocEntity> senders)
    {
        // (None of them a sender: "تحيات فخامة الرئيس هولاند، فيما حمله … تحياته لفخامته" goes back the other way.)
        var at = ctx.AfterWordAt(cue.LastToken, To, 15, senders);
        if (at < 0) at = ctx.AfterWordAt(sendersEnd, To, 6, senders);
        // "تحيات A … وB … وC … رئيس ديوان الرئاسة، إلى فخامته": إلى itself (ل there is "wished him …").
        if (at < 0 && sendersEnd >= 0) at = ctx.AfterWordAt(ctx.DescriptionEnd(sendersEnd), To, 3, senders, lam: false);
        if (at < 0) at = ctx.BeforeCue(To, senders);
        if (at < 0) at = ctx.LamPrefixed(senders);
        if (at >= 0) return ctx.JoinedTo(at, senders, out _);
        if (ctx.HasWordAfterCue(To) || !ctx.HasWord(Conveying)) return [];
        return CounterpartOf(doc, ctx.Conveyor() ?? ctx.Subject(NodeKind.Person), senders) is { } met ? [met] : [];
    }

    // The other participant of the conveyor's one meeting of two, when not among the senders.
    private static DocEntity? CounterpartOf(ExtractionDocument doc, DocEntity? conveyor, List<DocEntity> senders)
    {
        if (conveyor is null) return null;
        var met = doc.Meetings.Where(m => m.Participants.Count == 2 && m.Participants.Contains(conveyor.Reference))
            .Select(m => m.Participants[0] == conveyor.Reference ? m.Participants[1] : m.Participants[0]).Distinct().ToList();
        if (met.Count != 1) return null;
        var other = doc.PersonByReference(met[0]);
        return other is null || senders.Contains(other) ? null : other;
    }

    private sealed partial class Context
    {
        /// <summary>Whether one of <paramref name="words"/> follows the cue in its sentence ("to the Chinese leadership").</summary>
        public bool HasWordAfterCue(string[] words) => HasWordFrom(cue.LastToken + 1, words);

        /// <summary>The token of the first person after one of <paramref name="words"/> not among <paramref name="except"/> between the sentence's start and the cue, or -1.</summary>
        public int BeforeCue(string[] words, List<DocEntity> except)
        {
            for (var i = first; i < cue.FirstToken; i++)
            {
                if (!words.Contains(doc.Tokens.Tokens[i].Key)) continue;
                for (var j = i + 1; j < cue.FirstToken && j <= i + 8; j++)
                    if (At(j, [NodeKind.Person]) is { } p && !except.Contains(p)) return j;
            }
            return -1;
        }

        /// <summary>The token of the first person not among <paramref name="except"/> after one of <paramref name="words"/> (or glued to ل, with <paramref name="lam"/>) within reach of <paramref name="from"/>, or -1.</summary>
        public int AfterWordAt(int from, string[] words, int within, List<DocEntity> except, bool lam = true)
        {
            if (from < 0) return -1;
            for (var i = from + 1; i <= Math.Min(last, from + within); i++)
            {
                var k = doc.Tokens.Tokens[i].Key;
                // "لخادم الحرمين الشريفين": ل glued to a person is "to" as well.
                if (lam && words == To && LamPerson(i) is var glued and >= 0 && !except.Contains(At(glued, [NodeKind.Person])!)) return glued;
                // ("from … To Lam": a word of a name is no preposition; nor is "to" in "referring to", "according to".)
                if (!words.Contains(k) || doc.TokenMention[i] is { Kind: PatternKind.Entity } || i > 0 && FixedBeforeTo.Contains(doc.Tokens.Tokens[i - 1].Key)) continue;
                for (var j = i + 1; j <= Math.Min(last, i + 8); j++)
                    if (At(j, [NodeKind.Person]) is { } p && !except.Contains(p)) return j;
            }
            return -1;
        }

        /// <summary>Whose greetings: the person named right after the cue (past honorifics and titles), and those joined to it.</summary>
        public List<DocEntity> Senders(out int end)
        {
            end = -1;
            for (int i = cue.LastToken + 1, skipped = 0; i <= last && skipped < 6; i++, skipped++)
            {
                // "greetings to Xi": the one after "to" received them.
                if (To.Contains(doc.Tokens.Tokens[i].Key)) break;
                // (A name glued to ل after them is whom they went to.)
                if (At(i, [NodeKind.Person]) is not null && !doc.Tokens.Tokens[i].Key.StartsWith('ل')) return JoinedTo(i, [], out end, stopAtLam: true);
                if (doc.TokenMention[i] is { Kind: PatternKind.Honorific or PatternKind.Title or PatternKind.Demonym } m) { skipped--; i = m.LastToken; }
            }
            return [];
        }

        /// <summary>The token of a person written with the preposition ل (لخادم الحرمين الشريفين، لسمو أمير قطر), not among <paramref name="except"/>.</summary>
        public int LamPrefixed(List<DocEntity> except)
        {
            for (var i = first; i <= last; i++)
                if (LamPerson(i) is var at and >= 0 && !except.Contains(At(at, [NodeKind.Person])!)) return at;
            return -1;
        }

        /// <summary>
        /// The token of the person a word glued to ل introduces (لفخامته، لسمو ولي العهد، لخادم الحرمين الشريفين الملك سلمان):
        /// the word itself where it stands for one, else the first person past its honorifics and titles; or -1.
        /// </summary>
        private int LamPerson(int i)
        {
            var k = doc.Tokens.Tokens[i].Key;
            if (k.Length <= 2 || k[0] != 'ل') return -1;
            if (doc.PersonAt.ContainsKey(i)) return i;
            if (doc.TokenMention[i] is not { Kind: PatternKind.Honorific or PatternKind.Title } m) return -1;
            for (var next = m.LastToken + 1; next <= last; next = doc.TokenMention[next]!.LastToken + 1)
            {
                // (A title the story resolved stands for its holder: لفخامة رئيس جمهورية مصر العربية.)
                if (doc.PersonAt.ContainsKey(next)) return next;
                if (doc.TokenMention[next] is not { Kind: PatternKind.Honorific or PatternKind.Title, Conjoined: false }) break;
            }
            return -1;
        }

        /// <summary>"Xi Jinping's cordial greetings": the person whose name, with 's, stands before the cue past its adjectives.</summary>
        public DocEntity? PossessorBeforeCue()
        {
            var tokens = doc.Tokens.Tokens;
            var i = cue.FirstToken - 1;
            for (var adjectives = 0; i >= first && adjectives < 3 && tokens[i].IsWord && tokens[i].Key != "s" && char.IsLower(doc.Text[tokens[i].Start]); adjectives++) i--;
            if (i - 2 < first || tokens[i].Key != "s" || tokens[i - 1].Key is not ("'" or "\u2019")) return null;
            return At(i - 2, [NodeKind.Person]) ?? (doc.TokenMention[i - 2] is { Kind: PatternKind.Entity } name ? At(name.FirstToken, [NodeKind.Person]) : null);
        }

        /// <summary>
        /// "Lula asked Wang to convey his greetings", "…, who asked him to convey her greetings": the person named last before
        /// the asking verb; "He asked Prince Mohammed to convey …": with none, the subject of the sentence before.
        /// </summary>
        public DocEntity? WhoAsked(int sentence)
        {
            var tokens = doc.Tokens.Tokens;
            for (var i = cue.FirstToken - 1; i >= first; i--)
            {
                if (tokens[i].Key is not ("asked" or "requested" or "urged")) continue;
                // "Mnangagwa expressed his gratitude to Xi …, and asked Zhou to convey …": a second verb of the subject's, the
                // first person named before it.
                var second = i > first && tokens[i - 1].Key == "and";
                for (var j = second ? first : i - 1; second ? j < i : j >= first; j += second ? 1 : -1)
                    if (At(j, [NodeKind.Person]) is { } asker) return asker;
                if (sentence == 0) return null;
                var (pf, pl) = doc.Sentences[sentence - 1];
                for (var j = pf; j <= pl; j++)
                    if (doc.PersonAt.TryGetValue(j, out var previous)) return previous;
                return null;
            }
            return null;
        }

        /// <summary>
        /// The person who passed the greetings on, named right before the English verb ("In the meeting with Nazarbayev,
        /// Zhang Gaoli first conveyed …": Zhang, not the one the sentence opens with); null where none stands there.
        /// </summary>
        public DocEntity? Conveyor()
        {
            if (doc.Lang != "en") return null;
            for (var v = first; v < cue.FirstToken; v++)
            {
                if (!Conveying.Contains(doc.Tokens.Tokens[v].Key)) continue;
                for (var i = v - 1; i >= Math.Max(first, v - 3); i--)
                {
                    // "Lavrov met … Traore and passed on best wishes": the one before "and" is the object of another verb.
                    if (!doc.Tokens.Tokens[i].IsWord || doc.Tokens.Tokens[i].Key == "and") return null;
                    if (At(i, [NodeKind.Person]) is { } p) return p;
                }
                return null;
            }
            return null;
        }

        /// <summary>
        /// "حمّل الرئيس روتو المستشار قطان تحياته", "وحمّله سموه تحياته": the subject of the verb that loads the guest with
        /// the greetings — the first of two persons after a bare حمّل, the one after حمّله (its object a pronoun); (true,
        /// null) where حمّله names no one; (false, null) with no such verb, or one person after a bare حمّل ("وحمل الشيخ
        /// أحمد ناصر تحياته": the guest loaded, the subject unnamed).
        /// </summary>
        public (bool Found, DocEntity? Carrier) Carrier()
        {
            for (var v = cue.FirstToken - 1; v >= first; v--)
            {
                if (doc.TokenMention[v] is { Kind: PatternKind.RelationCue } && v < cue.FirstToken - 1 && !IsLoading(v, out _)) return (false, null);
                if (!IsLoading(v, out var withObject)) continue;
                DocEntity? subject = null;
                for (var i = v + 1; i < cue.FirstToken; i++)
                {
                    if (At(i, [NodeKind.Person]) is not { } p || p == subject) continue;
                    if (withObject || subject is not null) return (true, subject ?? p);
                    subject = p;
                }
                return withObject ? (true, null) : (false, null);
            }
            return (false, null);
        }

        // Forms of حمّل ("loaded him with"): حمّل، وحمّل، فيما حمله, and whether the object is a glued pronoun (حمله،
        // حملها، حملهم); not حملة (a campaign, folded alike) or its plural.
        private bool IsLoading(int token, out bool withObject)
        {
            var key = doc.Tokens.Tokens[token].Key;
            var stem = key.StartsWith("وحمل", StringComparison.Ordinal) || key.StartsWith("فحمل", StringComparison.Ordinal) ? key.AsSpan(1) : key.AsSpan();
            withObject = stem.Length > 3 && stem[3] == 'ه';
            return stem.StartsWith("حمل", StringComparison.Ordinal) && stem.Length <= 5 && !stem.StartsWith("حملات", StringComparison.Ordinal)
                && doc.LastLetterAsWritten(token) != 'ة';
        }

        /// <summary>
        /// The last token of what describes the person ending at <paramref name="end"/>: titles with their portfolio,
        /// honorifics and blessings in quotes or dashes, countries, demonyms, a ruler's place, and the commas between.
        /// </summary>
        public int DescriptionEnd(int end)
        {
            var tokens = doc.Tokens.Tokens;
            var k = end + 1;
            while (k <= last)
            {
                var m = doc.TokenMention[k];
                if (m is { Kind: PatternKind.Title }) k = Math.Min(last, PersonFinder.ChainEnd(doc, m)) + 1;
                else if (m is { Kind: PatternKind.Honorific or PatternKind.Demonym } || m?.Entity?.Kind is NodeKind.Country or NodeKind.Place) k = m.LastToken + 1;
                else if (RulerWords.Contains(tokens[k].Key) || tokens[k].Key is "of" or "," or "\u060C" or "\"" or "-" or "\u2013" or "«" or "»" or "\u201C" or "\u201D") k++;
                else break;
            }
            return k - 1;
        }

        /// <summary>
        /// The person at <paramref name="at"/> and the persons joined to it after it ("لخادم الحرمين الشريفين ولسمو ولي العهد", "إلى A
        /// وB وC", "إليه وإلى …"), not among <paramref name="except"/>; with <paramref name="stopAtLam"/>, up to a name glued to ل.
        /// </summary>
        public List<DocEntity> JoinedTo(int at, List<DocEntity> except, out int end, bool stopAtLam = false)
        {
            var list = new List<DocEntity> { At(at, [NodeKind.Person])! };
            end = doc.TokenMention[at]?.LastToken ?? at;
            foreach (var (tok, p) in doc.PersonRefsBetween(end + 1, last))
            {
                if (!Joined(end, tok) || stopAtLam && doc.Tokens.Tokens[tok].Key.StartsWith('ل')) break;
                if (!list.Contains(p) && !except.Contains(p)) list.Add(p);
                end = doc.TokenMention[tok]?.LastToken ?? tok;
            }
            return list;
        }

        // Whether the person at `next` is another item of the list ending at `end`: a list join; the next one's honorific
        // joined by و after the description of the one before ("… حاكم دبي "رعاه الله"، وسمو الشيخ منصور"); or "وإلى"/"and
        // to" after it ("إليه وإلى خادم الحرمين الشريفين").
        private bool Joined(int end, int next)
        {
            if (MeetingFinder.JoinedBy(doc, end, next)) return true;
            var tokens = doc.Tokens.Tokens;
            var k = DescriptionEnd(end) + 1;
            if (k >= next)
            {
                for (var j = end + 1; j < next; j++)
                    if (doc.TokenMention[j] is { Kind: PatternKind.Honorific or PatternKind.Title } m && j == m.FirstToken && tokens[j].Key[0] == 'و' || tokens[j].Key == "and") return true;
                return false;
            }
            if (tokens[k].Key is not ("والي" or "and")) return false;
            if (tokens[k].Key == "and" && (++k >= next || tokens[k].Key != "to")) return false;
            for (k++; k < next; k++)
                if (doc.TokenMention[k]?.Kind is not (PatternKind.Honorific or PatternKind.Title)) return false;
            return true;
        }
    }
}
