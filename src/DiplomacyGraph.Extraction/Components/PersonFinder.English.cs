using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Extraction.Matching;
using DiplomacyGraph.Extraction.Pipeline;
using DiplomacyGraph.Extraction.Text;

namespace DiplomacyGraph.Extraction.Components;

/// <summary>English names without a canonical title before them: after a role word (and its institution), or set off by
/// a comma before a title.</summary>
internal sealed partial class PersonFinder
{
    // "spokesperson Randhir Jaiswal", "National Security Advisor Ajit Doval": roles with no canonical title still
    // introduce a name.
    private void EnglishRoles(ExtractionDocument doc)
    {
        var tokens = doc.Tokens.Span;
        foreach (var i in doc.Tokens.PositionsOf(EnglishRoleWord))
        {
            if (i + 1 >= tokens.Length || doc.TokenMention[i] is not null) continue;
            // "first lady Kim Keon Hee": a lady is a role only as the first one.
            if (tokens[i].Key == "lady" && (i == 0 || tokens[i - 1].Key != "first")) continue;
            var pos = RoleRemitEnd(doc, RoleInstitutionEnd(doc, i)) + 1;
            // "with his Bissau-Guinean counterpart, Suzi Carla Barbosa", "the US Special Envoy for Yemen, Timothy
            // Lenderking,": the name may follow a comma.
            var afterComma = pos + 1 < tokens.Length && tokens[pos].Key == ",";
            if (afterComma) pos++;
            if (pos >= tokens.Length || doc.TokenMention[pos] is not null || !tokens[pos].IsWord) continue;
            var end = ReadName(doc, pos, MaxNameWords);
            if (afterComma && end + 1 < tokens.Length && tokens[end + 1].Key is "of" or "and") continue;
            // "head of the Government Performance Follow-up Agency": capitals that run on into an institution's noun name it.
            if (end + 1 < tokens.Length && EnglishInstitutionHeads.Contains(tokens[end + 1].Key) && Capitalised(doc, end + 1)) continue;
            if (end >= pos) AddPerson(doc, pos, end);
        }
    }

    // "Special Envoy for Yemen", "envoy to the United Nations", "Special Envoy on Climate": the remit a role word is held
    // for, a country, place or body (or a portfolio noun) after for/to/on.
    private static int RoleRemitEnd(ExtractionDocument doc, int end)
    {
        var tokens = doc.Tokens.Tokens;
        var k = end + 1;
        if (k + 1 >= tokens.Count || tokens[k].Key is not ("for" or "to" or "on")) return end;
        k++;
        if (tokens[k].Key == "the" && k + 1 < tokens.Count) k++;
        if (doc.TokenMention[k] is { Kind: PatternKind.Entity, Entity.Kind: NodeKind.Country or NodeKind.Place or NodeKind.Organization } remit) return remit.LastToken;
        return Capitalised(doc, k) && PortfolioEnds.Contains(tokens[k].Key) ? k : end;
    }

    // "Chairman of the Mazhilis of the Kazakh Parliament Nurlan Nigmatulin", "Chairman of the State Great Khural
    // (Parliament) of Mongolia Dashzegve Amarbayasgalan": the institutions (and their country) a role word is held in.
    private static int RoleInstitutionEnd(ExtractionDocument doc, int role)
    {
        var tokens = doc.Tokens.Tokens;
        var end = role;
        while (true)
        {
            var head = InstitutionHeadEnd(doc, end);
            if (head > end)
            {
                end = head;
                continue;
            }
            var k = end + 1;
            while (k < tokens.Count && tokens[k].Key is "of" or "the") k++;
            if (k == end + 1 || k >= tokens.Count || doc.TokenMention[k] is not ({ Kind: PatternKind.Demonym } or { Kind: PatternKind.Entity, Entity.Kind: NodeKind.Country }) || end == role)
                return end;
            // "of the Kazakh Parliament": a demonym before the head; "of Mongolia": the institution's country.
            var country = doc.TokenMention[k]!;
            head = InstitutionHeadEnd(doc, country.LastToken);
            end = head > country.LastToken ? head : country.Kind == PatternKind.Entity ? country.LastToken : end;
            if (end < k) return end;
        }
    }

    // "and Ben Wallace, Secretary of State for Defence of the United Kingdom", "Hamish Cowell, the UK Ambassador": a run
    // of two to four capitalised words set off by a comma before a title is the name the title describes.
    private void EnglishAppositions(ExtractionDocument doc)
    {
        var tokens = doc.Tokens.Tokens;
        // "Abdullah al-Lafi, deputy head of Libya's Presidential Council", "Benjamin Haddad, a member of the French
        // National Assembly": a role word without a canonical title sets off the name as well as a title does.
        var anchors = doc.MentionsOf(PatternKind.Title).Select(m => m.FirstToken).ToList();
        // (Only the role words are read: their positions, from the text's listed words.)
        foreach (var i in doc.Tokens.PositionsOf(AppositionRoleWord))
            if (i >= 1 && (ArticleOrComma.Holds(doc.Tokens, i - 1) || doc.TokenMention[i - 1] is { Kind: PatternKind.Demonym or PatternKind.Entity }) && doc.TokenMention[i] is null
                && !char.IsUpper(doc.Text[tokens[i].Start]))
                anchors.Add(i);
        foreach (var anchor in anchors)
        {
            var k = anchor - 1;
            while (k >= 0 && (tokens[k].Key is "the" or "a" or "an" || doc.TokenMention[k] is { Kind: PatternKind.Demonym or PatternKind.Entity, Entity.Kind: not NodeKind.Person } or { Kind: PatternKind.Demonym })) k--;
            if (k < 2 || tokens[k].Key != ",") continue;
            var end = k - 1;
            var start = end + 1;
            var words = 0;
            for (var i = end; i >= 0 && words < 5; i--)
            {
                var w = tokens[i];
                if (doc.TokenMention[i] is not null) break;
                if (!w.IsWord)
                {
                    if (w.Key is "-" or "'" && i > 0 && tokens[i - 1].End == w.Start && w.End == tokens[i + 1].Start) { start = i; continue; }
                    break;
                }
                // ("al-Lafi": a family name glued to its article is a name word of its own.)
                var glued = i > 1 && tokens[i - 1].Key is "-" or "'" && tokens[i - 1].End == w.Start && !Connectors.Contains(tokens[i - 2].Key);
                if (!glued && !Connectors.Contains(w.Key) && (!char.IsUpper(doc.Text[w.Start]) || EnglishNonNames.Contains(w.Key))) break;
                // "Last October, Foreign Minister Linhart visited …": a time opening the sentence is no name.
                // (A month's name may be a family name, Theresa May: only the word of time before it tells.)
                if (!glued && (vocabulary.TryWeekday(w.Key, out _) || w.Key is "last" or "next" or "early" or "late" or "earlier" or "later" or "this")) break;
                if (!glued && !Connectors.Contains(w.Key)) words++;
                start = i;
            }
            // A name is set off from the words before it: a capitalised word there makes the run part of something longer.
            // A venue ("at Seri Perdana, Prime Minister …", "of the Congress Centre, …") is behind a preposition.
            // "Inter-Parliamentary Union": a run that starts inside a hyphenated word is part of that word.
            if (!tokens[start].IsWord || start > 0 && tokens[start - 1].End == tokens[start].Start) continue;
            if (words is < 2 or > 4 || start > end || start > 0 && tokens[start - 1].IsWord && (char.IsUpper(doc.Text[tokens[start - 1].Start]) || VenuePrepositions.Contains(tokens[start - 1].Key))
                || doc.SentenceOf(start) != doc.SentenceOf(anchor)) continue;
            AddPerson(doc, start, end);
        }
    }

    // A lower-case word that names a role ("commander", "chairman", "envoy"), of a title or an apposition.
    internal static bool IsEnglishRoleWord(string key) => EnglishRoleWords.Contains(key) || AppositionRoleWords.Contains(key);

    // Lower-case role words that describe the name before their comma (a role in capitals opens a name after it instead).
    private static readonly HashSet<string> AppositionRoleWords = new(StringComparer.Ordinal)
    {
        "deputy", "head", "member", "vice", "chairman", "chairwoman", "chairperson", "director", "adviser", "advisor", "envoy",
        "spokesman", "spokeswoman", "spokesperson", "governor", "mayor", "leader", "chief", "founder", "undersecretary",
    };

    private static readonly HashSet<string> VenuePrepositions = new(StringComparer.Ordinal)
    {
        "at", "in", "of", "for", "from", "to", "on", "the", "a", "an", "into", "near", "inside", "outside", "across", "via",
    };

    private static readonly HashSet<string> EnglishRoleWords = new(StringComparer.Ordinal)
    {
        "spokesperson", "spokesman", "spokeswoman", "adviser", "advisor", "envoy", "chairman", "chairwoman", "governor", "mayor", "counterpart",
        // "CIA Director William Burns", "Mossad chief David Barnea", "army commander …".
        "director", "chief", "head", "commander", "undersecretary", "commissioner", "administrator",
        // "accompanied by his wife Cilia Flores", "first lady Jill Biden", "his consort, Raja Isteri …".
        "wife", "husband", "spouse", "consort", "lady",
    };

    // Asked of every token of an English text, answered once per word (see WordPredicate). (The role words are five
    // letters or longer but for "wife", "lady" and "head".)
    private static readonly WordPredicate EnglishRoleWord = new(key => key.Length < 5 ? key is "wife" or "lady" or "head" : EnglishRoleWords.Contains(key));
    private static readonly WordPredicate AppositionRoleWord = new(key => AppositionRoleWords.Contains(key));
    private static readonly WordPredicate ArticleOrComma = new(key => key is "," or "a" or "an" or "the", listed: false);
}
