using DiplomacyGraph.Extraction.Matching;
using DiplomacyGraph.Extraction.Pipeline;

namespace DiplomacyGraph.Extraction.Components;

/// <summary>
/// The form of address an honorific belongs to (جلالة/His Majesty, سمو/His Highness, فخامة, معالي/His Excellency,
/// سماحة): one person is addressed in one form, so a second form in a chain starts another person.
/// </summary>
internal static class HonorificClasses
{
    /// <summary>
    /// An Arabic honorific with its pronoun glued on (سموه، جلالته، لفخامته): it stands for a person by itself, with no
    /// name or title after it.
    /// </summary>
    public static bool IsPronoun(ExtractionDocument doc, Mention? m) =>
        doc.Lang == "ar" && m is { Kind: PatternKind.Honorific } && doc.LastLetterAsWritten(m.LastToken) == 'ه';

    public static string? Of(string? key) => key switch
    {
        null => null,
        _ when key.Contains("جلال", StringComparison.Ordinal) || key.Contains("majesty", StringComparison.Ordinal) => "majesty",
        _ when key.Contains("سمو", StringComparison.Ordinal) || key.Contains("highness", StringComparison.Ordinal) => "highness",
        _ when key.Contains("فخام", StringComparison.Ordinal) || key.Contains("سياد", StringComparison.Ordinal) => "excellency-head",
        // سعادة (ministers of state, ambassadors in the Gulf agencies) is a form of its own beside معالي.
        _ when key.Contains("سعاد", StringComparison.Ordinal) => "excellency-saada",
        _ when key.Contains("معالي", StringComparison.Ordinal) || key.Contains("excellency", StringComparison.Ordinal) => "excellency",
        _ when key.Contains("سماح", StringComparison.Ordinal) || key.Contains("eminence", StringComparison.Ordinal) => "eminence",
        _ => null,
    };
}
