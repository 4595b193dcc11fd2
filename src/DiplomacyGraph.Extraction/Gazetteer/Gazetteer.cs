using System.Globalization;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Text;
using DiplomacyGraph.Extraction.Text;

namespace DiplomacyGraph.Extraction.Gazetteer;

/// <summary>
/// The reference data the matcher is built from (format: GAZETTEER-FORMAT, files under seeds/gazetteer):
/// entities with their names and aliases, demonyms, title forms, and the rule data under <c>rules/</c>.
/// </summary>
public sealed class Gazetteer
{
    public List<GazetteerEntry> Entries { get; } = [];
    public List<CueForm> Demonyms { get; } = [];
    public List<CueForm> Titles { get; } = [];

    /// <summary>Bare forms that name one country in the press that uses them (المملكة for Saudi Arabia).</summary>
    public List<CueForm> CountryShortForms { get; } = [];
    public List<CueForm> Honorifics { get; } = [];
    public List<CueForm> MeetingCues { get; } = [];
    public List<CueForm> MeetingBlockers { get; } = [];
    public List<CueForm> RelationCues { get; } = [];
    public List<CueForm> Months { get; } = [];
    public List<CueForm> Weekdays { get; } = [];

    /// <summary>Folded Arabic words that end an unknown name.</summary>
    public HashSet<string> ArabicNameStopwords { get; } = new(StringComparer.Ordinal);

    /// <summary>Loads every file present in <paramref name="directory"/>; entity files that are missing count as empty.</summary>
    /// <exception cref="GazetteerFormatException">A row does not follow the format.</exception>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    public static Gazetteer Load(string directory)
    {
        if (!Directory.Exists(directory))
            throw new DirectoryNotFoundException($"Gazetteer directory not found: {directory}");
        var g = new Gazetteer();
        string P(string name) => Path.Combine(directory, name);
        g.LoadCountries(P("countries.tsv"));
        var people = g.LoadNamed(P("people.tsv"), NodeKind.Person, hasCountry: true);
        g.LoadNamed(P("places.tsv"), NodeKind.Place, hasCountry: true);
        g.LoadNamed(P("initiatives.tsv"), NodeKind.Initiative, hasCountry: false);
        g.LoadNamed(P("organizations.tsv"), NodeKind.Organization, hasCountry: false);
        g.LoadNamed(P("events.tsv"), NodeKind.Event, hasCountry: false);
        LoadOffices(P("offices.tsv"), people);
        g.LoadForms(P("demonyms.tsv"), g.Demonyms, "iso", null, "iso", "lang", "form");
        g.LoadForms(Path.Combine(directory, "rules", "country-short-forms.tsv"), g.CountryShortForms, "iso", null, "iso", "lang", "form");
        g.LoadForms(P("titles.tsv"), g.Titles, "title", null, "title", "lang", "form");
        var rules = Path.Combine(directory, "rules");
        g.LoadForms(Path.Combine(rules, "honorifics.tsv"), g.Honorifics, "lang", null, "lang", "form");
        g.LoadForms(Path.Combine(rules, "meeting-cues.tsv"), g.MeetingCues, "frame", null, "lang", "form", "frame");
        g.LoadForms(Path.Combine(rules, "meeting-blockers.tsv"), g.MeetingBlockers, "lang", null, "lang", "form");
        g.LoadForms(Path.Combine(rules, "relation-cues.tsv"), g.RelationCues, "type", "kind", "type", "lang", "form");
        g.LoadForms(Path.Combine(rules, "months.tsv"), g.Months, "month", null, "month", "lang", "form");
        g.LoadForms(Path.Combine(rules, "weekdays.tsv"), g.Weekdays, "weekday", null, "weekday", "lang", "form");
        // News words kept by hand, and function words generated from a stop-word collection (see tools/).
        foreach (var file in new[] { "ar-name-stopwords.tsv", "ar-function-words.tsv", "ar-news-words.tsv" })
        {
            var stop = Path.Combine(rules, file);
            if (!File.Exists(stop)) continue;
            var t = TsvTable.Read(stop, "form");
            foreach (var (_, cells) in t.Rows) g.ArabicNameStopwords.Add(NameKey.Of(t.Get(cells, "form")));
        }
        // "قلّد … الرئيس التركي وساما رفيعا": an indefinite noun in the accusative is written with an alif after it (its
        // tanween dropped by the folding), and is the listed word still. Not for words of three letters: بين → بينا is
        // a name (إنريكي بينا نييتو).
        foreach (var word in g.ArabicNameStopwords.ToList())
            if (word.Length >= 4 && word[^1] is not ('ا' or 'ه' or 'ي' or 'و') && ArabicScript.IsArabicWord(word)) g.ArabicNameStopwords.Add(word + "ا");
        return g;
    }

    private void LoadCountries(string path)
    {
        if (!File.Exists(path)) return;
        var t = TsvTable.Read(path, "iso", "name_en", "name_ar", "aliases_en", "aliases_ar", "source");
        foreach (var (line, c) in t.Rows)
        {
            var iso = t.Required(line, c, "iso");
            if (iso.Length != 2 || !iso.All(char.IsAsciiLetter))
                throw new GazetteerFormatException(path, line, $"iso '{iso}' is not an ISO 3166-1 alpha-2 code");
            Entries.Add(new GazetteerEntry
            {
                Kind = NodeKind.Country,
                Key = iso.ToUpperInvariant(),
                Iso = iso.ToUpperInvariant(),
                NameEn = t.Required(line, c, "name_en"),
                NameAr = Empty(t.Get(c, "name_ar")),
                AliasesEn = TsvTable.List(t.Get(c, "aliases_en")),
                AliasesAr = TsvTable.List(t.Get(c, "aliases_ar")),
            });
        }
    }

    private Dictionary<string, GazetteerEntry> LoadNamed(string path, NodeKind kind, bool hasCountry)
    {
        var byId = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        if (!File.Exists(path)) return byId;
        var t = TsvTable.Read(path, "id", "name_en", "name_ar", "aliases_en", "aliases_ar", "source");
        foreach (var (line, c) in t.Rows)
        {
            var id = t.Required(line, c, "id");
            var e = new GazetteerEntry
            {
                Kind = kind,
                Key = id,
                NameEn = t.Required(line, c, "name_en"),
                NameAr = Empty(t.Get(c, "name_ar")),
                Country = hasCountry ? Empty(t.Get(c, "country").ToUpperInvariant()) : null,
                AliasesEn = TsvTable.List(t.Get(c, "aliases_en")),
                AliasesAr = TsvTable.List(t.Get(c, "aliases_ar")),
            };
            if (!byId.TryAdd(id, e)) throw new GazetteerFormatException(path, line, $"duplicate id '{id}'");
            Entries.Add(e);
        }
        return byId;
    }

    private static void LoadOffices(string path, Dictionary<string, GazetteerEntry> people)
    {
        if (!File.Exists(path)) return;
        var t = TsvTable.Read(path, "person_id", "title", "country", "from", "to", "source");
        foreach (var (line, c) in t.Rows)
        {
            var pid = t.Required(line, c, "person_id");
            if (!people.TryGetValue(pid, out var person))
                throw new GazetteerFormatException(path, line, $"person_id '{pid}' is not in people.tsv");
            person.Offices.Add(new GazetteerOffice(t.Required(line, c, "title"), t.Required(line, c, "country").ToUpperInvariant(),
                Date(path, line, t.Get(c, "from")), Date(path, line, t.Get(c, "to"))));
        }
    }

    private void LoadForms(string path, List<CueForm> into, string valueColumn, string? extraColumn, params string[] required)
    {
        if (!File.Exists(path)) return;
        var t = TsvTable.Read(path, required);
        foreach (var (line, c) in t.Rows)
        {
            var lang = t.Required(line, c, "lang");
            if (lang is not ("ar" or "en")) throw new GazetteerFormatException(path, line, $"lang '{lang}' is neither 'ar' nor 'en'");
            into.Add(new CueForm(lang, t.Required(line, c, "form"), t.Required(line, c, valueColumn),
                extraColumn is null ? null : Empty(t.Get(c, extraColumn))));
        }
    }

    private static DateOnly? Date(string path, int line, string s)
    {
        if (s.Length == 0) return null;
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        throw new GazetteerFormatException(path, line, $"'{s}' is not a yyyy-MM-dd date");
    }

    private static string? Empty(string s) => s.Length == 0 ? null : s;
}
