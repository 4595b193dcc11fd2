using DiplomacyGraph.Extraction.Pipeline;

namespace DiplomacyGraph.Extraction.Components;

/// <summary>
/// A message handed over in person: "سلم وزير الخارجية أيمن الصفدي اليوم رئيس الوزراء الياباني شينزو آبي رسالة من
/// الملك …", "سلم … رسالة خطية من الأمير … إلى الرئيس …", "handed over a message from President X to Y".
/// </summary>
internal sealed partial class MeetingFinder
{
    private const int MessageReach = 14;

    private static readonly HashSet<string> MessageNouns = new(StringComparer.Ordinal)
    {
        "رساله", "رسالتين", "برقيه", "message", "letter", "messages", "letters",
    };

    // The one who handed the message over and the one it was handed to; null unless a message noun follows the verb
    // and both are named. The sender, after من/from, is neither.
    private static List<DocEntity>? Delivered(ExtractionDocument doc, Mention cue, int sentence, List<(int Token, DocEntity Person)> before)
    {
        var (_, last) = doc.Sentences[sentence];
        var tokens = doc.Tokens.Tokens;
        var message = -1;
        for (var i = cue.LastToken + 1; i <= Math.Min(last, cue.LastToken + MessageReach) && message < 0; i++)
            if (MessageNouns.Contains(tokens[i].Key)) message = i;
        if (message < 0) return null;
        var between = doc.PersonRefsBetween(cue.LastToken + 1, message - 1).ToList();
        // Arabic verb first (سلم A … B رسالة): the subject follows the verb; English and fronted subjects precede it.
        var deliverer = before.Count > 0 ? before[^1].Person : doc.Lang == "ar" && between.Count > 0 ? between[0].Person : PreviousPerson(doc, sentence);
        if (deliverer is null) return null;
        var recipient = between.LastOrDefault(b => b.Person != deliverer).Person;
        if (recipient is null)
        {
            // "… رسالة من الملك … إلى الرئيس …", "a message from X to Y".
            for (var i = message + 1; i <= last && recipient is null; i++)
                if (tokens[i].Key is "الي" or "to" or "لفخامه" or "لسمو")
                    recipient = doc.PersonRefsBetween(i, Math.Min(last, i + 6)).FirstOrDefault(r => r.Person != deliverer).Person;
        }
        return recipient is null ? null : [deliverer, recipient];
    }
}
