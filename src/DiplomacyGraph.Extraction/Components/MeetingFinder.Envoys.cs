using DiplomacyGraph.Extraction.Matching;
using DiplomacyGraph.Extraction.Pipeline;

namespace DiplomacyGraph.Extraction.Components;

/// <summary>
/// Envoys' meetings: a message handed over in person ("سلم وزير الخارجية أيمن الصفدي اليوم رئيس الوزراء الياباني شينزو
/// آبي رسالة من الملك …", "handed over a message from President X to Y"), and credentials presented or received.
/// </summary>
internal sealed partial class MeetingFinder
{
    private const int MessageReach = 20;

    private static readonly HashSet<string> MessageNouns = new(StringComparer.Ordinal)
    {
        "رساله", "رسالتين", "برقيه", "message", "letter", "messages", "letters",
    };

    // The one who handed the message over and the one it was handed to; null unless a message noun follows the verb
    // and both are named. The sender, after من/from, is neither.
    private static List<DocEntity>? Delivered(ExtractionDocument doc, Mention cue, int sentence, List<(int Token, DocEntity Person)> before)
    {
        var (first, last) = doc.Sentences[sentence];
        var tokens = doc.Tokens.Tokens;
        if (GuestWhoHandedOver(doc, cue, first)) return null;
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
        // "… رسالة … إلى خادم الحرمين الشريفين الملك سلمان …، تسلمها وزير الدولة … عادل الجبير", "… to King Salman, which
        // was received by …": the one who took it for the addressee met the envoy.
        for (var i = message + 1; i < last && recipient is not null; i++)
            if (TookTheMessage(tokens, i) && doc.PersonRefsBetween(i + 1, Math.Min(last, i + MessageReach)).FirstOrDefault(r => r.Person != deliverer) is { Person: { } taker })
            {
                recipient = taker;
                break;
            }
        // "… إلى رئيس الوزراء الياباني فوميو كيشيدا. وتسلم الرسالة كبير أمناء مجلس الوزراء، هيروكازو ماتسونو": the
        // sentence after may say who took it.
        if (recipient is not null && TakerNext(doc, sentence, deliverer) is { } next) recipient = next;
        return recipient is null ? null : [deliverer, recipient];
    }

    private static DocEntity? TakerNext(ExtractionDocument doc, int sentence, DocEntity deliverer)
    {
        if (sentence + 1 >= doc.Sentences.Count) return null;
        var (first, last) = doc.Sentences[sentence + 1];
        var tokens = doc.Tokens.Tokens;
        if (first + 1 > last || tokens[first].Key is not ("وتسلم" or "تسلم" or "واستلم" or "استلم") || !(MessageNouns.Contains(tokens[first + 1].Key) || ArabicClitics.TryStripArticle(tokens[first + 1].Key, out var noun) && MessageNouns.Contains(noun))) return null;
        return doc.PersonRefsBetween(first + 2, Math.Min(last, first + MessageReach)).FirstOrDefault(r => r.Person != deliverer).Person;
    }

    private static bool TookTheMessage(List<Text.Token> tokens, int i) =>
        tokens[i].Key is "تسلمها" or "وتسلمها" or "تسلمه" or "وتسلمه" or "استلمها" or "واستلمها" or "استلمه" or "واستلمه"
        || tokens[i].Key is "by" && i > 0 && tokens[i - 1].Key is "received" or "accepted";

    // "X received A, who handed over a letter from B to C", "استقبل X A الذي سلمه رسالة من B إلى C": the guest handed the
    // letter to the host who received him, to pass on; the reception is the meeting, C was not there.
    private static bool GuestWhoHandedOver(ExtractionDocument doc, Mention cue, int first)
    {
        var tokens = doc.Tokens.Tokens;
        return cue.FirstToken - 1 > first && tokens[cue.FirstToken - 1].Key is "who" or "الذي" or "التي" or "والذي"
            && FirstCueBefore(doc, first, cue.FirstToken - 1) is not null;
    }

    private const int CredentialsReach = 24;

    // "US Ambassador Eric Garcetti and Qatar's Ambassador A presented their credentials to President Droupadi Murmu",
    // "قدم السفير X أوراق اعتماده إلى الرئيس Y": each envoy named before the cue met the one it names after "to".
    private static List<List<DocEntity>>? Presented(ExtractionDocument doc, Mention cue, int sentence, List<(int Token, DocEntity Person)> before)
    {
        var (_, last) = doc.Sentences[sentence];
        // "تسلم الرئيس تينوبو أوراق اعتماد كل من السيد A سفيرا …، والسيدة B …", "received the credentials of A and B":
        // the subject received, each envoy after the cue presented.
        if (cue.Pattern?.Form is "أوراق اعتماد" or "credentials of")
        {
            if ((before.Count > 0 ? before[^1].Person : PreviousPerson(doc, sentence)) is not { } head) return null;
            var received = Coordinated(doc, doc.PersonRefsBetween(cue.LastToken + 1, last).ToList(), 0, head, eachOf: true);
            return received.Count == 0 ? null : received.Select(e => new List<DocEntity> { head, e }).ToList();
        }
        var receiver = NamedAfter(doc, cue.LastToken + 1, last).FirstOrDefault().Person;
        // "قدم … أوراق اعتماده سفيرا فوق العادة ومفوضا لدولة … لدى جمهورية …، إلى فخامة الرئيس …": the receiver after إلى.
        for (var k = cue.LastToken + 1; receiver is null && k <= Math.Min(last, cue.LastToken + CredentialsReach); k++)
            if (doc.Tokens.Tokens[k].Key is "الي" or "to") receiver = NamedAfter(doc, k + 1, last).FirstOrDefault().Person;
        // "… presented their letters of credence to the President": the one the story's last envoy presented to.
        if (receiver is null && doc.Meetings.Count > 0 && doc.Meetings[^1].Participants.Count == 2) receiver = doc.PersonByReference(doc.Meetings[^1].Participants[1]);
        if (receiver is null || before.Count == 0) return null;
        // "على أن يقدم أوراق اعتماده إلى الرئيس … في موعد لاحق": the imperfect tells of a presentation still to come.
        if (doc.Lang == "ar" && cue.FirstToken > 0 && doc.Tokens.Tokens[cue.FirstToken - 1].Key is "يقدم" or "تقدم" or "سيقدم" or "ستقدم") return null;
        var envoys = new List<DocEntity> { before[^1].Person };
        for (var k = before.Count - 2; k >= 0 && JoinedBy(doc, EndOf(doc, before[k].Token), before[k + 1].Token); k--)
            if (!envoys.Contains(before[k].Person)) envoys.Insert(0, before[k].Person);
        var pairs = envoys.Where(e => e != receiver).Select(e => new List<DocEntity> { e, receiver }).ToList();
        return pairs.Count > 0 ? pairs : null;
    }
}
