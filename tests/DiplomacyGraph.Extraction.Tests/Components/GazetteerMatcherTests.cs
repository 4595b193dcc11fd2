namespace DiplomacyGraph.Extraction.Tests.Components;

public sealed class GazetteerMatcherTests
{
    [Theory]
    [InlineData("Russian President Vladimir Putin missed the G20 summit in India.", "en", "G20")]
    [InlineData("وصل الرئيس الصيني شي جين بينغ لحضور قمة منظمة شنغهاي للتعاون.", "ar", "Shanghai Cooperation Organization")]
    public void Match_organisationInsideAnEventName_isBothEventAndOrganisation(string body, string lang, string organisation)
    {
        var g = TestData.Extract(body, lang, new DateOnly(2023, 12, 6));
        Assert.Contains(g.Entities, e => e.Type == "Event");
        Assert.Contains(g.Entities, e => e.Type == "Organization" && e.Name.En == organisation);
    }

    [Fact]
    public void Match_theVerbOpen_isNotTheMovementFatah_butItsFullNameIs()
    {
        var verb = TestData.Extract("وأعادت إيران فتح سفارتها في الرياض، واتفق البلدان على فتح آفاق جديدة للتعاون.", "ar", new DateOnly(2023, 6, 6));
        Assert.DoesNotContain(verb.Entities, e => e.Type == "Organization");
        var movement = TestData.Extract("التقى الرئيس الفلسطيني محمود عباس وفدا من حركة فتح.", "ar", new DateOnly(2023, 6, 6));
        Assert.Contains(movement.Entities, e => e.Type == "Organization" && e.Name.En == "Fatah");
    }

    [Fact]
    public void Match_cityInsideALandmarksName_isNoPlace()
    {
        var g = TestData.Extract("تمثل قناة السويس شريانا للتجارة العالمية.", "ar", new DateOnly(2015, 8, 6));
        Assert.DoesNotContain(g.Entities, e => e.Type == "Place");
    }

    [Theory]
    [InlineData("Brazil is the first stop of Lavrov's Latin American tour.")]
    [InlineData("The forum brought together leaders from Latin America and South America.")]
    public void Match_americaAfterARegionsWord_isTheContinentNotTheUnitedStates(string body) =>
        Assert.DoesNotContain(TestData.Extract(body, "en", new DateOnly(2023, 4, 17)).Entities, e => e.Iso == "US");

    [Theory]
    [InlineData("قال وانغ إن رئيسي البلدين أقاما صداقة عميقة.")]
    [InlineData("التقى وانغ يي في لقاءين منفصلين رئيسي الوزراء السابقين.")]
    [InlineData("وأكد الاستعداد لاتباع التوجيه الاستراتيجي لرئيسي البلدين.")]
    public void Match_dualOfPresidentBeforeTheNounItGoverns_isNoName(string body) =>
        Assert.DoesNotContain(TestData.Extract(body, "ar", new DateOnly(2022, 3, 27)).Entities, e => e.Name.En == "Ebrahim Raisi");

    [Fact]
    public void Match_raisiAfterATitle_isTheNameEvenBeforeAnAdjective() =>
        Assert.Contains(TestData.Extract("نقل الوزير تحيات الرئيس رئيسي الصادقة إلى الرئيس شي.", "ar", new DateOnly(2022, 1, 14)).Entities, e => e.Name.En == "Ebrahim Raisi");

    [Fact]
    public void Match_knownNameGluedByAnApostropheToMoreLetters_isPartOfALongerName()
    {
        var g = TestData.Extract("Tongan Prime Minister Hu'akavameiliku Siaosi Sovaleni met with Chinese Foreign Minister Wang Yi on Tuesday.", "en", new DateOnly(2022, 5, 31));
        Assert.DoesNotContain(g.Entities, e => e.Name.En == "Hu Jintao");
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Wang Yi") && m.Participants.Any(p => p.Contains("Sovaleni", StringComparison.Ordinal)));
    }

    [Fact]
    public void Match_egyptianSpellingWithJeemForAHardG_isTheSamePlace()
    {
        var g = TestData.Extract("جلاسكو في 1 نوفمبر /أ ش أ/ التقى الرئيس عبد الفتاح السيسي اليوم رئيس الوزراء البريطاني بوريس جونسون بمدينة جلاسكو.", "ar", new DateOnly(2021, 11, 1));
        Assert.Contains(g.Entities, e => e.Type == "Place" && e.Name.En == "Glasgow");
        Assert.Equal("Glasgow", Assert.Single(g.Meetings).Place);
    }

    [Fact]
    public void Match_arabicGhainOfAnArabicGh_getsNoJeemSpelling()
    {
        // غانا is Ghana; جانا names nothing.
        var g = TestData.Extract("وصل الرئيس إلى جانا اليوم.", "ar", new DateOnly(2021, 11, 1));
        Assert.DoesNotContain(g.Entities, e => e.Type == "Country" && e.Iso == "GH");
    }

    [Fact]
    public void Match_titleOpeningAnAirportsName_refersToNoOne()
    {
        // "King" would otherwise be King Salman's short name, and the welcome a meeting with him.
        var g = TestData.Extract("RIYADH, Nov. 9 (NAN) -- King Salman invited African leaders to the summit. President Bola Tinubu arrived in Riyadh on Thursday and was received at King Khalid International Airport by Nigeria's Ambassador Yahaya Lawal.", "en", new DateOnly(2023, 11, 10));
        Assert.Empty(g.Meetings);
    }

    [Fact]
    public void Match_countryNameWithTheConjunctionJoined_isThatCountry_notAPersonsName()
    {
        // The packages write "أنتيغوا و باربودا"; Arabic text joins و to the next word.
        var g = TestData.Extract("بكين 24 يناير 2024 (شينخوا) التقى تشاو له جي اليوم رئيس وزراء أنتيغوا وباربودا غاستون براون.", "ar", new DateOnly(2024, 1, 24));
        Assert.Contains(g.Entities, e => e.Type == "Country" && e.Iso == "AG");
        Assert.Contains(g.Offices, o => o.Person == "Gaston Browne" && o.Title == "Prime Minister" && o.Country == "AG");
    }
}
