namespace DiplomacyGraph.Extraction.Gazetteer;

/// <summary>A surface form from the rule data, with what it stands for (a title, a relation type, a month number…).</summary>
/// <param name="Value">The canonical value: title name, relation type, ISO code, or a number as text.</param>
/// <param name="Extra">A second value where the rule needs one (the PARTNER_OF kind).</param>
public sealed record CueForm(string Lang, string Form, string Value, string? Extra = null);
