using DiplomacyGraph.Extraction.Pipeline;

namespace DiplomacyGraph.Extraction.Components;

/// <summary>
/// Signatures: two who sign a document together met ("A and B signed", وقّع A و B), unless the story has them sign before
/// others who watched ("in the presence of the two leaders", بحضور الزعيمين, "the leaders witnessed the signing", شهد
/// الجانبان التوقيع): ministers who sign at their leaders' talks take part in that meeting, they hold none of their own.
/// </summary>
internal sealed partial class MeetingFinder
{
    private static bool SignedBeforeWitnesses(ExtractionDocument doc, int sentence)
    {
        var (first, last) = doc.Sentences[sentence];
        if (AttendanceFrom(doc, first, last) <= last || InPresence(doc, first, last)) return true;
        return WitnessedTheSigning(doc, sentence) || sentence > 0 && WitnessedTheSigning(doc, sentence - 1);
    }

    // "في حضور", "in the presence" (AttendanceFrom reads بحضور and "presence of").
    private static bool InPresence(ExtractionDocument doc, int first, int last)
    {
        var tokens = doc.Tokens.Tokens;
        for (var i = first + 1; i <= last; i++)
            if (tokens[i].Key is "حضور" && tokens[i - 1].Key is "في" or "وفي" || tokens[i].Key is "presence" && tokens[i - 1].Key is "the") return true;
        return false;
    }

    // A sentence where someone witnessed a signing: the verb alone is not enough (شهدت العلاقات تطورا, "witnessed growth").
    private static bool WitnessedTheSigning(ExtractionDocument doc, int sentence)
    {
        var (first, last) = doc.Sentences[sentence];
        var tokens = doc.Tokens.Tokens;
        bool witness = false, signing = false;
        for (var i = first; i <= last; i++)
        {
            var k = tokens[i].Key;
            witness |= k is "witnessed" or "witness" or "شهد" or "وشهد" or "شهدا" or "وشهدا" or "يشهد" or "يشهدان" or "شهدت" or "وشهدت";
            signing |= k is "signing" or "توقيع" or "التوقيع" or "بتوقيع";
        }
        return witness && signing;
    }
}
