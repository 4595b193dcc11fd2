using DiplomacyGraph.Domain.Documents;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Extraction.Matching;
using DiplomacyGraph.Extraction.Pipeline;

namespace DiplomacyGraph.Extraction.Components;

/// <summary>
/// "Xi Jinping held talks with his Tanzanian counterpart Jakaya Kikwete", "وزير الخارجية الصيني وانغ يي ونظيره الإيراني
/// محمد جواد ظريف": a counterpart holds the office of the person whose counterpart they are, in the demonym's country.
/// A person the gazetteer knows gets that office only where the gazetteer says they held it then.
/// </summary>
internal static class CounterpartOffices
{
    public static void Add(ExtractionDocument doc)
    {
        var tokens = doc.Tokens.Tokens;
        // From the demonyms, which are few: Arabic نظيره الإيراني <name>; English his Tanzanian counterpart <name>.
        foreach (var demonym in doc.MentionsOf(PatternKind.Demonym))
        {
            if (demonym is not { Kind: PatternKind.Demonym, Entity.Iso: { } iso }) continue;
            var i = doc.Lang == "ar" ? demonym.FirstToken - 1 : demonym.LastToken + 1;
            if (i < 0 || i >= tokens.Count || doc.TokenMention[i] is not null || !IsCounterpartWord(tokens[i].Key)) continue;
            var nameAt = doc.Lang == "ar" ? demonym.LastToken + 1 : i + 1;
            if (nameAt >= tokens.Count || doc.TokenMention[nameAt] is not { Kind: PatternKind.Entity, Entity: { Kind: NodeKind.Person } person }) continue;
            if (PossessorsTitle(doc, i, person) is { } title) AddOffice(doc, i, person, title, iso);
        }
    }

    // Its own method: the lambdas' captures would otherwise be allocated for every mention the loop above reads.
    private static void AddOffice(ExtractionDocument doc, int counterpart, DocEntity person, string title, string iso)
    {
        if (person.Entry is { } entry && !(doc.Date is { } date && entry.Offices.Any(o => o.Title == title && o.Country == iso && o.HeldOn(date)))) return;
        if (doc.Offices.Any(o => o.Person == person.Reference && o.Title == title && o.Country == iso)) return;
        var s = doc.SentenceOf(counterpart);
        doc.Offices.Add(new DocumentOffice(person.Reference, title, iso) { Evidence = s >= 0 ? doc.SpanOf(doc.Sentences[s].FirstToken, doc.Sentences[s].LastToken) : null });
    }

    // The office read last before the counterpart word in its sentence, of someone else.
    internal static string? PossessorsTitle(ExtractionDocument doc, int counterpart, DocEntity? counterpartPerson)
    {
        var s = doc.SentenceOf(counterpart);
        if (s < 0) return null;
        var first = doc.Sentences[s].FirstToken;
        string? title = null;
        foreach (var (t, person, _) in doc.TitleReadings)
            if (t.FirstToken >= first && t.LastToken < counterpart && person is not null && person != counterpartPerson) title = t.Pattern!.Cue!.Value;
        // (Only for a counterpart word: "the Chinese leader" holds no office of the one who named him.)
        return title ?? (IsCounterpartWord(doc.Tokens.Tokens[counterpart].Key) ? OfficeOfNamedPossessor(doc, first, counterpart, counterpartPerson) : null);
    }

    // "استقبل غولر نظيره السعودي": with no title in the sentence, the one office the story gave the person named last
    // before the counterpart word.
    private static string? OfficeOfNamedPossessor(ExtractionDocument doc, int first, int counterpart, DocEntity? counterpartPerson)
    {
        for (var k = counterpart - 1; k >= first; k--)
        {
            if (doc.TokenMention[k] is not { Kind: PatternKind.Entity, Entity: { Kind: NodeKind.Person } possessor } || possessor == counterpartPerson) continue;
            string? only = null;
            foreach (var o in doc.Offices)
            {
                if (o.Person != possessor.Reference || o.Title == only) continue;
                if (only is not null) return null;
                only = o.Title;
            }
            return only;
        }
        return null;
    }

    /// <summary>
    /// "counterpart", "(و)نظيره", "نظيرته", "لنظيرها": the word that makes the name after it someone's counterpart. Read for
    /// every word: the last letter first, then the endings.
    /// </summary>
    internal static bool IsCounterpartWord(string key) =>
        key.Length >= 5 && key[^1] is 'ه' or 'ا' or 't'
        && (key == "counterpart" || key.EndsWith("نظيره", StringComparison.Ordinal) || key.EndsWith("نظيرته", StringComparison.Ordinal)
            || key.EndsWith("نظيرها", StringComparison.Ordinal));
}
