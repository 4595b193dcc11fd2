using DiplomacyGraph.Domain.Documents;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Extraction.Matching;
using DiplomacyGraph.Extraction.Pipeline;

namespace DiplomacyGraph.Extraction.Components;

/// <summary>
/// Links relations from cue phrases (rules/relation-cues.tsv) and the entity classes around them in one sentence:
/// PROPOSED/LAUNCHED (initiative near the cue, proposer right after it or the subject), ALIGNED_WITH (initiatives
/// after the cue), PARTNER_OF (two countries, kind from the cue), CONVEYED_GREETINGS (sender after the cue or
/// "from", else the subject; recipient after "to"/إلى), SUPPORTS (an initiative or organisation after the cue),
/// SPOKE_AT (an event in the sentence, speaker after or before the cue).
/// </summary>
internal sealed class RelationLinker : IPipelineComponent
{
    public string Name => "relations";
    public DocumentLayer Needs => DocumentLayer.Coreference | DocumentLayer.Sentences;
    public DocumentLayer Adds => DocumentLayer.Relations;

    public void Process(ExtractionDocument doc, CancellationToken ct)
    {
        foreach (var cue in doc.MentionsOf(PatternKind.RelationCue).ToList())
        {
            ct.ThrowIfCancellationRequested();
            var s = doc.SentenceOf(cue.FirstToken);
            if (s < 0) continue;
            var sentence = doc.Sentences[s];
            var evidence = doc.SpanOf(sentence.FirstToken, sentence.LastToken);
            var type = cue.Pattern!.Cue!.Value;
            var ctx = new Context(doc, cue, sentence.FirstToken, sentence.LastToken);
            switch (type)
            {
                case RelationshipTypes.Proposed or RelationshipTypes.Launched:
                    if (ctx.Nearest(NodeKind.Initiative, 12) is not { } ini || (ctx.AfterCue(4, NodeKind.Person, NodeKind.Country) ?? ctx.Subject()) is not { } who) break;
                    Add(doc, type, who, ini, null, evidence);
                    // "بمبادرتي "السعودية الخضراء" و"الشرق الأوسط الأخضر" اللتين أطلقهما سمو ولي العهد": a dual object
                    // pronoun takes the two initiatives before it.
                    if (doc.Lang == "ar" && doc.Tokens.Tokens[cue.LastToken].Key.EndsWith("هما", StringComparison.Ordinal))
                        foreach (var other in ctx.Before(NodeKind.Initiative, 12).TakeLast(2).Where(o => o != ini)) Add(doc, type, who, other, null, evidence);
                    break;
                case RelationshipTypes.AlignedWith:
                    var inits = ctx.After(NodeKind.Initiative, 30);
                    for (var i = 1; i < inits.Count; i++) Add(doc, type, inits[0], inits[i], null, evidence);
                    break;
                case RelationshipTypes.PartnerOf:
                    // "… الشراكة الاستراتيجية بين البلدين", "relations … have reached the level of a comprehensive strategic
                    // partnership": the two countries of the story, where the sentence names fewer or says "the two".
                    var countries = ctx.BetweenTheTwo() ? [] : ctx.InSentence(NodeKind.Country);
                    if (countries.Count < 2) countries = StoryCountries(doc);
                    if (countries.Count >= 2) Add(doc, type, countries[0], countries[1], cue.Pattern.Cue.Extra, evidence);
                    break;
                case RelationshipTypes.ConveyedGreetings when cue.Pattern.Cue.Extra == "reciprocal":
                    // "فيما حمله الملك تحياته لفخامته": the greetings went back the other way.
                    foreach (var r in LastGreetings(doc)) AddByReference(doc, type, r.To, r.From, evidence);
                    break;
                case RelationshipTypes.ConveyedGreetings:
                    // "نقل تحياته إلى …": his own greetings, the subject's; otherwise whose follows the cue.
                    var own = doc.Lang == "ar" && doc.LastLetterAsWritten(cue.LastToken) == 'ه';
                    var sendersEnd = -1;
                    var senders = own ? [] : ctx.Senders(out sendersEnd);
                    // "conveyed Chinese President Xi Jinping's cordial greetings": the possessor before the cue; "Lula asked
                    // Wang to convey his greetings to Xi": the one who asked.
                    if (senders.Count == 0 && (ctx.AfterWord(["from", "من"], 8) ?? ctx.PossessorBeforeCue() ?? ctx.WhoAsked(s) ?? ctx.Subject(NodeKind.Person)) is { } s0) senders.Add(s0);
                    // To whom: after "to"/إلى (past a long list of senders), or before the cue (نقل الوزير إلى الرئيس الأسد
                    // تحيات …), or لـ; else the one the conveyor met.
                    var recipient = ctx.AfterWord(To, 15) ?? ctx.AfterWordFrom(sendersEnd, To, 6) ?? ctx.BeforeCue(To) ?? ctx.LamPrefixed(senders)
                        ?? (ctx.HasWordAfterCue(To) || !ctx.HasWord(Conveying) ? null : CounterpartOf(doc, ctx.Subject(NodeKind.Person), senders));
                    foreach (var sender in senders)
                        if (recipient is not null && sender != recipient) Add(doc, type, sender, recipient, null, evidence);
                    break;
                case RelationshipTypes.Supports:
                    if ((ctx.After(NodeKind.Initiative, 12).FirstOrDefault() ?? ctx.After(NodeKind.Organization, 12).FirstOrDefault()) is { } target
                        && (ctx.AfterCue(2, NodeKind.Country, NodeKind.Person) ?? ctx.RightBeforeCue(3, NodeKind.Country, NodeKind.Person) ?? ctx.Subject()) is { } supporter
                        && supporter != target)
                        Add(doc, type, supporter, target, null, evidence);
                    break;
                case RelationshipTypes.SpokeAt:
                    // "King Charles is scheduled to deliver the opening speech at …": a speech still to come.
                    if (ctx.HasWord(Planned)) break;
                    if (ctx.InSentence(NodeKind.Event).FirstOrDefault() is { } ev && (ctx.AfterCue(5, NodeKind.Person) ?? ctx.Subject(NodeKind.Person)) is { } speaker)
                        Add(doc, type, speaker, ev, null, evidence);
                    break;
            }
        }
    }

    // A verb that says greetings were passed on ("regards China as" is no greeting).
    private static readonly string[] Conveying = ["نقل", "ونقل", "نقلت", "ونقلت", "conveyed", "convey", "conveys", "conveying", "passed", "delivered"];

    // Words that put a speech in the future (folded keys: المقرر، سيلقي).
    private static readonly string[] Planned = ["scheduled", "will", "expected", "due", "المقرر", "سيلقي", "يلقي"];

    // Folded keys: إلى is read as الي.
    private static readonly string[] To = ["to", "الي"];

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

    // The two countries the story names most, when clearly ahead of any third.
    private static List<DocEntity> StoryCountries(ExtractionDocument doc)
    {
        var ranked = doc.Entities.Values.Where(e => e.Kind == NodeKind.Country && e.Spans.Count > 0).OrderByDescending(e => e.Spans.Count).Take(3).ToList();
        if (ranked.Count < 2 || ranked.Count == 3 && ranked[2].Spans.Count >= ranked[1].Spans.Count) return [];
        return ranked.Take(2).ToList();
    }

    private static List<DocumentRelation> LastGreetings(ExtractionDocument doc)
    {
        var last = doc.Relations.LastOrDefault(r => r.Type == RelationshipTypes.ConveyedGreetings);
        return last is null ? [] : doc.Relations.Where(r => r.Type == last.Type && r.Evidence == last.Evidence).ToList();
    }

    private static void AddByReference(ExtractionDocument doc, string type, string from, string to, Span evidence)
    {
        if (from == to || doc.Relations.Any(r => r.Type == type && r.From == from && r.To == to)) return;
        doc.Relations.Add(new DocumentRelation(type, from, to) { Evidence = evidence });
    }

    private static void Add(ExtractionDocument doc, string type, DocEntity from, DocEntity to, string? kind, Span evidence)
    {
        if (from == to) return;
        var symmetric = RelationshipTypes.IsSymmetric(type);
        if (doc.Relations.Any(r => r.Type == type && (r.From == from.Reference && r.To == to.Reference || symmetric && r.From == to.Reference && r.To == from.Reference)))
            return;
        doc.Relations.Add(new DocumentRelation(type, from.Reference, to.Reference) { Kind = kind, Evidence = evidence });
    }

    /// <summary>The entities around one cue in its sentence.</summary>
    private sealed class Context(ExtractionDocument doc, Mention cue, int first, int last)
    {
        // The kinds as a span: a constant list ([NodeKind.Person]) is then static data, not an array made for every token read.
        private DocEntity? At(int i, ReadOnlySpan<NodeKind> kinds)
        {
            if (i < first || i > last) return null;
            if (doc.TokenMention[i] is { Entity: { } e } m && m.Kind is PatternKind.Entity or PatternKind.Demonym && Has(kinds, e.Kind)) return e;
            return Has(kinds, NodeKind.Person) && doc.PersonAt.TryGetValue(i, out var p) ? p : null;
        }

        private static bool Has(ReadOnlySpan<NodeKind> kinds, NodeKind kind)
        {
            foreach (var k in kinds)
                if (k == kind) return true;
            return false;
        }

        public DocEntity? AfterCue(int within, params ReadOnlySpan<NodeKind> kinds)
        {
            for (var i = cue.LastToken + 1; i <= Math.Min(last, cue.LastToken + within); i++)
                if (At(i, kinds) is { } e) return e;
            return null;
        }

        public bool BetweenTheTwo()
        {
            var tokens = doc.Tokens.Tokens;
            for (var i = cue.LastToken + 1; i <= Math.Min(last, cue.LastToken + 4); i++)
            {
                var k = tokens[i].Key;
                if (k is "البلدين" or "الدولتين" or "الجانبين" || k == "two" && i + 1 <= last && tokens[i + 1].Key is "countries" or "nations" or "sides") return true;
            }
            return false;
        }

        public DocEntity? AfterWord(string[] words, int within) => AfterWordFrom(cue.LastToken, words, within);

        /// <summary>Whether one of <paramref name="words"/> stands anywhere in the cue's sentence.</summary>
        public bool HasWord(string[] words) => HasWordFrom(first, words);

        /// <summary>Whether one of <paramref name="words"/> follows the cue in its sentence ("to the Chinese leadership").</summary>
        public bool HasWordAfterCue(string[] words) => HasWordFrom(cue.LastToken + 1, words);

        private bool HasWordFrom(int from, string[] words)
        {
            for (var i = from; i <= last; i++)
                if (words.Contains(doc.Tokens.Tokens[i].Key)) return true;
            return false;
        }

        /// <summary>The first person after one of <paramref name="words"/> between the sentence's start and the cue.</summary>
        public DocEntity? BeforeCue(string[] words)
        {
            for (var i = first; i < cue.FirstToken; i++)
            {
                if (!words.Contains(doc.Tokens.Tokens[i].Key)) continue;
                for (var j = i + 1; j < cue.FirstToken && j <= i + 8; j++)
                    if (At(j, [NodeKind.Person]) is { } p) return p;
            }
            return null;
        }

        public DocEntity? AfterWordFrom(int from, string[] words, int within)
        {
            if (from < 0) return null;
            for (var i = from + 1; i <= Math.Min(last, from + within); i++)
            {
                var k = doc.Tokens.Tokens[i].Key;
                var prefixed = k.Length > 2 && k[0] == 'ل' && At(i, [NodeKind.Person]) is not null;
                if (!words.Contains(k) && !prefixed) continue;
                for (var j = prefixed ? i : i + 1; j <= Math.Min(last, i + 8); j++)
                    if (At(j, [NodeKind.Person]) is { } p) return p;
            }
            return null;
        }

        /// <summary>Whose greetings: the person named right after the cue (past honorifics and titles), and those joined to it.</summary>
        public List<DocEntity> Senders(out int end)
        {
            end = -1;
            var list = new List<DocEntity>();
            var i = cue.LastToken + 1;
            for (var skipped = 0; i <= last && skipped < 6; i++, skipped++)
            {
                // "greetings to Xi": the one after "to" received them.
                if (To.Contains(doc.Tokens.Tokens[i].Key)) break;
                var m = doc.TokenMention[i];
                if (At(i, [NodeKind.Person]) is { } p && !doc.Tokens.Tokens[i].Key.StartsWith('ل'))
                {
                    list.Add(p);
                    break;
                }
                if (m is { Kind: PatternKind.Honorific or PatternKind.Title or PatternKind.Demonym }) { skipped--; i = m.LastToken; continue; }
            }
            if (list.Count == 0) return list;
            end = doc.TokenMention[i]?.LastToken ?? i;
            foreach (var (tok, p) in doc.PersonRefsBetween(end + 1, last))
            {
                if (!MeetingFinder.JoinedBy(doc, end, tok) || doc.Tokens.Tokens[tok].Key.StartsWith('ل')) break;
                if (!list.Contains(p)) list.Add(p);
                end = doc.TokenMention[tok]?.LastToken ?? tok;
            }
            return list;
        }

        /// <summary>A person written with the preposition ل (لخادم الحرمين الشريفين، لسمو أمير قطر), not among <paramref name="except"/>.</summary>
        public DocEntity? LamPrefixed(List<DocEntity> except)
        {
            for (var i = first; i <= last; i++)
            {
                var k = doc.Tokens.Tokens[i].Key;
                if (k.Length > 2 && k[0] == 'ل' && doc.PersonAt.TryGetValue(i, out var p) && !except.Contains(p)) return p;
                // لسمو / لفخامة + the title or name after it
                if (k.Length > 2 && k[0] == 'ل' && doc.TokenMention[i]?.Kind == PatternKind.Honorific)
                {
                    var next = doc.TokenMention[i]!.LastToken + 1;
                    while (next <= last && doc.TokenMention[next]?.Kind == PatternKind.Honorific) next = doc.TokenMention[next]!.LastToken + 1;
                    if (doc.PersonAt.TryGetValue(next, out var q) && !except.Contains(q)) return q;
                }
            }
            return null;
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
                for (var j = i - 1; j >= first; j--)
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
        /// "Varela said Panama supports …", "Britain fully supports …", "أن إيران تدعم …": the name that is the verb's own
        /// subject, a few words before it with no punctuation between, rather than the speaker who opens the sentence.
        /// </summary>
        public DocEntity? RightBeforeCue(int within, params ReadOnlySpan<NodeKind> kinds)
        {
            for (var i = cue.FirstToken - 1; i >= Math.Max(first, cue.FirstToken - within); i--)
            {
                if (!doc.Tokens.Tokens[i].IsWord) return null;
                if (At(i, kinds) is { } e) return e;
            }
            return null;
        }

        public DocEntity? Subject(params ReadOnlySpan<NodeKind> kinds)
        {
            if (kinds.IsEmpty) kinds = [NodeKind.Person, NodeKind.Country];
            for (var i = first; i < cue.FirstToken; i++)
                if (At(i, kinds) is { } e) return e;
            return null;
        }

        public DocEntity? Nearest(NodeKind kind, int within)
        {
            for (var d = 1; d <= within; d++)
            {
                if (At(cue.FirstToken - d, [kind]) is { } b) return b;
                if (At(cue.LastToken + d, [kind]) is { } a) return a;
            }
            return null;
        }

        public List<DocEntity> Before(NodeKind kind, int within)
        {
            var list = new List<DocEntity>();
            for (var i = Math.Max(first, cue.FirstToken - within); i < cue.FirstToken; i++)
                if (At(i, [kind]) is { } e && !list.Contains(e)) list.Add(e);
            return list;
        }

        public List<DocEntity> After(NodeKind kind, int within)
        {
            var list = new List<DocEntity>();
            for (var i = cue.LastToken + 1; i <= Math.Min(last, cue.LastToken + within); i++)
                if (At(i, [kind]) is { } e && !list.Contains(e)) list.Add(e);
            return list;
        }

        public List<DocEntity> InSentence(NodeKind kind)
        {
            var list = new List<DocEntity>();
            for (var i = first; i <= last; i++)
                if (At(i, [kind]) is { } e && !list.Contains(e)) list.Add(e);
            return list;
        }
    }
}
