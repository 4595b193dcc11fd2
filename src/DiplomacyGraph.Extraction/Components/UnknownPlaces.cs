using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Extraction.Dates;
using DiplomacyGraph.Extraction.Matching;
using DiplomacyGraph.Extraction.Pipeline;

namespace DiplomacyGraph.Extraction.Components;

/// <summary>
/// Towns the gazetteer does not know, where the sentence says what they are: "in Luang Prabang, Laos" (a run of
/// capitalised words after "in", then a comma and a country) is a place of that country.
/// </summary>
internal sealed class UnknownPlaces(DateVocabulary vocabulary) : IPipelineComponent
{
    private const int MaxWords = 3;

    public string Name => "unknown-places";
    public DocumentLayer Needs => DocumentLayer.Mentions | DocumentLayer.Sentences;
    public DocumentLayer Adds => DocumentLayer.None;

    public void Process(ExtractionDocument doc, CancellationToken ct)
    {
        if (doc.Lang != "en") return;
        var tokens = doc.Tokens.Tokens;
        for (var i = 0; i + 3 < tokens.Count; i++)
        {
            if (tokens[i].Key != "in" || !NameWord(doc, i + 1)) continue;
            var end = i + 1;
            while (end + 1 < tokens.Count && end - i < MaxWords && NameWord(doc, end + 1)) end++;
            var comma = end + 1;
            if (comma + 1 >= tokens.Count || tokens[comma].Key != ","
                || doc.TokenMention[comma + 1] is not { Kind: PatternKind.Entity, Entity: { Kind: NodeKind.Country, Iso: { } iso } }
                || doc.SentenceOf(i) != doc.SentenceOf(comma + 1)) continue;
            var (start, stop) = (tokens[i + 1].Start, tokens[end].End);
            var place = EntityRegistry.ForUnknownPlace(doc, doc.Text[start..stop]);
            place.Country ??= iso;
            place.Spans.Add((start, stop));
            place.Surfaces.Add(doc.Text[start..stop]);
            doc.AddMention(new Mention { FirstToken = i + 1, LastToken = end, Start = start, End = stop, Kind = PatternKind.Entity, Entity = place });
            i = end;
        }
    }

    // A capitalised word no mention has taken (a name, a title), and no month.
    private bool NameWord(ExtractionDocument doc, int i)
    {
        var t = doc.Tokens.Tokens[i];
        return t.IsWord && doc.TokenMention[i] is null && char.IsUpper(doc.Text[t.Start]) && !char.IsAsciiDigit(t.Key[0]) && !vocabulary.TryMonth(doc.Tokens.Tokens, i, out _, out _);
    }
}
