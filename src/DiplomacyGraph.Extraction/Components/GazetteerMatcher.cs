using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Extraction.Matching;
using DiplomacyGraph.Extraction.Pipeline;

namespace DiplomacyGraph.Extraction.Components;

/// <summary>Finds gazetteer names, demonyms, titles, honorifics and cue phrases; adds the known entities they name.</summary>
internal sealed class GazetteerMatcher(PatternMatcher matcher) : IPipelineComponent
{
    public string Name => "gazetteer";
    public DocumentLayer Needs => DocumentLayer.Tokens;
    public DocumentLayer Adds => DocumentLayer.Mentions;

    public void Process(ExtractionDocument doc, CancellationToken ct)
    {
        var tokens = doc.Tokens.Tokens;
        foreach (var m in matcher.Match(doc.Tokens, doc.Text))
        {
            var mention = new Mention
            {
                FirstToken = m.FirstToken,
                LastToken = m.LastToken,
                Kind = m.Pattern.Kind,
                Pattern = m.Pattern,
                Start = tokens[m.FirstToken].Start,
                End = tokens[m.LastToken].End,
                PrefixLength = m.PrefixLength,
                Conjoined = m.PrefixLength > 0 && tokens[m.FirstToken].Key[0] == '\u0648',
            };
            if (m.Pattern.Entry is { } entry)
            {
                mention.Entity = EntityRegistry.ForEntry(doc, entry);
                if (entry.Kind != NodeKind.Place || !LandmarkNames.Contains(doc, mention))
                {
                    mention.Entity.Spans.Add((mention.Start, mention.End));
                    mention.Entity.Surfaces.Add(doc.Text[mention.Start..mention.End]);
                }
            }
            doc.AddMention(mention);
        }
    }
}
