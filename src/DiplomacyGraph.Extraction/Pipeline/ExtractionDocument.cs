using DiplomacyGraph.Domain.Articles;
using DiplomacyGraph.Domain.Documents;
using DiplomacyGraph.Extraction.Matching;
using DiplomacyGraph.Extraction.Text;

namespace DiplomacyGraph.Extraction.Pipeline;

/// <summary>
/// The one object every component reads and extends (spaCy's Doc): the original text, its language and match
/// keys, sentences, mentions, entities, meetings, offices and relations. Offsets point into <see cref="Text"/>.
/// </summary>
internal sealed class ExtractionDocument(Article article, DocumentBuffers? buffers = null)
{
    public Article Article { get; } = article;
    public string Text { get; } = article.Body ?? string.Empty;
    public string Lang { get; set; } = article.Lang ?? "en";
    public TokenizedText Tokens { get; set; } = new([]);

    /// <summary>A list for the normaliser to fill with tokens (the caller's to take back when done), or null for a new one.</summary>
    public List<Token>? TokenBuffer { get; init; }
    public List<(int FirstToken, int LastToken)> Sentences { get; } = buffers?.Sentences ?? [];
    private readonly List<Mention> _mentions = buffers?.Mentions ?? [];

    // The mentions of each kind, in the order of Mentions: the readers of one kind (cues, titles, honorifics) need
    // not filter every mention of the document, once per rule.
    private readonly List<Mention>[] _mentionsByKind = buffers?.MentionsByKind ?? DocumentBuffers.NewMentionsByKind();

    /// <summary>The mentions in the order they were added (changed only through AddMention, RemoveMention and ReplaceMention).</summary>
    public IReadOnlyList<Mention> Mentions => _mentions;

    /// <summary>The mentions of one kind, in the order of <see cref="Mentions"/> (a live view: copy it to change mentions while reading).</summary>
    public IReadOnlyList<Mention> MentionsOf(PatternKind kind) => _mentionsByKind[(int)kind];

    /// <summary>Mention covering each token, or null (the array may run past the last token, with nulls).</summary>
    public Mention?[] TokenMention { get; set; } = [];

    private readonly DocumentBuffers? _buffers = buffers;

    /// <summary>An array of nulls for <see cref="TokenMention"/> with room for <paramref name="count"/> tokens (the thread's kept one when the document has buffers).</summary>
    public Mention?[] NewTokenMentions(int count) => _buffers?.TokenMentions(count) ?? new Mention?[count];

    /// <summary>A new mention (<c>new Mention { … }</c>), from the thread's kept ones when the document has buffers.</summary>
    public Mention NewMention(int firstToken, int lastToken, int start, int end, PatternKind kind, Pattern? pattern, int prefixLength, bool conjoined) =>
        _buffers?.NewMention(firstToken, lastToken, start, end, kind, pattern, prefixLength, conjoined) ?? Mention.Create(firstToken, lastToken, start, end, kind, pattern, prefixLength, conjoined);

    public DateOnly? Date { get; set; }
    public string? DatelinePlace { get; set; }

    /// <summary>First token of the dateline's place (-1 when none): it names where the story was filed, not a venue.</summary>
    public int DatelinePlaceToken { get; set; } = -1;

    /// <summary>Last token of the dateline's date (-1 when none): later dates in its sentence are the story's own.</summary>
    public int DatelineEnd { get; set; } = -1;
    public Dictionary<string, DocEntity> Entities { get; } = buffers?.Entities ?? new(StringComparer.Ordinal);

    /// <summary>Persons referred to at a token (a name, or a title standing for a known holder), in text order.</summary>
    public List<(int Token, DocEntity Person)> PersonRefs { get; } = buffers?.PersonRefs ?? [];

    /// <summary>Titles read with their person (null when bare) and country.</summary>
    public List<(Mention Title, DocEntity? Person, string? Country)> TitleReadings { get; } = buffers?.TitleReadings ?? [];
    /// <summary>Persons the story names as someone's spouse ("his wife Emine Erdogan", عقيلته): attendees of that someone's meetings.</summary>
    public HashSet<DocEntity> Spouses { get; } = buffers?.Spouses ?? [];
    public List<DocumentMeeting> Meetings { get; } = buffers?.Meetings ?? [];
    public List<DocumentOffice> Offices { get; } = buffers?.Offices ?? [];
    public List<DocumentRelation> Relations { get; } = buffers?.Relations ?? [];

    /// <summary>Folded words of the names compared while reading persons, computed once per name (and kept for the thread's next documents, see <see cref="DocumentBuffers"/>).</summary>
    public Dictionary<string, string[]> NameWords { get; } = buffers?.NameWords ?? new(StringComparer.Ordinal);

    /// <summary>The person referred to at each token that starts a reference (filled with <see cref="PersonRefs"/>).</summary>
    public Dictionary<int, DocEntity> PersonAt { get; } = buffers?.PersonAt ?? [];

    /// <summary>
    /// Person references with from &lt;= token &lt;= to, in text order: a view of <see cref="PersonRefs"/> (filled
    /// once, by coreference, before anyone asks), or an empty array when there are none (most windows the rules read).
    /// </summary>
    public IEnumerable<(int Token, DocEntity Person)> PersonRefsBetween(int from, int to)
    {
        var (start, end) = PersonRefIndexes(from, to);
        return end == start ? [] : new PersonRefRange(PersonRefs, start, end - start);
    }

    /// <summary>The indexes [Start, End) in <see cref="PersonRefs"/> of the references with from &lt;= token &lt;= to (a binary search).</summary>
    public (int Start, int End) PersonRefIndexes(int from, int to)
    {
        int lo = 0, hi = PersonRefs.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (PersonRefs[mid].Token < from) lo = mid + 1;
            else hi = mid;
        }
        var end = lo;
        while (end < PersonRefs.Count && PersonRefs[end].Token <= to) end++;
        return (lo, end);
    }

    public int SentenceOf(int token)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (Sentences[mid].LastToken < token) lo = mid + 1;
            else if (Sentences[mid].FirstToken > token) hi = mid - 1;
            else return mid;
        }
        return -1;
    }

    public Span SpanOf(int firstToken, int lastToken) =>
        new(Tokens.Tokens[firstToken].Start, Tokens.Tokens[lastToken].End);

    public void AddMention(Mention m)
    {
        _mentions.Add(m);
        _mentionsByKind[(int)m.Kind].Add(m);
        for (var t = m.FirstToken; t <= m.LastToken; t++) TokenMention[t] = m;
    }

    /// <summary>Takes a mention back (a later rule reads its words differently), with the span and surface it gave its entity.</summary>
    public void RemoveMention(Mention m)
    {
        _mentions.Remove(m);
        _mentionsByKind[(int)m.Kind].Remove(m);
        for (var t = m.FirstToken; t <= m.LastToken; t++)
            if (TokenMention[t] == m) TokenMention[t] = null;
        if (m.Entity is not { } e) return;
        e.Spans.Remove((m.Start, m.End));
        // (The first equal surface, as List.Remove would take it, found without a substring to compare.)
        var surface = Text.AsSpan(m.Start, m.End - m.Start);
        for (var i = 0; i < e.Surfaces.Count; i++)
        {
            if (!surface.SequenceEqual(e.Surfaces[i])) continue;
            e.Surfaces.RemoveAt(i);
            break;
        }
    }

    /// <summary>Puts <paramref name="longer"/> (the same kind of match over more tokens) in the place of the mention at <paramref name="index"/>.</summary>
    public void ReplaceMention(int index, Mention longer)
    {
        var old = _mentions[index];
        _mentions[index] = longer;
        var ofKind = _mentionsByKind[(int)old.Kind];
        ofKind[ofKind.IndexOf(old)] = longer;
        for (var t = longer.FirstToken; t <= longer.LastToken; t++) TokenMention[t] = longer;
    }

    /// <summary>Reads a mention's words as another entity (a homograph's other reading, another person of a family name).</summary>
    public Mention Reassign(Mention m, DocEntity entity)
    {
        RemoveMention(m);
        var again = new Mention
        {
            FirstToken = m.FirstToken,
            LastToken = m.LastToken,
            Start = m.Start,
            End = m.End,
            Kind = PatternKind.Entity,
            Entity = entity,
            PrefixLength = m.PrefixLength,
            Conjoined = m.Conjoined,
        };
        entity.Spans.Add((again.Start, again.End));
        entity.AddSurface(Text, again.Start, again.End);
        AddMention(again);
        return again;
    }

    /// <summary>The country of the dateline's city (null where the dateline names none, or only a country).</summary>
    public string? DatelineCountry =>
        DatelinePlaceToken >= 0 && TokenMention[DatelinePlaceToken]?.Entity is { Kind: Domain.Graph.NodeKind.Place, Country: { } home } ? home : null;

    /// <summary>The person of the document whose reference (as meetings and offices write it) this is, or null.</summary>
    public DocEntity? PersonByReference(string reference)
    {
        // A loop, not FirstOrDefault with a lambda: the rules ask this for every participant they read.
        foreach (var e in Entities.Values)
            if (e.Kind == Domain.Graph.NodeKind.Person && e.Reference == reference) return e;
        return null;
    }

    /// <summary>
    /// The last letter of a token as written, before folding: ه (a pronoun: سموه، تحياته) and ة (حضرة) fold alike.
    /// </summary>
    public char LastLetterAsWritten(int token) => Text[Tokens.Tokens[token].End - 1];

    public bool IsKind(int token, PatternKind kind) =>
        token >= 0 && token < TokenMention.Length && TokenMention[token]?.Kind == kind;
}
