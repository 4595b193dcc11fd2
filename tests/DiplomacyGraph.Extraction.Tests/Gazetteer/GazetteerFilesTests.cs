using System.Globalization;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Text;

namespace DiplomacyGraph.Extraction.Tests.Gazetteer;

/// <summary>Data-integrity checks on seeds/gazetteer/*.tsv as copied to the test output folder.</summary>
public sealed class GazetteerFilesTests
{
    // The 193 UN member states (ISO 3166-1 alpha-2).
    private static readonly string[] UnMembers =
    [
        "AD", "AE", "AF", "AG", "AL", "AM", "AO", "AR", "AT", "AU", "AZ", "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ",
        "BN", "BO", "BR", "BS", "BT", "BW", "BY", "BZ", "CA", "CD", "CF", "CG", "CH", "CI", "CL", "CM", "CN", "CO", "CR", "CU",
        "CV", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE", "EG", "ER", "ES", "ET", "FI", "FJ", "FM", "FR", "GA",
        "GB", "GD", "GE", "GH", "GM", "GN", "GQ", "GR", "GT", "GW", "GY", "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IN", "IQ",
        "IR", "IS", "IT", "JM", "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KZ", "LA", "LB", "LC", "LI",
        "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MG", "MH", "MK", "ML", "MM", "MN", "MR", "MT", "MU",
        "MV", "MW", "MX", "MY", "MZ", "NA", "NE", "NG", "NI", "NL", "NO", "NP", "NR", "NZ", "OM", "PA", "PE", "PG", "PH", "PK",
        "PL", "PT", "PW", "PY", "QA", "RO", "RS", "RU", "RW", "SA", "SB", "SC", "SD", "SE", "SG", "SI", "SK", "SL", "SM", "SN",
        "SO", "SR", "SS", "ST", "SV", "SY", "SZ", "TD", "TG", "TH", "TJ", "TL", "TM", "TN", "TO", "TR", "TT", "TV", "TZ", "UA",
        "UG", "US", "UY", "UZ", "VC", "VE", "VN", "VU", "WS", "YE", "ZA", "ZM", "ZW",
    ];

    // Members deliberately without Arabic demonyms, each for a reason a matcher would otherwise suffer from.
    private static readonly Dictionary<string, string> DemonymExceptions = new(StringComparer.Ordinal)
    {
        ["ML"] = "مالي is also the adjective 'financial' (وزارة المالية)",
        ["CG"] = "كونغولي / Congolese is given to the DR Congo, which news means by it",
        ["SB"] = "سليماني collides with the family name Soleimani",
    };

    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "President", "Vice President", "Prime Minister", "Premier", "Vice Premier", "Deputy Prime Minister",
        "Foreign Minister", "Minister", "King", "Crown Prince", "Deputy Crown Prince", "Emir", "Sultan",
        "Chancellor", "Secretary-General", "Speaker", "Ambassador",
    };

    // Offices with one holder at a time in a country; overlapping terms are a data error.
    private static readonly HashSet<string> SingleHolderTitles = new(StringComparer.Ordinal)
    {
        "President", "Prime Minister", "Premier", "King", "Emir", "Sultan", "Chancellor", "Foreign Minister",
    };

    public static TheoryData<string, string> Headers => new()
    {
        { "countries.tsv", "iso,name_en,name_ar,name_zh,aliases_en,aliases_ar,source" },
        { "demonyms.tsv", "iso,lang,form,source" },
        { "places.tsv", "id,name_en,name_ar,country,aliases_en,aliases_ar,kind,source" },
        { "people.tsv", "id,name_en,name_ar,aliases_en,aliases_ar,country,source" },
        { "offices.tsv", "person_id,title,country,from,to,source" },
        { "initiatives.tsv", "id,name_en,name_ar,aliases_en,aliases_ar,source" },
        { "organizations.tsv", "id,name_en,name_ar,aliases_en,aliases_ar,source" },
        { "events.tsv", "id,name_en,name_ar,aliases_en,aliases_ar,source" },
    };

    public static TheoryData<string> EntityFiles => ["places.tsv", "people.tsv", "initiatives.tsv", "organizations.tsv", "events.tsv"];

    [Theory]
    [MemberData(nameof(Headers))]
    public void File_whenRead_hasTheSpecifiedHeaderWellFormedRowsAndSources(string file, string header)
    {
        var table = GazetteerTable.Load(file);

        Assert.Equal(header.Split(','), table.Header);
        Assert.Empty(table.Errors);
        Assert.NotEmpty(table.Rows);
        Assert.All(table.Rows, r => Assert.False(string.IsNullOrWhiteSpace(r["source"]), $"{file}: row without source"));
    }

    [Theory]
    [MemberData(nameof(EntityFiles))]
    public void EntityIds_inEachFile_areUniqueAndEqualTheSlugOfTheEnglishName(string file)
    {
        var table = GazetteerTable.Load(file);

        var wrong = table.Rows.Where(r => r["id"] != NodeIds.Slug(r["name_en"])).Select(r => r["id"]).ToList();
        var duplicates = table.Rows.GroupBy(r => r["id"], StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.Empty(wrong);
        Assert.Empty(duplicates);
    }

    [Fact]
    public void Countries_codes_areUniqueTwoLetterUpperCaseAndCoverEveryUnMember()
    {
        var codes = GazetteerTable.Load("countries.tsv").Rows.Select(r => r["iso"]).ToList();

        Assert.All(codes, c => Assert.Matches("^[A-Z]{2}$", c));
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.Empty(UnMembers.Except(codes, StringComparer.Ordinal));
        Assert.Equal(193, UnMembers.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("places.tsv", "country", false)]
    [InlineData("people.tsv", "country", true)]
    [InlineData("offices.tsv", "country", false)]
    [InlineData("demonyms.tsv", "iso", false)]
    public void CountryReferences_inOtherFiles_existInCountries(string file, string column, bool mayBeEmpty)
    {
        var known = GazetteerTable.Load("countries.tsv").Rows.Select(r => r["iso"]).ToHashSet(StringComparer.Ordinal);

        // Only people may have no country: international officials (UN, Arab League, GCC) represent none.
        var unknown = GazetteerTable.Load(file).Rows.Select(r => r[column])
            .Where(c => !(mayBeEmpty && c.Length == 0) && !known.Contains(c)).Distinct().ToList();

        Assert.Empty(unknown);
    }

    [Theory]
    [InlineData("countries.tsv", "name_ar", "aliases_ar")]
    [InlineData("places.tsv", "name_ar", "aliases_ar")]
    [InlineData("people.tsv", "name_ar", "aliases_ar")]
    [InlineData("initiatives.tsv", "name_ar", "aliases_ar")]
    [InlineData("organizations.tsv", "name_ar", "aliases_ar")]
    [InlineData("events.tsv", "name_ar", "aliases_ar")]
    public void ArabicCells_whenFilled_containArabicLettersAndNoLatinOnes(string file, string nameColumn, string aliasColumn)
    {
        var table = GazetteerTable.Load(file);

        var values = table.Rows.Select(r => r[nameColumn]).Concat(table.Rows.SelectMany(r => GazetteerTable.List(r[aliasColumn]))).ToList();

        Assert.All(table.Rows, r => Assert.False(string.IsNullOrWhiteSpace(r[nameColumn]), $"{file}: empty {nameColumn}"));
        Assert.All(values, v => Assert.True(v.Any(ArabicFolding.IsArabicLetter) && !v.Any(IsLatinLetter), $"{file}: '{v}' is not Arabic"));
    }

    [Theory]
    [InlineData("countries.tsv", "name_en", "aliases_en")]
    [InlineData("places.tsv", "name_en", "aliases_en")]
    [InlineData("people.tsv", "name_en", "aliases_en")]
    [InlineData("initiatives.tsv", "name_en", "aliases_en")]
    [InlineData("organizations.tsv", "name_en", "aliases_en")]
    [InlineData("events.tsv", "name_en", "aliases_en")]
    public void LatinCells_containNoArabicLetters(string file, string nameColumn, string aliasColumn)
    {
        var table = GazetteerTable.Load(file);

        var values = table.Rows.Select(r => r[nameColumn]).Concat(table.Rows.SelectMany(r => GazetteerTable.List(r[aliasColumn]))).ToList();

        Assert.All(values, v => Assert.True(v.Any(char.IsLetterOrDigit) && !v.Any(ArabicFolding.IsArabicLetter), $"{file}: '{v}' is not Latin"));
    }

    [Fact]
    public void Demonyms_areArabicWithoutArticleOrLatin_andNameOneCountryEach()
    {
        var rows = GazetteerTable.Load("demonyms.tsv").Rows;

        Assert.All(rows, r => Assert.Contains(r["lang"], new[] { "ar", "en" }));
        var arabic = rows.Where(r => r["lang"] == "ar").Select(r => r["form"]).ToList();
        Assert.All(arabic, f => Assert.True(f.All(c => ArabicFolding.IsArabicLetter(c) || c == ' ') && !f.StartsWith("ال", StringComparison.Ordinal), $"bad Arabic demonym '{f}'"));
        Assert.All(rows.Where(r => r["lang"] == "en"), r => Assert.DoesNotContain(r["form"], c => ArabicFolding.IsArabicLetter(c)));
        var clashes = rows.GroupBy(r => r["lang"] + ":" + NameKey.Of(r["form"]), StringComparer.Ordinal)
            .Where(g => g.Select(r => r["iso"]).Distinct().Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(clashes);
    }

    [Fact]
    public void Demonyms_everyUnMemberAndPalestineTaiwanKosovoVatican_haveArabicMasculineFeminineAndPluralForms()
    {
        var byCountry = GazetteerTable.Load("demonyms.tsv").Rows.Where(r => r["lang"] == "ar")
            .GroupBy(r => r["iso"], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(r => r["form"]).ToList(), StringComparer.Ordinal);

        var expected = UnMembers.Concat(["PS", "TW", "XK", "VA"]).Where(c => !DemonymExceptions.ContainsKey(c)).ToList();

        var missing = expected.Where(c => !byCountry.ContainsKey(c)).ToList();
        Assert.Empty(missing);
        // A masculine nisba ending in ي comes with its feminine ية and plural يون/يين.
        var incomplete = expected.Where(c => byCountry[c].Any(f => f.EndsWith('ي'))
            && !(byCountry[c].Any(f => f.EndsWith("ية", StringComparison.Ordinal)) && byCountry[c].Any(f => f.EndsWith("يون", StringComparison.Ordinal)) && byCountry[c].Any(f => f.EndsWith("يين", StringComparison.Ordinal)))).ToList();
        Assert.Empty(incomplete);
    }

    [Fact]
    public void Countries_noSurfaceForm_namesTwoCountries()
    {
        var forms = GazetteerTable.Load("countries.tsv").Rows.SelectMany(r =>
            new[] { r["name_en"], r["name_ar"] }.Concat(GazetteerTable.List(r["aliases_en"])).Concat(GazetteerTable.List(r["aliases_ar"]))
                .Select(f => (Key: NameKey.Of(f), Iso: r["iso"])));

        var clashes = forms.GroupBy(f => f.Key, StringComparer.Ordinal).Where(g => g.Select(f => f.Iso).Distinct().Count() > 1).Select(g => g.Key).ToList();

        Assert.Empty(clashes);
    }

    // The generated news words end an unknown Arabic name; a word of a known person's name among them would cut that name
    // short. When people.tsv gains such a name, re-run tools/generate_news_words.py.
    [Fact]
    public void NewsWords_areManyArabicWords_noneAWordOfAKnownPersonsArabicName()
    {
        var words = GazetteerTable.Load("rules/ar-news-words.tsv").Rows.Select(r => NameKey.Of(r["form"])).ToList();
        var nameWords = GazetteerTable.Load("people.tsv").Rows
            .SelectMany(r => new[] { r["name_ar"] }.Concat(GazetteerTable.List(r["aliases_ar"])))
            .SelectMany(n => NameKey.Of(n).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.Ordinal);

        Assert.True(words.Count >= 1000, $"only {words.Count} news words");
        Assert.All(words, w => Assert.True(w.Length >= 2 && w.All(c => c is >= '\u0621' and <= '\u064A'), $"'{w}' is no Arabic word"));
        Assert.DoesNotContain(words, nameWords.Contains);
    }

    [Fact]
    public void Places_haveAKnownKind_andEveryUnMemberHasACapital()
    {
        var rows = GazetteerTable.Load("places.tsv").Rows;

        Assert.All(rows, r => Assert.Contains(r["kind"], new[] { "capital", "city" }));
        var withCapital = rows.Where(r => r["kind"] == "capital").Select(r => r["country"]).ToHashSet(StringComparer.Ordinal);
        // Israel's capital is disputed; Jerusalem is listed as a city, Tel Aviv too.
        var missing = UnMembers.Where(c => c != "IL" && !withCapital.Contains(c)).ToList();
        Assert.Empty(missing);
        Assert.True(rows.Count >= 350, $"only {rows.Count} places");
    }

    [Fact]
    public void Offices_referenceKnownPeople_withCanonicalTitlesAndOrderedIsoDates()
    {
        var people = GazetteerTable.Load("people.tsv").Rows.Select(r => r["id"]).ToHashSet(StringComparer.Ordinal);
        var offices = GazetteerTable.Load("offices.tsv").Rows;

        Assert.All(offices, o =>
        {
            Assert.Contains(o["person_id"], people);
            Assert.Contains(o["title"], Titles);
            var from = ParseDate(o["from"]);
            var to = ParseDate(o["to"]);
            Assert.True(from is not null || to is not null, $"{o["person_id"]} {o["title"]}: no dates");
            Assert.True(from is null || to is null || from <= to, $"{o["person_id"]} {o["title"]}: from after to");
        });
    }

    [Fact]
    public void Offices_singleHolderTitles_doNotOverlapWithinACountry()
    {
        var terms = GazetteerTable.Load("offices.tsv").Rows.Where(o => SingleHolderTitles.Contains(o["title"]))
            .Select(o => (Key: o["title"] + "/" + o["country"], Person: o["person_id"], From: ParseDate(o["from"]) ?? DateOnly.MinValue, To: ParseDate(o["to"]) ?? DateOnly.MaxValue))
            .ToList();

        var overlaps = (from a in terms
                        from b in terms
                        where a.Key == b.Key && string.CompareOrdinal(a.Person, b.Person) < 0 && a.From < b.To && b.From < a.To
                        select $"{a.Key}: {a.Person} / {b.Person}").ToList();

        Assert.Empty(overlaps);
    }

    [Theory]
    [InlineData("Prime Minister", "KZ", "2018-11-22", "bakytzhan-sagintayev")]
    [InlineData("President", "KZ", "2018-11-22", "nursultan-nazarbayev")]
    [InlineData("President", "KZ", "2024-07-02", "kassym-jomart-tokayev")]
    [InlineData("President", "CN", "2018-11-22", "xi-jinping")]
    [InlineData("Crown Prince", "SA", "2016-05-01", "mohammed-bin-nayef")]
    [InlineData("Foreign Minister", "SA", "2016-05-01", "adel-al-jubeir")]
    public void Offices_atADate_resolveToTheHolderOfThatDate(string title, string country, string date, string expected)
    {
        var day = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        var holders = GazetteerTable.Load("offices.tsv").Rows
            .Where(o => o["title"] == title && o["country"] == country
                && (ParseDate(o["from"]) ?? DateOnly.MinValue) <= day && day <= (ParseDate(o["to"]) ?? DateOnly.MaxValue))
            .Select(o => o["person_id"]).Distinct().ToList();

        Assert.Equal([expected], holders);
    }

    private static DateOnly? ParseDate(string cell) =>
        cell.Length == 0 ? null : DateOnly.ParseExact(cell, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool IsLatinLetter(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');
}
