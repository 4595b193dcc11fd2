using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Text;
using DiplomacyGraph.Extraction.Gazetteer;
using DiplomacyGraph.Extraction.Matching;
using DiplomacyGraph.Extraction.Pipeline;

namespace DiplomacyGraph.Extraction.Components;

/// <summary>
/// Forms whose reading depends on the story's country, read once the dateline gives it: a country written like
/// another country's city (عمان: Oman, and Amman) is the city in a story from that city's country (Petra: "بالعاصمة
/// الأردنية عمان"), unless the story names the other country in full (سلطنة عمان) or by its demonym; and "المملكة" (the
/// Kingdom, read as Saudi Arabia) is the story's own kingdom in a story filed from another kingdom (Jordan, Morocco,
/// Bahrain), where Saudi Arabia is not named in full.
/// </summary>
internal sealed class StoryCountryForms(IReadOnlyDictionary<string, GazetteerEntry> cities, IReadOnlyDictionary<string, GazetteerEntry> countries) : IPipelineComponent
{
    // Kingdoms whose own agencies write "المملكة" for their country.
    private static readonly HashSet<string> OtherKingdoms = new(StringComparer.Ordinal) { "JO", "MA", "BH" };

    public string Name => "story-country-forms";
    public DocumentLayer Needs => DocumentLayer.Dateline;
    public DocumentLayer Adds => DocumentLayer.None;

    public void Process(ExtractionDocument doc, CancellationToken ct)
    {
        CityStateVenues(doc);
        if (doc.DatelineCountry is not { } home) return;
        foreach (var m in doc.MentionsOf(PatternKind.Entity).Where(m => m.Entity is { Kind: NodeKind.Country }).ToList())
        {
            ct.ThrowIfCancellationRequested();
            var country = m.Entity!;
            if (cities.TryGetValue(NameKey.Of(doc.Text[m.Start..m.End]), out var city) && city.Country == home && city.Country != country.Iso
                && !NamedOtherwise(doc, country, m))
                Replace(doc, m, city);
            else if (m.Pattern?.Cue is not null && country.Iso == "SA" && home != "SA" && OtherKingdoms.Contains(home) && !NamedOtherwise(doc, country, m)
                     && countries.TryGetValue(home, out var kingdom))
                Replace(doc, m, kingdom);
        }
    }

    // "held separate meetings … on the sidelines of the conference in Djibouti": where a meeting is told, a country
    // written like its own capital after "in" is the city, once the story names the country elsewhere too (so the
    // country stays in the story). English only: Arabic الجزائر or الكويت after في reads as either as often.
    private void CityStateVenues(ExtractionDocument doc)
    {
        if (doc.Lang != "en") return;
        var tokens = doc.Tokens.Tokens;
        foreach (var m in doc.MentionsOf(PatternKind.Entity).Where(m => m.Entity is { Kind: NodeKind.Country }).ToList())
        {
            if (!cities.TryGetValue(NameKey.Of(doc.Text[m.Start..m.End]), out var city) || city.Country != m.Entity!.Iso) continue;
            if (m.FirstToken == 0 || tokens[m.FirstToken - 1].Key != "in" || m.FirstToken == doc.DatelinePlaceToken || !doc.Mentions.Any(o => o != m && o.Entity == m.Entity)) continue;
            var s = doc.SentenceOf(m.FirstToken);
            if (s < 0 || !Enumerable.Range(doc.Sentences[s].FirstToken, doc.Sentences[s].LastToken - doc.Sentences[s].FirstToken + 1)
                    .Any(i => doc.TokenMention[i]?.Kind == PatternKind.MeetingCue)) continue;
            Replace(doc, m, city);
        }
    }

    // The country named by another form than this one's (سلطنة عمان، العماني، المملكة العربية السعودية).
    private static bool NamedOtherwise(ExtractionDocument doc, DocEntity country, Mention form)
    {
        var surface = NameKey.Of(doc.Text[form.Start..form.End]);
        foreach (var m in doc.Mentions)
            if (m != form && m.Entity == country && m.Pattern?.Cue is null && NameKey.Of(doc.Text[m.Start..m.End]) != surface) return true;
        return false;
    }

    private static void Replace(ExtractionDocument doc, Mention m, GazetteerEntry entry) => doc.Reassign(m, EntityRegistry.ForEntry(doc, entry));
}
