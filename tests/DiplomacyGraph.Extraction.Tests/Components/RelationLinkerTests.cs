namespace DiplomacyGraph.Extraction.Tests.Components;

public sealed class RelationLinkerTests
{
    private static readonly DateOnly Date = new(2022, 5, 10);

    [Fact]
    public void Link_partnershipNamingTwoCountries_isPartnerOfThemWithItsKind()
    {
        var g = TestData.Extract("China and Kazakhstan agreed to deepen their comprehensive strategic partnership.", "en", Date);
        var r = Assert.Single(g.Relations, r => r.Type == "PARTNER_OF");
        Assert.Equal(["China", "Kazakhstan"], new[] { r.From, r.To }.Order(StringComparer.Ordinal));
        Assert.Equal("comprehensive strategic partnership", r.Kind);
    }

    [Fact]
    public void Link_partnershipBetweenTheTwoCountries_isBetweenTheStorysCountries_notOthersInTheSentence()
    {
        var g = TestData.Extract("الجزائر - استقبل الرئيس الجزائري عبد المجيد تبون وزير الخارجية الروسي سيرغي لافروف، وأكد أن الجزائر وروسيا تربطهما علاقات تاريخية.\nوتناولت المحادثات سبل تعزيز الشراكة الاستراتيجية بين البلدين، إلى جانب الأزمة في أوكرانيا والوضع في ليبيا.", "ar", Date);
        var r = Assert.Single(g.Relations, r => r.Type == "PARTNER_OF");
        Assert.Equal(["Algeria", "Russia"], new[] { r.From, r.To }.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Link_partnershipWithThreeCountriesEquallyNamed_isNotGuessed()
    {
        var g = TestData.Extract("Egypt, Jordan and Iraq held talks. The leaders praised the strategic partnership.", "en", Date);
        Assert.DoesNotContain(g.Relations, r => r.Type == "PARTNER_OF");
    }

    [Fact]
    public void Link_greetingsWithTheRecipientBeforeTheCue()
    {
        var g = TestData.Extract("دمشق-سانا\nاستقبل الرئيس بشار الأسد اليوم بدر البوسعيدي وزير خارجية سلطنة عمان.\nونقل الوزير البوسعيدي إلى الرئيس الأسد تحيات جلالة السلطان هيثم بن طارق.", "ar", Date);
        Assert.Contains(g.Relations, r => r.Type == "CONVEYED_GREETINGS" && r.From == "Haitham bin Tariq" && r.To == "Bashar al-Assad");
    }

    [Fact]
    public void Link_hisOwnGreetings_areTheSubjects()
    {
        var g = TestData.Extract("بكين 22 نوفمبر 2018 (شينخوا) التقى الرئيس الصيني شي جين بينغ اليوم رئيس وزراء قازاقستان باكيتجان ساجينتاييف. وطلب شي من ساجينتاييف نقل تحياته الودية إلى رئيس قازقستان نور سلطان نزارباييف.", "ar", new DateOnly(2018, 11, 22));
        var r = Assert.Single(g.Relations, r => r.Type == "CONVEYED_GREETINGS");
        Assert.Equal(("Xi Jinping", "Nursultan Nazarbayev"), (r.From, r.To));
    }

    [Fact]
    public void Link_greetingsConveyedInAMeeting_goToTheConveyorsCounterpart_unlessTheSentenceSaysToWhom()
    {
        var g = TestData.Extract("أبوظبي في 8 مايو / وام / استقبل سمو الشيخ عبدالله بن زايد آل نهيان اليوم فخامة الرئيس الكيني وليام روتو.\nونقل سموه خلال اللقاء تحيات صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة.", "ar", new DateOnly(2025, 5, 8));
        Assert.Contains(g.Relations, r => r.Type == "CONVEYED_GREETINGS" && r.From == "Mohamed bin Zayed" && r.To == "William Ruto");
        var en = TestData.Extract("BEIJING -- Chinese Foreign Minister Wang Yi met with Bahraini Foreign Minister Abdullatif Al Zayani on Monday. Zayani conveyed cordial greetings from King Hamad bin Isa Al Khalifa to the Chinese leadership.", "en", Date);
        Assert.DoesNotContain(en.Relations, r => r.Type == "CONVEYED_GREETINGS");
    }

    [Theory]
    [InlineData("BEIJING -- Xi said China and Sri Lanka have kept advancing their strategic cooperative partnership.", "en")]
    [InlineData("ISLAMABAD -- They noted that the Pakistan-China All-Weather Strategic Cooperative Partnership was characterised by mutual trust.", "en")]
    [InlineData("دوشنبه (شينخوا) أعلن الرئيسان أن الصين وطاجيكستان ستطوران شراكة تعاونية استراتيجية شاملة في العصر الجديد.", "ar")]
    public void Link_partnershipsOfOtherKinds_linkTheTwoCountries(string body, string lang) =>
        Assert.Contains(TestData.Extract(body, lang, Date).Relations, r => r.Type == "PARTNER_OF" && !string.IsNullOrEmpty(r.Kind));

    [Fact]
    public void Link_dualObjectPronounOfLaunched_takesBothInitiativesBeforeIt()
    {
        var g = TestData.Extract("وأشاد رئيس الوزراء الباكستاني شهباز شريف بمبادرتي \"السعودية الخضراء\" و\"الشرق الأوسط الأخضر\" اللتين أطلقهما ولي العهد الأمير محمد بن سلمان.", "ar", new DateOnly(2023, 4, 11));
        var launched = g.Relations.Where(r => r.Type == "LAUNCHED" && r.From == "Mohammed bin Salman").Select(r => r.To).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Middle East Green Initiative", "Saudi Green Initiative"], launched);
    }

    [Fact]
    public void Link_greetingsOfAPossessor_andGreetingsAskedToBeConveyed_goFromWhoseTheyAreToTheOneAfterTo()
    {
        var g = TestData.Extract("FORTALEZA, Brazil, July 18 (Xinhua) -- Brazilian President Luiz Inacio Lula da Silva met with Chinese Foreign Minister Wang Yi on Thursday. Wang first conveyed Chinese President Xi Jinping's cordial greetings to Lula. Lula asked Wang to convey his sincere greetings to Xi, saying he values their friendship.", "en", new DateOnly(2024, 7, 18));
        Assert.Contains(g.Relations, r => r is { Type: "CONVEYED_GREETINGS", From: "Xi Jinping", To: "Luiz Inacio Lula da Silva" });
        Assert.Contains(g.Relations, r => r is { Type: "CONVEYED_GREETINGS", From: "Luiz Inacio Lula da Silva", To: "Xi Jinping" });
        Assert.DoesNotContain(g.Relations, r => r.Type == "CONVEYED_GREETINGS" && r.From == "Wang Yi");
    }

    [Fact]
    public void Link_greetingsAskedOfAGuestByAPronoun_areFromTheSubjectOfTheSentenceBefore()
    {
        var g = TestData.Extract("HANGZHOU, Sept. 4 (Xinhua) -- Russian President Vladimir Putin met Saudi Deputy Crown Prince Mohammed bin Salman on the sidelines of the G20 summit. President Putin said he was glad to see the Deputy Crown Prince again. He asked Prince Mohammed to convey his best wishes to King Salman.", "en", new DateOnly(2016, 9, 4));
        Assert.Contains(g.Relations, r => r is { Type: "CONVEYED_GREETINGS", From: "Vladimir Putin", To: "King Salman" });
    }

    [Fact]
    public void Link_speechStillToCome_isNoSpokeAt()
    {
        var g = TestData.Extract("DUBAI, Nov. 30 (WAM) -- King Charles III is scheduled to deliver the opening speech at the World Climate Action Summit tomorrow.", "en", new DateOnly(2023, 11, 30));
        Assert.DoesNotContain(g.Relations, r => r.Type == "SPOKE_AT");
    }

    [Theory]
    [InlineData("ISLAMABAD, May 2 (Xinhua) -- Prime Minister Shehbaz Sharif said Pakistan firmly supports the Belt and Road Initiative.", "en")]
    [InlineData("إسلام آباد 2 مايو 2023 (شينخوا) قال رئيس الوزراء الباكستاني شهباز شريف إن باكستان تدعم مبادرة الحزام والطريق.", "ar")]
    public void Link_supportsWithItsOwnSubjectRightBefore_isThatCountrysNotTheSpeakers(string body, string lang)
    {
        var g = TestData.Extract(body, lang, new DateOnly(2023, 5, 2));
        var r = Assert.Single(g.Relations, r => r.Type == "SUPPORTS");
        Assert.Equal("Pakistan", r.From);
    }
}
