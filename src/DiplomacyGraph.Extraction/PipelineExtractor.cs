using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Articles;
using DiplomacyGraph.Domain.Documents;
using DiplomacyGraph.Domain.Extraction;
using DiplomacyGraph.Extraction.Components;
using DiplomacyGraph.Extraction.Dates;
using DiplomacyGraph.Extraction.Matching;
using DiplomacyGraph.Extraction.Pipeline;
using DiplomacyGraph.Extraction.Text;

namespace DiplomacyGraph.Extraction;

/// <summary>
/// The extraction pipeline behind <see cref="IDocumentExtractor"/>: normaliser → sentences → gazetteer →
/// dateline → unknown places → unknown events → story country forms → persons → titles → coreference → meetings → relations. Built once from a gazetteer; thread-safe.
/// </summary>
public sealed class PipelineExtractor : IDocumentExtractor
{
    private readonly ExtractionPipeline _pipeline;

    public PipelineExtractor(Gazetteer.Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        var matcher = new PatternMatcher(PatternFactory.From(gazetteer));
        var vocabulary = new DateVocabulary(gazetteer);
        var dates = new DateExpressions(vocabulary);
        var stop = gazetteer.ArabicNameStopwords;
        var titleWords = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var t in gazetteer.Titles)
        {
            var key = Tokenizer.Tokenize(t.Form).Key;
            if (!key.Contains(' ', StringComparison.Ordinal)) titleWords.TryAdd(key, t.Value);
        }
        PatternCount = matcher.PatternCount;
        var cities = Gazetteer.DatelineCities.From(gazetteer);
        var known = new PhoneticIndex(gazetteer);
        _pipeline = new ExtractionPipeline(
        [
            new Normaliser(),
            new SentenceSplitter(),
            new GazetteerMatcher(matcher),
            new DatelineReader(dates, cities, new PlaceSkeletonIndex(gazetteer)),
            new UnknownPlaces(vocabulary, stop, known),
            new UnknownEvents(),
            new StoryCountryForms(cities, gazetteer.Entries.Where(e => e.Kind == NodeKind.Country && e.Iso is not null).ToDictionary(e => e.Iso!, StringComparer.Ordinal)),
            new PersonFinder(stop, GivenNamesAmong(stop, gazetteer), known, vocabulary),
            new TitleReader(titleWords),
            new CoreferenceResolver(gazetteer, stop),
            new MeetingFinder(dates),
            new RelationLinker(),
        ]);
    }

    // Common words that are also the given names of known people (صباح: "morning" and Sheikh Sabah): after الشيخ or
    // الأمير they are read as names.
    private static HashSet<string> GivenNamesAmong(HashSet<string> stopwords, Gazetteer.Gazetteer gazetteer) =>
        gazetteer.Entries.Where(e => e.Kind == NodeKind.Person)
            .SelectMany(e => e.AliasesAr.Append(e.NameAr))
            .Select(n => string.IsNullOrWhiteSpace(n) ? string.Empty : Tokenizer.Tokenize(n).Key.Split(' ')[0])
            .Where(stopwords.Contains)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Loads the gazetteer from <paramref name="directory"/> and builds the pipeline.</summary>
    public static PipelineExtractor FromDirectory(string directory) => new(Gazetteer.Gazetteer.Load(directory));

    /// <summary>How many surface forms the matcher knows.</summary>
    public int PatternCount { get; }

    /// <summary>The component names, in the order they run.</summary>
    public IReadOnlyList<string> Components => _pipeline.ComponentNames;

    public DocumentGraph Extract(Article article, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        var tokens = TokenListPool.Rent();
        var buffers = DocumentBuffers.Rent();
        var doc = new ExtractionDocument(article, buffers) { TokenBuffer = tokens };
        _pipeline.Run(doc, ct);
        var graph = GraphAssembler.Assemble(doc);
        // The graph holds strings, spans and copies of the document's lists only: nothing refers to the tokens or
        // the buffers any more. (On an exception they are simply dropped.)
        TokenListPool.Return(tokens);
        DocumentBuffers.Return(buffers);
        return graph;
    }
}
