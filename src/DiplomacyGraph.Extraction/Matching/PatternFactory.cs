using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Extraction.Gazetteer;
using DiplomacyGraph.Extraction.Text;

namespace DiplomacyGraph.Extraction.Matching;

/// <summary>Turns gazetteer rows into matcher patterns, keyed exactly as the text is (same tokenizer, same folding).</summary>
internal static class PatternFactory
{
    public static IEnumerable<Pattern> From(Gazetteer.Gazetteer g)
    {
        var countries = g.Entries.Where(e => e.Kind == NodeKind.Country && e.Iso is not null)
            .ToDictionary(e => e.Iso!, StringComparer.Ordinal);
        foreach (var e in g.Entries)
        {
            var en = Names(e.NameEn, e.AliasesEn);
            if (e.Kind == NodeKind.Person) en = en.SelectMany(GivenNameSpellings).Distinct(StringComparer.OrdinalIgnoreCase);
            foreach (var f in en) yield return Make(f, "en", PatternKind.Entity, e, null, nameLike: true);
            foreach (var f in Names(e.NameAr, e.AliasesAr).SelectMany(ArabicSpellings).SelectMany(a => EgyptianG(a, e.NameEn)).Distinct(StringComparer.Ordinal))
                yield return Make(f, Lang(f), PatternKind.Entity, e, null, nameLike: true);
        }
        foreach (var d in g.Demonyms)
            if (countries.TryGetValue(d.Value.ToUpperInvariant(), out var country))
                yield return Make(d.Form, d.Lang, PatternKind.Demonym, country, d, nameLike: true);
        foreach (var c in g.CountryShortForms)
            if (countries.TryGetValue(c.Value.ToUpperInvariant(), out var country))
                yield return Make(c.Form, c.Lang, PatternKind.Entity, country, c, nameLike: false);
        foreach (var t in g.Titles) yield return Make(t.Form, t.Lang, PatternKind.Title, null, t, nameLike: false);
        foreach (var h in g.Honorifics) yield return Make(h.Form, h.Lang, PatternKind.Honorific, null, h, nameLike: h.Lang == "en");
        foreach (var m in g.MeetingCues) yield return Make(m.Form, m.Lang, PatternKind.MeetingCue, null, m, nameLike: false);
        foreach (var m in g.MeetingBlockers) yield return Make(m.Form, m.Lang, PatternKind.MeetingBlocker, null, m, nameLike: false);
        foreach (var r in g.RelationCues) yield return Make(r.Form, r.Lang, PatternKind.RelationCue, null, r, nameLike: false);
    }

    private static IEnumerable<string> Names(string? name, IReadOnlyList<string> aliases)
    {
        if (!string.IsNullOrWhiteSpace(name)) yield return name;
        foreach (var a in aliases) yield return a;
    }

    // عبدالعزيز and عبد العزيز, أبوظبي and أبو ظبي: the same name written joined or apart.
    private static IEnumerable<string> ArabicSpellings(string form)
    {
        yield return form;
        var apart = System.Text.RegularExpressions.Regex.Replace(form, "(^| )(عبد|أبو|ابو)(?=[\\u0621-\\u064A])", "$1$2 ");
        if (apart != form) yield return apart;
        var joined = System.Text.RegularExpressions.Regex.Replace(form, "(^| )(عبد|أبو|ابو) ", "$1$2");
        if (joined != form) yield return joined;
    }

    // "جلاسكو" for غلاسكو (Glasgow), "أنطونيو جوتيريش" for أنطونيو غوتيريش: Egyptian copy writes a foreign name's hard G
    // with ج where other wires write غ. Word by word, where the English word in the same place opens with G (not "Gh",
    // an Arabic غ itself: Ghana).
    private static IEnumerable<string> EgyptianG(string form, string? nameEn)
    {
        yield return form;
        if (nameEn is null || !form.Contains('غ', StringComparison.Ordinal)) yield break;
        var ar = form.Split(' ');
        var en = nameEn.Split(' ');
        if (ar.Length != en.Length) yield break;
        var changed = false;
        for (var i = 0; i < ar.Length; i++)
            if (ar[i].Length > 1 && ar[i][0] == 'غ' && en[i] is ['G' or 'g', not ('h' or 'H'), ..])
            {
                ar[i] = "ج" + ar[i][1..];
                changed = true;
            }
        if (changed) yield return string.Join(' ', ar);
    }

    // "Ahmad Al-Sharaa" for "Ahmed al-Sharaa": an Arabic given name that opens a person's English name is romanised in
    // several ways by the wires; each spelling of it names the same person.
    private static IEnumerable<string> GivenNameSpellings(string form)
    {
        yield return form;
        var space = form.IndexOf(' ');
        if (space <= 0 || !GivenNameVariants.TryGetValue(form[..space], out var group)) yield break;
        foreach (var v in group)
            if (!v.Equals(form[..space], StringComparison.OrdinalIgnoreCase)) yield return v + form[space..];
    }

    // Romanisations of one Arabic given name, each group one name (the common ones of the wires).
    private static readonly Dictionary<string, string[]> GivenNameVariants = BuildVariants(
        ["Ahmed", "Ahmad"],
        ["Mohammed", "Mohammad", "Muhammad", "Mohamed", "Mohamad"],
        ["Mahmoud", "Mahmud"],
        ["Hussein", "Hussain", "Husain"],
        ["Hassan", "Hasan"],
        ["Khaled", "Khalid"],
        ["Youssef", "Yousef", "Yusuf"],
        ["Abdullah", "Abdallah"],
        ["Omar", "Umar"],
        ["Faisal", "Faysal"]);

    private static Dictionary<string, string[]> BuildVariants(params string[][] groups)
    {
        var map = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var g in groups)
            foreach (var v in g) map[v] = g;
        return map;
    }

    private static string Lang(string form) => ArabicScript.HasArabic(form) ? "ar" : "en";

    private static Pattern Make(string form, string lang, PatternKind kind, GazetteerEntry? entry, CueForm? cue, bool nameLike)
    {
        var key = Tokenizer.Tokenize(form).Key;
        var article = false;
        // Only a written ال is the article: ألمانيا folds to the same letters but keeps its hamza-alef.
        if (lang == "ar" && form.TrimStart().StartsWith(ArabicClitics.Article, StringComparison.Ordinal) && ArabicClitics.TryStripArticle(key, out var stripped))
        {
            key = stripped;
            article = true;
        }
        var letters = form.Where(char.IsLetter).ToArray();
        var acronym = lang == "en" && letters.Length is > 0 and <= 6 && letters.All(char.IsUpper);
        var capital = lang == "en" && nameLike && letters.Length > 0 && char.IsUpper(letters[0]);
        return new Pattern(key, form, lang, kind, entry, cue) { HasArticle = article, Acronym = acronym, Capitalised = capital };
    }
}
