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
internal sealed partial class RelationLinker : IPipelineComponent
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
                    LinkGreetings(doc, cue, ctx, s, evidence);
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

    // Words that put a speech in the future (folded keys: المقرر، سيلقي).
    private static readonly string[] Planned = ["scheduled", "will", "expected", "due", "المقرر", "سيلقي", "يلقي"];

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
    private sealed partial class Context(ExtractionDocument doc, Mention cue, int first, int last)
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

        /// <summary>Whether one of <paramref name="words"/> stands anywhere in the cue's sentence.</summary>
        public bool HasWord(string[] words) => HasWordFrom(first, words);

        private bool HasWordFrom(int from, string[] words)
        {
            for (var i = from; i <= last; i++)
                if (words.Contains(doc.Tokens.Tokens[i].Key)) return true;
            return false;
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
