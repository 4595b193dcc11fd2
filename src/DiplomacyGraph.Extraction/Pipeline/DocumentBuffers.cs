using DiplomacyGraph.Domain.Documents;
using DiplomacyGraph.Extraction.Matching;

namespace DiplomacyGraph.Extraction.Pipeline;

/// <summary>
/// The collections an <see cref="ExtractionDocument"/> fills, kept per thread and handed back emptied once its
/// document is assembled (all but the words of names, which depend on the name alone): each document used to grow
/// its own (dictionaries rehashed, lists copied as they grew), which was a good part of what extraction allocates.
/// Cleared collections enumerate like new ones, so nothing read from them changes. Buffers grown by a very long text
/// are not kept, so memory stays flat.
/// </summary>
internal sealed class DocumentBuffers
{
    private const int MaxKeptCount = 1 << 12;
    private const int MaxKeptTokens = 1 << 16;

    [ThreadStatic]
    private static DocumentBuffers? t_buffers;

    public List<(int FirstToken, int LastToken)> Sentences { get; } = [];
    public List<Mention> Mentions { get; } = [];
    public List<Mention>[] MentionsByKind { get; } = NewMentionsByKind();
    public Dictionary<string, DocEntity> Entities { get; } = new(StringComparer.Ordinal);
    public List<(int Token, DocEntity Person)> PersonRefs { get; } = [];
    public List<(Mention Title, DocEntity? Person, string? Country)> TitleReadings { get; } = [];
    public HashSet<DocEntity> Spouses { get; } = [];
    public List<DocumentMeeting> Meetings { get; } = [];
    public List<DocumentOffice> Offices { get; } = [];
    public List<DocumentRelation> Relations { get; } = [];
    public Dictionary<string, string[]> NameWords { get; } = new(StringComparer.Ordinal);
    public Dictionary<int, DocEntity> PersonAt { get; } = [];

    // The mention of each token (ExtractionDocument.TokenMention): the largest array a document makes.
    private Mention?[] _tokenMentions = [];
    private int _tokenMentionsUsed;

    /// <summary>An array of nulls with room for <paramref name="count"/> tokens; it may be longer (null past them).</summary>
    public Mention?[] TokenMentions(int count)
    {
        if (_tokenMentions.Length < count) _tokenMentions = new Mention?[Math.Max(count, 2 * _tokenMentions.Length)];
        _tokenMentionsUsed = count;
        return _tokenMentions;
    }

    // The gazetteer's mentions, a dozen or more per sentence: made for one document, given back with the buffers and
    // made new ones (Mention.Reuse) for the thread's next document instead of allocated again. [0, _mentionsUsed)
    // are the current document's.
    private readonly List<Mention> _mentionPool = [];
    private int _mentionsUsed;

    /// <summary>A mention as <c>new Mention { … }</c> would make it, from the thread's earlier documents' when one is free.</summary>
    public Mention NewMention(int firstToken, int lastToken, int start, int end, PatternKind kind, Pattern? pattern, int prefixLength, bool conjoined)
    {
        if (_mentionsUsed < _mentionPool.Count)
        {
            var m = _mentionPool[_mentionsUsed++];
            m.Reuse(firstToken, lastToken, start, end, kind, pattern, prefixLength, conjoined);
            return m;
        }
        var mention = Mention.Create(firstToken, lastToken, start, end, kind, pattern, prefixLength, conjoined);
        _mentionPool.Add(mention);
        _mentionsUsed++;
        return mention;
    }

    /// <summary>One empty list per <see cref="PatternKind"/>.</summary>
    public static List<Mention>[] NewMentionsByKind()
    {
        var lists = new List<Mention>[Enum.GetValues<PatternKind>().Length];
        for (var k = 0; k < lists.Length; k++) lists[k] = [];
        return lists;
    }

    /// <summary>This thread's buffers (empty), or new ones; taken until <see cref="Return"/>.</summary>
    public static DocumentBuffers Rent()
    {
        var buffers = t_buffers ?? new DocumentBuffers();
        t_buffers = null;
        return buffers;
    }

    /// <summary>Hands back buffers nothing refers to any more (the graph holds copies).</summary>
    public static void Return(DocumentBuffers buffers)
    {
        if (buffers.Mentions.Capacity > MaxKeptCount || buffers.Sentences.Capacity > MaxKeptCount || buffers.PersonRefs.Capacity > MaxKeptCount
            || buffers.Entities.EnsureCapacity(0) > MaxKeptCount || buffers.PersonAt.EnsureCapacity(0) > MaxKeptCount)
            return;
        buffers.Sentences.Clear();
        buffers.Mentions.Clear();
        foreach (var ofKind in buffers.MentionsByKind) ofKind.Clear();
        buffers.Entities.Clear();
        buffers.PersonRefs.Clear();
        buffers.TitleReadings.Clear();
        buffers.Spouses.Clear();
        buffers.Meetings.Clear();
        buffers.Offices.Clear();
        buffers.Relations.Clear();
        // The words of a name depend on the name alone: they stay for the thread's next documents, which name the same
        // people again, until there are too many.
        if (buffers.NameWords.Count > MaxKeptCount) buffers.NameWords.Clear();
        buffers.PersonAt.Clear();
        // The document's mentions are free again: nothing refers to them once it is assembled.
        if (buffers._mentionPool.Count > MaxKeptCount) buffers._mentionPool.Clear();
        buffers._mentionsUsed = 0;
        if (buffers._tokenMentions.Length > MaxKeptTokens) buffers._tokenMentions = [];
        else Array.Clear(buffers._tokenMentions, 0, buffers._tokenMentionsUsed);
        t_buffers = buffers;
    }
}
