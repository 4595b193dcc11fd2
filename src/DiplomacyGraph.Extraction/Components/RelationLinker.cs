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
        foreach (var cue in doc.Mentions.Where(m => m.Kind == PatternKind.RelationCue).ToList())
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
                    if (ctx.Nearest(NodeKind.Initiative, 12) is { } ini && (ctx.AfterCue(4, NodeKind.Person, NodeKind.Country) ?? ctx.Subject()) is { } who)
                        Add(doc, type, who, ini, null, evidence);
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
                    var senders = ctx.Senders();
                    if (senders.Count == 0 && (ctx.AfterWord(["from", "من"], 8) ?? ctx.Subject(NodeKind.Person)) is { } s0) senders.Add(s0);
                    var recipient = ctx.AfterWord(["to", "الى", "إلى"], 15) ?? ctx.LamPrefixed(senders);
                    foreach (var sender in senders)
                        if (recipient is not null && sender != recipient) Add(doc, type, sender, recipient, null, evidence);
                    break;
                case RelationshipTypes.Supports:
                    if ((ctx.After(NodeKind.Initiative, 12).FirstOrDefault() ?? ctx.After(NodeKind.Organization, 12).FirstOrDefault()) is { } target
                        && (ctx.AfterCue(2, NodeKind.Country, NodeKind.Person) ?? ctx.Subject()) is { } supporter && supporter != target)
                        Add(doc, type, supporter, target, null, evidence);
                    break;
                case RelationshipTypes.SpokeAt:
                    if (ctx.InSentence(NodeKind.Event).FirstOrDefault() is { } ev && (ctx.AfterCue(5, NodeKind.Person) ?? ctx.Subject(NodeKind.Person)) is { } speaker)
                        Add(doc, type, speaker, ev, null, evidence);
                    break;
            }
        }
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
        private DocEntity? At(int i, NodeKind[] kinds)
        {
            if (i < first || i > last) return null;
            if (doc.TokenMention[i] is { Entity: { } e } m && m.Kind is PatternKind.Entity or PatternKind.Demonym && kinds.Contains(e.Kind)) return e;
            return kinds.Contains(NodeKind.Person) && doc.PersonAt.TryGetValue(i, out var p) ? p : null;
        }

        public DocEntity? AfterCue(int within, params NodeKind[] kinds)
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

        public DocEntity? AfterWord(string[] words, int within)
        {
            for (var i = cue.LastToken + 1; i <= Math.Min(last, cue.LastToken + within); i++)
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
        public List<DocEntity> Senders()
        {
            var list = new List<DocEntity>();
            var i = cue.LastToken + 1;
            for (var skipped = 0; i <= last && skipped < 6; i++, skipped++)
            {
                var m = doc.TokenMention[i];
                if (At(i, [NodeKind.Person]) is { } p && !doc.Tokens.Tokens[i].Key.StartsWith('ل'))
                {
                    list.Add(p);
                    break;
                }
                if (m is { Kind: PatternKind.Honorific or PatternKind.Title or PatternKind.Demonym }) { skipped--; i = m.LastToken; continue; }
            }
            if (list.Count == 0) return list;
            var end = doc.TokenMention[i]?.LastToken ?? i;
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

        public DocEntity? Subject(params NodeKind[] kinds)
        {
            if (kinds.Length == 0) kinds = [NodeKind.Person, NodeKind.Country];
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
