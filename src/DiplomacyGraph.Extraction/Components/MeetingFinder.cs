using System.Globalization;
using DiplomacyGraph.Domain.Documents;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Extraction.Dates;
using DiplomacyGraph.Extraction.Matching;
using DiplomacyGraph.Extraction.Pipeline;

namespace DiplomacyGraph.Extraction.Components;

/// <summary>
/// Finds meetings reported as having happened: a meeting verb or frame (التقى، استقبل، أجرى محادثات، بحث مع /
/// met, held talks, received, hosted) with a person before it and one after it, or two persons after it
/// (Arabic verb-first order). A phone call, a future or planned meeting near the verb is not a meeting.
/// Date: a date or relative day in the sentence, else the document date; place: a city in the sentence, else
/// the dateline place.
/// </summary>
internal sealed class MeetingFinder(DateExpressions dates) : IPipelineComponent
{
    private const int BlockBefore = 5;
    private const int BlockAfter = 4;
    private const int MaxObjectDistance = 45;

    public string Name => "meetings";
    public DocumentLayer Needs => DocumentLayer.Coreference | DocumentLayer.Sentences | DocumentLayer.Dateline;
    public DocumentLayer Adds => DocumentLayer.Meetings;

    public void Process(ExtractionDocument doc, CancellationToken ct)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cue in doc.Mentions.Where(m => m.Kind == PatternKind.MeetingCue))
        {
            ct.ThrowIfCancellationRequested();
            var s = doc.SentenceOf(cue.FirstToken);
            if (s < 0) continue;
            var (first, last) = doc.Sentences[s];
            if (Blocked(doc, cue, first, last)) continue;
            var before = doc.PersonRefsBetween(first, cue.FirstToken - 1).ToList();
            var after = doc.PersonRefsBetween(cue.LastToken + 1, Math.Min(last, cue.LastToken + MaxObjectDistance)).ToList();
            DocEntity? subject = before.Count > 0 ? before[^1].Person : after.Count > 0 ? after[0].Person : null;
            if (subject is null) continue;
            var obj = after.Select(a => a.Person).FirstOrDefault(p => p != subject);
            if (obj is null) continue;
            var key = string.Join("|", new[] { subject.Id, obj.Id }.Order(StringComparer.Ordinal));
            if (!seen.Add(key)) continue;
            doc.Meetings.Add(new DocumentMeeting([subject.Reference, obj.Reference], DateOf(doc, first, last), PlaceOf(doc, first, last))
            {
                Evidence = doc.SpanOf(first, last),
            });
        }
    }

    private static bool Blocked(ExtractionDocument doc, Mention cue, int first, int last)
    {
        for (var i = Math.Max(first, cue.FirstToken - BlockBefore); i <= Math.Min(last, cue.LastToken + BlockAfter); i++)
            if (doc.IsKind(i, PatternKind.MeetingBlocker)) return true;
        return false;
    }

    private string? DateOf(ExtractionDocument doc, int first, int last)
    {
        var t = doc.Tokens.Tokens;
        var d = dates.FindExplicit(t, first, last, doc.Date, out _);
        if (d is null && doc.Date is { } reference) d = dates.FindRelative(t, first, last, reference);
        d ??= doc.Date;
        return d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static string? PlaceOf(ExtractionDocument doc, int first, int last)
    {
        for (var i = first; i <= last; i++)
            if (doc.TokenMention[i] is { Kind: PatternKind.Entity, Entity: { Kind: NodeKind.Place } p }) return p.Reference;
        return doc.DatelinePlace;
    }
}
