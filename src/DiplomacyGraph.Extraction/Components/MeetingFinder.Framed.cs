using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Extraction.Matching;
using DiplomacyGraph.Extraction.Pipeline;

namespace DiplomacyGraph.Extraction.Components;

/// <summary>
/// "واختتم وزير الخارجية زيارته إلى كوبا بلقاء الرئيس الكوبي راؤول كاسترو", "واستهل الرئيس جولته بلقاء …": a visit
/// (or day, tour) opened or closed with a meeting — the noun glued to ب, its object right after it, the verb's subject
/// the one who met.
/// </summary>
internal sealed partial class MeetingFinder
{
    // Folded verbs that open or close a visit with something: اختتم، استهل، بدأ، توج، ختم (with و).
    private static readonly HashSet<string> FramingVerbs = new(StringComparer.Ordinal)
    {
        "اختتم", "واختتم", "استهل", "واستهل", "بدا", "وبدا", "توج", "وتوج", "ختم", "وختم",
    };

    private static List<DocEntity>? FramedByAVisit(ExtractionDocument doc, Mention cue, int first, int last, List<(int Token, DocEntity Person)> before)
    {
        var tokens = doc.Tokens.Tokens;
        if (doc.Lang != "ar" || before.Count == 0 || cue is not { PrefixLength: > 0 } || tokens[cue.FirstToken].Key[0] != 'ب') return null;
        var verb = -1;
        for (var i = first; i < before[0].Token && verb < 0; i++)
            if (FramingVerbs.Contains(tokens[i].Key)) verb = i;
        if (verb < 0) return null;
        // The object: the first person within a title phrase's reach after the noun.
        var objectRef = doc.PersonRefsBetween(cue.LastToken + 1, Math.Min(last, cue.LastToken + HostObjectDistance)).FirstOrDefault(r => r.Person != before[0].Person);
        return objectRef.Person is null ? null : [before[0].Person, objectRef.Person];
    }
}
