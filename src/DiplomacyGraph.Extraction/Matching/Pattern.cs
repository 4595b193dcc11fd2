using DiplomacyGraph.Extraction.Gazetteer;

namespace DiplomacyGraph.Extraction.Matching;

/// <summary>One form the matcher looks for, keyed like the text (<see cref="Key"/>), and what it means.</summary>
/// <param name="Key">The folded key; for Arabic forms with the article, the key without it (<see cref="HasArticle"/>).</param>
/// <param name="Form">The form as written in the data.</param>
/// <param name="Entry">The entity, for Entity and Demonym patterns (a demonym points at its country).</param>
/// <param name="Cue">The rule row, for titles, honorifics and cues.</param>
internal sealed record Pattern(string Key, string Form, string Lang, PatternKind Kind, GazetteerEntry? Entry, CueForm? Cue)
{
    /// <summary>The Arabic form began with the article ال, now stripped: the text must supply it (ال، وال، بال، لل…).</summary>
    public bool HasArticle { get; init; }

    /// <summary>All capitals in the data (UN, US): the text must be written in capitals too.</summary>
    public bool Acronym { get; init; }

    /// <summary>Starts with a capital in the data: the text must too (names, not common words).</summary>
    public bool Capitalised { get; init; }
}
