namespace DiplomacyGraph.Extraction.Tests.Components;

public sealed class DatelineReaderTests
{
    [Theory]
    [InlineData("بكين 22 نوفمبر 2018 / التقى الرئيس الصيني شي جين بينغ اليوم.", "2018-11-22", "Beijing")]
    [InlineData("بكين 22 تشرين الثاني 2018 / التقى الرئيس الصيني شي جين بينغ اليوم.", "2018-11-22", "Beijing")]
    [InlineData("موسكو 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس\nالتقى وزير الخارجية.", "2015-08-11", "Moscow")]
    [InlineData("القاهرة ٣ آب ٢٠١٥ / قال الرئيس.", "2015-08-03", "Cairo")]
    [InlineData("القاهرة في 25 يونيو 2023 /أ ش أ/ استقبل الرئيس ضيفه.", "2023-06-25", "Cairo")]
    public void Read_arabicDateline_givesDateAndPlace(string body, string date, string place)
    {
        var g = TestData.Extract(body, "ar", new DateOnly(2000, 1, 1));
        Assert.Equal(date, g.Document.Date);
        Assert.Equal(place, g.Document.Place);
    }

    [Fact]
    public void Read_xinhuaDateline_takesTheYearFromTheHeader()
    {
        var g = TestData.Extract("BEIJING, Oct. 17 (Xinhua) -- Chinese President Xi Jinping said.", "en", new DateOnly(2019, 10, 18));
        Assert.Equal("2019-10-17", g.Document.Date);
        Assert.Equal("Beijing", g.Document.Place);
    }

    [Fact]
    public void Read_kazinformDateline_givesPlaceAndHeaderDate()
    {
        var g = TestData.Extract("NUR-SULTAN. KAZINFORM - Nursultan Nazarbayev has met with the ambassador.", "en", new DateOnly(2019, 4, 22));
        Assert.Equal("2019-04-22", g.Document.Date);
        // The gazetteer keeps Nur-Sultan as a former name of Astana: one city.
        Assert.Contains(g.Document.Place, new[] { "Nur-Sultan", "Astana" });
    }

    [Fact]
    public void Read_noDatelineNoHeader_leavesDateNull() =>
        Assert.Null(TestData.Extract("قال المتحدث إن الاجتماع كان مثمرا.", "ar").Document.Date);

    [Theory]
    [InlineData("التقى الرئيس الصيني شي جين بينغ اليوم (الخميس) رئيس وزراء قازاقستان باكيتجان ساجينتاييف.", "2018-11-22")]
    [InlineData("التقى الرئيس الصيني شي جين بينغ أمس رئيس وزراء قازاقستان باكيتجان ساجينتاييف.", "2018-11-21")]
    [InlineData("التقى الرئيس الصيني شي جين بينغ يوم الثلاثاء رئيس وزراء قازاقستان باكيتجان ساجينتاييف.", "2018-11-20")]
    public void Meeting_relativeDay_isResolvedAgainstTheDocumentDate(string body, string expected)
    {
        var g = TestData.Extract("بكين 22 نوفمبر 2018 /\n" + body, "ar");
        Assert.Equal(expected, Assert.Single(g.Meetings).Date);
    }

    [Fact]
    public void Meeting_englishWeekday_isResolvedAgainstTheDateline()
    {
        var g = TestData.Extract("WASHINGTON, Oct. 26 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with U.S. Secretary of State Antony Blinken in Washington on Tuesday.", "en", new DateOnly(2023, 10, 26));
        var m = Assert.Single(g.Meetings);
        Assert.Equal("2023-10-24", m.Date);
        Assert.Equal("Washington", m.Place);
    }

    [Fact]
    public void Read_dateDeeperInTheFirstSentence_isTheStorysNotTheDatelines()
    {
        var g = TestData.Extract("ASTANA. KAZINFORM – Kazakh President Kassym-Jomart Tokayev, re-elected on November 20, held talks with Uzbek President Shavkat Mirziyoyev in Tashkent on Thursday.", "en", new DateOnly(2022, 12, 22));
        Assert.Equal("2022-12-22", g.Document.Date);
    }

    [Theory]
    [InlineData("TUNXI, Anhui, March 30 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with Russian Foreign Minister Sergei Lavrov on Wednesday.", "en", "Tunxi")]
    [InlineData("تونشي (الصين) - 11 - 1 (كونا) -- بحث وزير الخارجية الصيني وانغ يي مع وزير الخارجية السعودي الأمير فيصل بن فرحان سبل التعاون.", "ar", null)]
    public void Read_datelineCityNotInTheGazetteer_isStillThePlace(string body, string lang, string? nameEn)
    {
        var g = TestData.Extract(body, lang, new DateOnly(2022, 3, 30));
        Assert.NotNull(g.Document.Place);
        if (nameEn is not null) Assert.Equal(nameEn, g.Document.Place);
        var place = Assert.Single(g.Entities, e => e.Type == "Place");
        Assert.Equal(lang == "ar", place.MachineTransliterated);
        Assert.Equal(g.Document.Place, Assert.Single(g.Meetings).Place);
    }

    [Fact]
    public void Read_labelBeforeAColon_isNoDatelineCity() =>
        Assert.DoesNotContain(TestData.Extract("نشر: 20 يناير 2016\nقال المتحدث إن الاجتماع كان مثمرا.", "ar").Entities, e => e.Type == "Place");

    [Theory]
    [InlineData("عمان 27 آب (بترا)- استقبل جلالة الملك عبدالله الثاني اليوم رئيس الوزراء العراقي.", "Amman", "OM")]
    [InlineData("الكويت - 18 - 8 (كونا) -- استقبل سمو الأمير اليوم وزير خارجية الهند.", "Kuwait City", null)]
    [InlineData("تونس 15 ديسمبر (وات) - أجرى رئيس الجمهورية قيس سعيد اليوم محادثة مع الرئيس الجزائري.", "Tunis", null)]
    [InlineData("جيبوتي في 23 أبريل /أ ش أ/ عقد الرئيس عبد الفتاح السيسي اليوم جلسة مباحثات مع الرئيس الجيبوتي.", "Djibouti City", null)]
    public void Read_datelineWrittenLikeACountry_isTheCity(string body, string city, string? absentCountry)
    {
        var g = TestData.Extract(body, "ar", new DateOnly(2024, 8, 27));
        Assert.Equal(city, g.Document.Place);
        Assert.Contains(g.Entities, e => e.Type == "Place" && e.Name.En == city);
        if (absentCountry is not null) Assert.DoesNotContain(g.Entities, e => e.Type == "Country" && e.Iso == absentCountry);
    }

    [Fact]
    public void Read_countryInTheBody_staysTheCountry()
    {
        var g = TestData.Extract("مسقط 5 مايو 2024 (العمانية) بحث وزير الخارجية اليوم العلاقات بين عمان والهند.", "ar", new DateOnly(2024, 5, 5));
        Assert.Contains(g.Entities, e => e.Type == "Country" && e.Iso == "OM");
        Assert.DoesNotContain(g.Entities, e => e.Name.En == "Amman");
    }

    [Theory]
    [InlineData("Bogor, West Java (ANTARA) - President Joko Widodo received his guest on Tuesday.", "Bogor")]
    [InlineData("Tuxtla Gutierrez, Chiapas (Notimex) - The foreign minister met his counterpart.", "Tuxtla Gutierrez")]
    public void Read_unknownTownInTitleCase_beforeACommaAndAnAgency_isThePlace(string body, string place) =>
        Assert.Equal(place, TestData.Extract(body, "en", new DateOnly(2023, 5, 23)).Document.Place);

    [Fact]
    public void Read_titleCaseWordsWithoutAComma_areNoDatelinePlace() =>
        Assert.NotEqual("President Joko", TestData.Extract("President Joko Widodo (Jokowi) received his guest on Tuesday.", "en", new DateOnly(2023, 5, 23)).Document.Place);

    [Fact]
    public void Read_datelineCityWithALongVowelMoreThanTheGazetteers_isThatCity_butNotOneOfOtherConsonants()
    {
        var munich = TestData.Extract("ميونيخ، ألمانيا 17 فبراير 2024 (شينخوا) التقى وزير الخارجية الصيني وانغ يي اليوم (السبت) وزير الخارجية الأوكراني دميترو كوليبا.", "ar", new DateOnly(2024, 2, 17));
        Assert.Equal("Munich", Assert.Single(munich.Meetings).Place);
        var bogor = TestData.Extract("بوقور، إندونيسيا 12 فبراير 2025 (الأناضول) التقى الرئيس التركي رجب طيب أردوغان اليوم الرئيس الإندونيسي برابوو سوبيانتو.", "ar", new DateOnly(2025, 2, 12));
        Assert.NotEqual("Bukhara", Assert.Single(bogor.Meetings).Place);
    }

    [Fact]
    public void Read_dateInALaterParagraph_afterTheLeadSentence_isNotTheDatelines_butALineOpeningWithADateIs()
    {
        var story = TestData.Extract("ALGIERS: Egyptian President Abdel Fattah al-Sisi met Algerian President Abdelmadjid Tebboune on Wednesday on the sidelines of the Arab League summit, the Egyptian presidency said.\n\nSisi congratulated Tebboune on the anniversary of the Nov. 1, 1954 revolution.", "en", new DateOnly(2022, 11, 2));
        Assert.Equal("2022-11-02", story.Document.Date);
        Assert.Equal("2022-11-02", Assert.Single(story.Meetings).Date);
        var page = TestData.Extract("Xi Jinping meets Egyptian Prime Minister Mostafa Madbouly in Tianjin to boost cooperation in many fields.\n2025-09-09 10:35\nXi said China and Egypt are good friends.", "en", new DateOnly(2025, 8, 30));
        Assert.Equal("2025-09-09", page.Document.Date);
    }
}
