using DiplomacyGraph.Domain.Documents;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Text;
using DiplomacyGraph.Extraction.Text;

namespace DiplomacyGraph.Extraction.Pipeline;

/// <summary>Writes the pipeline's document as the spec's document graph.</summary>
internal static class GraphAssembler
{
    public static DocumentGraph Assemble(ExtractionDocument doc)
    {
        var info = new DocumentInfo(doc.Article.File, doc.Lang,
            doc.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), doc.DatelinePlace)
        {
            Url = doc.Article.Url,
            Title = doc.Article.Title,
        };
        // By first mention; entities first mentioned at the same offset keep their order (a stable sort).
        var order = new List<(int First, int Index, DocEntity Entity)>(doc.Entities.Count);
        foreach (var e in doc.Entities.Values)
        {
            if (e.Spans.Count == 0) continue;
            var first = int.MaxValue;
            foreach (var (start, _) in e.Spans) first = Math.Min(first, start);
            order.Add((first, order.Count, e));
        }
        order.Sort(static (a, b) => a.First != b.First ? a.First.CompareTo(b.First) : a.Index.CompareTo(b.Index));
        var entities = new List<DocumentEntity>(order.Count);
        var scratch = Scratch.Rent();
        // (Only an English story writes its people's English names.)
        var englishText = doc.Lang == "en" ? doc.Text : null;
        Dictionary<string, string>? renamed = null;
        foreach (var (_, _, e) in order)
        {
            var entity = ToDocument(e, englishText, scratch);
            if (e.NameEn is { } reference && entity.Name.En is { } name && !ReferenceEquals(reference, name)) (renamed ??= new(StringComparer.Ordinal))[reference] = name;
            entities.Add(entity);
        }
        Scratch.Return(scratch);
        return new DocumentGraph(info)
        {
            Entities = entities,
            Meetings = renamed is null ? doc.Meetings.ToList() : doc.Meetings.Select(m => m with { Participants = m.Participants.Select(p => Renamed(p, renamed)).ToList() }).ToList(),
            Offices = renamed is null ? doc.Offices.ToList() : doc.Offices.Select(o => o with { Person = Renamed(o.Person, renamed) }).ToList(),
            Relations = renamed is null ? doc.Relations.ToList() : doc.Relations.Select(r => r with { From = Renamed(r.From, renamed), To = Renamed(r.To, renamed) }).ToList(),
        };
    }

    // Meetings, offices and relations name a person as the entity does: by the name the story writes.
    private static string Renamed(string reference, Dictionary<string, string> renamed) => renamed.GetValueOrDefault(reference, reference);

    private static DocumentEntity ToDocument(DocEntity e, string? text, Scratch scratch)
    {
        var names = scratch.Names;
        names.Clear();
        var keys = scratch.Keys;
        names.Add(NameKeyCache.Of(keys, e.NameEn));
        names.Add(NameKeyCache.Of(keys, e.NameAr));
        var aliases = new List<string>();
        // A surface written again has the same key as before: no need to fold it twice.
        var seen = scratch.Surfaces;
        seen.Clear();
        // (A mention's surface written again is the very string of the one before it, mostly right after it: that one is
        // passed over without a hash.)
        string? previous = null;
        foreach (var s in e.Surfaces)
        {
            if (ReferenceEquals(s, previous)) continue;
            previous = s;
            if (seen.Add(s) && names.Add(NameKeyCache.Of(keys, s))) aliases.Add(s);
        }
        // "Sheikh Mohammed bin Abdulrahman Al-Thani": the honorific is not part of a person's name (annotation
        // guidelines), so the form without it is a surface of the name as well.
        for (var i = -2; i < aliases.Count && e.Kind == NodeKind.Person; i++)
        {
            var n = i switch { -2 => e.NameEn, -1 => e.NameAr, _ => aliases[i] };
            if (n is not null && WithoutHonorific(n, scratch.Bare) is { } bare && names.Add(NameKeyCache.Of(keys, bare))) aliases.Add(bare);
        }
        // "Marcos Jr" and "Marcos Jr.": a generational suffix is written with and without its full stop (the stop is
        // read as punctuation, not as part of the name).
        var count = aliases.Count;
        for (var i = -1; i < count; i++)
        {
            var n = i < 0 ? e.NameEn : aliases[i];
            if (n is not null && EndsOnGenerationalSuffix(n) && names.Add(NameKey.Of(n + ".")))
                aliases.Add(n + ".");
        }
        var nameEn = e.NameEn;
        // (Never the reference name itself: WrittenInFull answers only another.)
        if (text is not null && e.Kind == NodeKind.Person && nameEn is not null && WrittenInFull(e, text, scratch) is { } written)
        {
            aliases.Remove(written);
            aliases.Add(nameEn);
            nameEn = written;
        }
        return new DocumentEntity(KindNames[(int)e.Kind], new DocumentName(nameEn, e.NameAr))
        {
            Id = e.Id,
            Iso = e.Kind == NodeKind.Country ? e.Iso : null,
            Country = e.Kind == NodeKind.Place ? e.Country : null,
            MachineTransliterated = e.MachineTransliterated,
            Aliases = aliases,
            Mentions = Mentions(e.Spans, scratch),
        };
    }

    // An English story's name for a person is the name as it writes it in full ("Bisher Al Khasawneh", "Teodoro Locsin
    // Jr."), as an Arabic story's is its first full Arabic form (annotation guidelines); the reference name it matched
    // (Bisher Khasawneh) stays an alias. Null when the story writes the reference name itself or no name of two words.
    private static string? WrittenInFull(DocEntity e, string text, Scratch scratch)
    {
        var keys = scratch.Keys;
        var reference = NameKeyCache.Of(keys, e.NameEn!);
        string? longest = null;
        var referenceWritten = false;
        foreach (var (start, end) in e.Spans)
        {
            var span = text.AsSpan(start, end - start);
            if (span.IndexOf(' ') < 0) continue;
            // The full stop after a generational suffix ("Jr.") is read as punctuation, not as part of the name.
            var suffixStop = EndsOnGenerationalSuffix(span) && end < text.Length && text[end] == '.';
            Consider(text[start..(suffixStop ? end + 1 : end)]);
        }
        // (A lineage read on past the known name, "Sayyid Badr bin Saud bin Harib Al Busaidi", is a surface of its own.)
        // (Not one that ends on a generational suffix: its span above told whether the stop follows.)
        foreach (var surface in e.Surfaces)
            if (!EndsOnGenerationalSuffix(surface)) Consider(surface);
        return referenceWritten ? null : longest;

        void Consider(string written)
        {
            var name = WithoutHonorific(written, scratch.Bare) ?? written;
            if (NameKeyCache.Of(keys, name) == reference) referenceWritten = true;
            else if (name.Contains(' ', StringComparison.Ordinal) && (longest is null || name.Length > longest.Length)) longest = name;
        }
    }

    // "Marcos Jr", "Teodoro Locsin Jr": a name that ends on a generational suffix, written with or without its full stop.
    private static bool EndsOnGenerationalSuffix(ReadOnlySpan<char> name) =>
        name.EndsWith(" Jr", StringComparison.Ordinal) || name.EndsWith(" Sr", StringComparison.Ordinal);

    // The name after an honorific that opens it ("Sheikh", "الشيخ", "Prince", "الأمير"), or null. Remembered per name in
    // `cache` (the thread's): a person's names come back story after story, and each answer cut and folded a word.
    private static string? WithoutHonorific(string name, Dictionary<string, string?> cache)
    {
        if (cache.TryGetValue(name, out var known)) return known;
        var space = name.IndexOf(' ');
        var bare = space > 0 && space < name.Length - 1 && PersonalHonorifics.Contains(NameKey.Of(name[..space])) ? name[(space + 1)..] : null;
        if (cache.Count >= Scratch.MaxBareNames) cache.Clear();
        cache[name] = bare;
        return bare;
    }

    // Each kind's name (NodeKind.ToString()), indexed by the kind: ToString boxed the kind for every entity.
    private static readonly string[] KindNames = NamesByValue();

    private static string[] NamesByValue()
    {
        var kinds = Enum.GetValues<NodeKind>();
        var names = new string[kinds.Max(k => (int)k) + 1];
        foreach (var k in kinds) names[(int)k] = k.ToString();
        return names;
    }

    // Each span once, by start; spans with the same start keep the order they were found in (a stable sort).
    private static List<Span> Mentions(List<(int Start, int End)> spans, Scratch scratch)
    {
        var seen = scratch.Spans;
        seen.Clear();
        var distinct = scratch.Distinct;
        distinct.Clear();
        foreach (var s in spans)
            if (seen.Add(s)) distinct.Add((s.Start, distinct.Count, s.End));
        distinct.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Index.CompareTo(b.Index));
        var result = new List<Span>(distinct.Count);
        foreach (var (start, _, end) in distinct) result.Add(new Span(start, end));
        return result;
    }

    // Working sets for one document's entities, cleared for each: not one set of them per entity. Kept per thread for
    // its next documents (not after a very long one, so memory stays flat).
    private sealed class Scratch
    {
        private const int MaxKeptCount = 1 << 12;

        [ThreadStatic]
        private static Scratch? t_scratch;

        public static Scratch Rent()
        {
            var scratch = t_scratch ?? new Scratch();
            t_scratch = null;
            return scratch;
        }

        public static void Return(Scratch scratch)
        {
            if (scratch.Distinct.Capacity > MaxKeptCount || scratch.Spans.EnsureCapacity(0) > MaxKeptCount
                || scratch.Surfaces.EnsureCapacity(0) > MaxKeptCount || scratch.Names.EnsureCapacity(0) > MaxKeptCount)
                return;
            t_scratch = scratch;
        }

        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Surfaces { get; } = new(StringComparer.Ordinal);
        public HashSet<(int, int)> Spans { get; } = [];
        public List<(int Start, int Index, int End)> Distinct { get; } = [];
        public Dictionary<string, string> Keys { get; } = NameKeyCache.ForThisThread();

        /// <summary>Each name read lately, with what <see cref="WithoutHonorific"/> made of it (bounded: when full it starts again empty).</summary>
        public Dictionary<string, string?> Bare { get; } = new(StringComparer.Ordinal);

        public const int MaxBareNames = 1 << 12;
    }
}
