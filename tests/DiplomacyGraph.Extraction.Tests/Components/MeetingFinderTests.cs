namespace DiplomacyGraph.Extraction.Tests.Components;

public sealed class MeetingFinderTests
{
    private static readonly DateOnly Date = new(2015, 8, 7);

    [Theory]
    [InlineData("Foreign Minister Wang Yi held telephone talks with Secretary of State John Kerry of US.")]
    [InlineData("Chinese President Xi Jinping will meet Kazakh President Kassym-Jomart Tokayev next week.")]
    [InlineData("Chinese President Xi Jinping is scheduled to meet Kazakh President Kassym-Jomart Tokayev.")]
    public void Find_phoneCallOrFutureMeeting_isNotAMeeting(string body) =>
        Assert.Empty(TestData.Extract(body, "en", Date).Meetings);

    [Theory]
    [InlineData("أجرى الرئيس المصري عبد الفتاح السيسي اتصالا هاتفيا مع الرئيس الصيني شي جين بينغ.")]
    [InlineData("سيلتقي الرئيس المصري عبد الفتاح السيسي الرئيس الصيني شي جين بينغ الأسبوع المقبل.")]
    // A present-tense cue after a journey still ahead: "he leaves for China, where he will meet …".
    [InlineData("ويغادر الرئيس الأرجنتيني ماوريسيو ماكري البلاد الليلة متوجها إلى الصين، حيث يلتقي الرئيس الصيني شي جين بينغ.")]
    [InlineData("وأوضح البيان أن الوزير البريطاني بوريس جونسون سيتوجه غدا الخميس إلى الرياض، حيث يلتقي ولي العهد السعودي الأمير محمد بن سلمان.")]
    [InlineData("ويختتم الرئيس الكوري مون جاي إن جولته في طشقند، حيث يلتقي الرئيس الأوزبكي شوكت ميرضيائيف.")]
    [InlineData("وتلتقي المستشارة الألمانية أنغيلا ميركل رجال أعمال قبل أن تتوجه إلى الدوحة، حيث تجري مباحثات مع أمير قطر الشيخ حمد بن خليفة آل ثاني.")]
    public void Find_arabicPhoneCallOrFutureMeeting_isNotAMeeting(string body) =>
        Assert.Empty(TestData.Extract(body, "ar", Date).Meetings);

    [Theory]
    [InlineData("استقبل الرئيس المصري عبد الفتاح السيسي اليوم بالقاهرة الرئيس الصيني شي جين بينغ.")]
    [InlineData("أجرى الرئيس المصري عبد الفتاح السيسي مباحثات اليوم مع الرئيس الصيني شي جين بينغ.")]
    [InlineData("عقد الرئيس المصري عبد الفتاح السيسي والرئيس الصيني شي جين بينغ محادثات في القاهرة.")]
    public void Find_arabicMeetingFrames_giveOneMeeting(string body)
    {
        var m = Assert.Single(TestData.Extract(body, "ar", Date).Meetings);
        Assert.Equal(["Abdel Fattah al-Sisi", "Xi Jinping"], m.Participants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Find_respectively_givesOneMeetingPerCounterpart()
    {
        var g = TestData.Extract("Chinese President Xi Jinping met with Philippine President Rodrigo Duterte and Kenyan President Uhuru Kenyatta respectively.", "en", Date);
        Assert.Equal(2, g.Meetings.Count);
        Assert.All(g.Meetings, m => Assert.Contains("Xi Jinping", m.Participants));
    }

    [Fact]
    public void Find_unknownArabicAndEnglishSpelling_giveTheSamePersonId()
    {
        var ar = TestData.Extract("استقبل الرئيس الصيني شي جين بينغ اليوم رئيس وزراء قازاقستان داورين جاكسيبيكوف.", "ar", Date);
        var en = TestData.Extract("Chinese President Xi Jinping met Kazakh Prime Minister Dauren Zhaksybekov.", "en", Date);
        var pa = Assert.Single(ar.Entities, e => e.Type == "Person" && e.Name.Ar == "داورين جاكسيبيكوف");
        var pe = Assert.Single(en.Entities, e => e.Type == "Person" && e.Name.En == "Dauren Zhaksybekov");
        Assert.True(pa.MachineTransliterated);
        Assert.False(string.IsNullOrEmpty(pa.Name.En));
        Assert.Equal(pe.Id, pa.Id);
    }

    [Fact]
    public void Find_unknownPersonInAMeeting_isAParticipantAndHasTheOffice()
    {
        var g = TestData.Extract("استقبل وزير الخارجية المصري سامح شكري اليوم وزير الخارجية الكرواتي توميسلاف سالوبيكو.", "ar", Date);
        var m = Assert.Single(g.Meetings);
        Assert.Contains("Sameh Shoukry", m.Participants);
        var other = Assert.Single(m.Participants, p => p != "Sameh Shoukry");
        Assert.Contains(g.Offices, o => o.Person == other && o.Title == "Foreign Minister" && o.Country == "HR");
        Assert.Contains(g.Entities, e => e.Name.En == other && e.Name.Ar == "توميسلاف سالوبيكو");
    }

    [Fact]
    public void Find_honorifics_areNotPartOfTheName()
    {
        var g = TestData.Extract("استقبل صاحب السمو الشيخ تميم بن حمد آل ثاني أمير دولة قطر اليوم معالي وزير الخارجية عادل الجبير.", "ar", Date);
        Assert.DoesNotContain(g.Entities, e => e.Name.Ar?.Contains("السمو", StringComparison.Ordinal) == true || e.Name.Ar?.Contains("الشيخ", StringComparison.Ordinal) == true);
        Assert.Contains(g.Offices, o => o is { Title: "Emir", Country: "QA" });
        Assert.Single(g.Meetings);
    }

    [Theory]
    [InlineData("Chinese President Xi Jinping visited Cairo. In talks with Egyptian President Abdel Fattah al-Sisi, Kazakh President Kassym-Jomart Tokayev said trade should grow.", "Kassym-Jomart Tokayev")]
    [InlineData("Chinese President Xi Jinping visited Cairo. During the meeting with Egyptian President Abdel Fattah al-Sisi, Kazakh President Kassym-Jomart Tokayev stressed trade.", "Kassym-Jomart Tokayev")]
    public void Find_frontedTalksPhrase_subjectIsTheMainClause(string body, string subject)
    {
        var m = Assert.Single(TestData.Extract(body, "en", Date).Meetings);
        Assert.Equal(["Abdel Fattah al-Sisi", subject], m.Participants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Find_possessedMeetingNounWithDirectObject_meetsThePersonNamedBefore()
    {
        var g = TestData.Extract("أكد الرئيس المصري عبد الفتاح السيسي أهمية التعاون.\n وشدد خلال لقائه اليوم بالقاهرة الرئيس الصيني شي جين بينغ على التعاون.", "ar", Date);
        var m = Assert.Single(g.Meetings);
        Assert.Equal(["Abdel Fattah al-Sisi", "Xi Jinping"], m.Participants.Order(StringComparer.Ordinal));
        Assert.Equal("Cairo", m.Place);
    }

    [Fact]
    public void Find_talksHeadlineOverAPhoneCall_isNotAMeeting()
    {
        var g = TestData.Extract("Xi holds talks with Egyptian president\n\nChinese President Xi Jinping spoke to Egyptian President Abdel Fattah al-Sisi. In a telephone conversation, the two leaders agreed to cooperate.", "en", Date);
        Assert.Empty(g.Meetings);
    }

    [Fact]
    public void Find_cityBeforeATitle_isNotTheVenue()
    {
        var g = TestData.Extract("Indian Prime Minister Narendra Modi met Abu Dhabi Crown Prince Mohamed bin Zayed.", "en", Date);
        var m = Assert.Single(g.Meetings);
        Assert.NotEqual("Abu Dhabi", m.Place);
    }

    [Theory]
    [InlineData("Kazakh President Kassym-Jomart Tokayev held a grand welcome ceremony for Chinese President Xi Jinping at the airport.", "en")]
    [InlineData("وأقام الرئيس القازاقي قاسم جومارت توكاييف مأدبة عشاء تكريما للرئيس الصيني شي جين بينغ.", "ar")]
    [InlineData("ووصل الرئيس الصيني شي جين بينغ إلى أستانا وكان الرئيس القازاقي قاسم جومارت توكاييف في استقباله.", "ar")]
    public void Find_hospitalityFrames_hostMeetsGuest(string body, string lang)
    {
        var m = Assert.Single(TestData.Extract(body, lang, Date).Meetings);
        Assert.Equal(["Kassym-Jomart Tokayev", "Xi Jinping"], m.Participants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Find_attendeesOfAReception_areNotParticipants()
    {
        var g = TestData.Extract("أقيمت مراسم استقبال للرئيس الصيني شي جين بينغ بحضور الرئيس القازاقي قاسم جومارت توكاييف ووزير الخارجية الصيني وانغ يي.", "ar", Date);
        var m = Assert.Single(g.Meetings);
        Assert.Equal(["Kassym-Jomart Tokayev", "Xi Jinping"], m.Participants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Find_secondCueInACoordinatedPredicate_sharesTheSubject()
    {
        var g = TestData.Extract("Chinese President Xi Jinping met Egyptian President Abdel Fattah al-Sisi, and held the first meeting of the China-Kazakhstan Cooperation Committee with Kazakh President Kassym-Jomart Tokayev.", "en", Date);
        Assert.Contains(g.Meetings, m => m.Participants.Order(StringComparer.Ordinal).SequenceEqual(["Kassym-Jomart Tokayev", "Xi Jinping"]));
        Assert.DoesNotContain(g.Meetings, m => m.Participants.Contains("Abdel Fattah al-Sisi") && m.Participants.Contains("Kassym-Jomart Tokayev"));
    }

    [Fact]
    public void Find_bareTitleWithTheWordingOfANamedHolder_isThatHolder()
    {
        var g = TestData.Extract("Foreign Minister Wang Yi met US Secretary of State John Kerry. President Xi Jinping gave his views when he met with the Secretary of State.", "en", Date);
        Assert.Contains(g.Meetings, m => m.Participants.Order(StringComparer.Ordinal).SequenceEqual(["John Kerry", "Xi Jinping"]));
    }

    [Fact]
    public void Find_sentenceWithoutADate_continuesTheStoryDate()
    {
        var g = TestData.Extract("CAIRO, Aug. 7 (Xinhua) -- Chinese President Xi Jinping arrived in Cairo on Aug 5. He praised the ties. In talks with Egyptian President Abdel Fattah al-Sisi, Xi said trade should grow.", "en", Date);
        Assert.Equal("2015-08-05", Assert.Single(g.Meetings).Date);
    }

    [Theory]
    [InlineData("Egyptian President Abdel Fattah al-Sisi, who arrived in Beijing on Wednesday, met Chinese President Xi Jinping on Friday.", "en", "2015-08-07")]
    [InlineData("Also on Thursday, Chinese President Xi Jinping held talks with Egyptian President Abdel Fattah al-Sisi, who is on a state visit to China from Aug. 5 to 8.", "en", "2015-08-06")]
    [InlineData("التقى الرئيس الصيني شي جين بينغ، الذي وصل إلى القاهرة يوم الأربعاء، الرئيس المصري عبد الفتاح السيسي يوم الجمعة.", "ar", "2015-08-07")]
    public void Find_dateInARelativeClauseOrAStaysBounds_isTheVisitsNotTheMeetings(string body, string lang, string date)
    {
        Assert.Equal(date, Assert.Single(TestData.Extract(body, lang, Date).Meetings).Date);
    }

    [Theory]
    [InlineData("Chinese Foreign Minister Wang Yi held separate talks with his counterparts from Egypt and Jordan, his ministry said. Wang met Egyptian Foreign Minister Sameh Shoukry and Jordanian Foreign Minister Ayman Safadi in Beijing on Monday.", "en")]
    [InlineData("التقى وزير الخارجية الصيني وانغ يي اليوم، كلا على حدة، نظراءه المصري والأردني. كما التقى وانغ وزير الخارجية المصري سامح شكري ووزير الخارجية الأردني أيمن الصفدي، وتبادل معهما وجهات النظر.", "ar")]
    [InlineData("Chinese Foreign Minister Wang Yi held separate bilateral meetings with Egyptian Foreign Minister Sameh Shoukry and Jordanian Foreign Minister Ayman Safadi in Beijing.", "en")]
    public void Find_storyThatSaysTheMeetingsWereSeparate_readsItsListOneByOne(string body, string lang)
    {
        var g = TestData.Extract(body, lang, Date);
        Assert.Equal(2, g.Meetings.Count);
        Assert.All(g.Meetings, m => Assert.Equal(2, m.Participants.Count));
    }

    [Fact]
    public void Find_frontedMeetingBeforeAVerbAndItsSubjectInApposition_isTheSubjectsMeeting()
    {
        var g = TestData.Extract("وخلال لقائه مع وزير الخارجية المصري سامح شكري، وصف وانغ يي، وهو أيضا عضو المكتب السياسي، زيارة الرئيس عبد الفتاح السيسي بأنها ناجحة.", "ar", Date);
        Assert.Equal(["Sameh Shoukry", "Wang Yi"], Assert.Single(g.Meetings).Participants.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Egyptian Foreign Minister Sameh Shoukry and Jordanian Foreign Minister Ayman Safadi held political consultations in Cairo on Monday.", "en")]
    [InlineData("أجرى وزير الخارجية المصري سامح شكري ونظيره الأردني أيمن الصفدي اليوم في القاهرة الجولة الأولى من الحوار الاستراتيجي بين البلدين.", "ar")]
    public void Find_consultationsAndStrategicDialogue_areMeetingsOfThoseWhoHeldThem(string body, string lang)
    {
        Assert.Equal(["Ayman Safadi", "Sameh Shoukry"], Assert.Single(TestData.Extract(body, lang, Date).Meetings).Participants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Find_onTheSameDay_isTheDayOfTheLastMeetingWhoseDayWasStated()
    {
        var g = TestData.Extract("Chinese President Xi Jinping met Egyptian President Abdel Fattah al-Sisi on Wednesday. Xi noted the meeting between Premier Li Keqiang and Sisi. On the same day, Xi also met Kazakh Prime Minister Bakytzhan Sagintayev.", "en", Date);
        Assert.Equal("2015-08-05", g.Meetings.Single(m => m.Participants.Contains("Bakytzhan Sagintayev")).Date);
    }

    [Theory]
    [InlineData("Chinese President Xi Jinping met Egyptian President Abdel Fattah al-Sisi, and thanked him for his support. He also met Kazakh Prime Minister Bakytzhan Sagintayev.", "Xi Jinping")]
    [InlineData("Chinese President Xi Jinping met Egyptian President Abdel Fattah al-Sisi on Wednesday. Sisi earlier visited Astana. There he held talks with Kazakh Prime Minister Bakytzhan Sagintayev.", "Abdel Fattah al-Sisi")]
    public void Find_pronounBeforeTheVerb_isTheSubjectOfTheSentenceBefore(string body, string subject)
    {
        var g = TestData.Extract(body, "en", Date);
        Assert.Contains(subject, g.Meetings.Single(m => m.Participants.Contains("Bakytzhan Sagintayev")).Participants);
    }

    [Fact]
    public void Find_meetingInARelativeClause_takesThatClausesDate()
    {
        var g = TestData.Extract("Egyptian President Abdel Fattah al-Sisi arrived in Beijing, his first stop since the summit on Jul. 20, following Astana, where he held talks with Kazakh Prime Minister Bakytzhan Sagintayev on Monday.", "en", Date);
        Assert.Equal("2015-08-03", Assert.Single(g.Meetings).Date);
    }

    [Theory]
    [InlineData("Chinese President Xi Jinping met Kazakh Prime Minister Bakytzhan Sagintayev. Foreign Minister Wang Yi and his Kazakh counterpart Kairat Abdrakhmanov were among the officials who attended the meeting.")]
    [InlineData("Chinese President Xi Jinping met Kazakh Prime Minister Bakytzhan Sagintayev. Foreign Minister Wang Yi and his Kazakh counterpart Kairat Abdrakhmanov were present during the meeting.")]
    public void Find_pairWhoAttendedTheMeeting_didNotHoldIt(string body)
    {
        Assert.Equal(["Bakytzhan Sagintayev", "Xi Jinping"], Assert.Single(TestData.Extract(body, "en", Date).Meetings).Participants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Find_coChairedWithACounterpart_isTheirMeeting_andBackgroundForTheSameDay()
    {
        var g = TestData.Extract("Chinese President Xi Jinping met Egyptian President Abdel Fattah al-Sisi on Friday. Wang Yi briefed Sisi on the strategic dialogue, which he co-chaired with Egyptian Foreign Minister Sameh Shoukry on Thursday. The same day, Xi also met Kazakh Prime Minister Bakytzhan Sagintayev.", "en", Date);
        Assert.Equal("2015-08-06", g.Meetings.Single(m => m.Participants.Order(StringComparer.Ordinal).SequenceEqual(["Sameh Shoukry", "Wang Yi"])).Date);
        Assert.Equal("2015-08-07", g.Meetings.Single(m => m.Participants.Contains("Bakytzhan Sagintayev")).Date);
    }

    [Fact]
    public void Find_seriesOfTalks_readsTheListOneByOne()
    {
        var g = TestData.Extract("Chinese Foreign Minister Wang Yi on Sunday held a series of talks with Arab officials. He met with Egyptian Foreign Minister Sameh Shoukry and Jordanian Foreign Minister Ayman Safadi.", "en", Date);
        Assert.Equal(2, g.Meetings.Count);
    }

    [Fact]
    public void Find_attendedTheMeetingWith_tellsOfAMeetingAlreadyRead()
    {
        var g = TestData.Extract("التقى الرئيس الصيني شي جين بينغ اليوم رئيس الوزراء القازاقي باكيتجان ساجينتاييف. حضر اللقاء مع رئيس الوزراء القازاقي وزير الخارجية الصيني وانغ يي.", "ar", Date);
        Assert.Equal(["Bakytzhan Sagintayev", "Xi Jinping"], Assert.Single(g.Meetings).Participants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Find_portfolioTitleInTheChainAfterAName_isThatPersonsOwnOffice()
    {
        var g = TestData.Extract("التقى سمو الشيخ حمدان بن محمد بن راشد آل مكتوم ولي عهد دبي نائب رئيس مجلس الوزراء وزير الدفاع، اليوم، دولة ناريندرا مودي رئيس وزراء جمهورية الهند. والتقى سموه كذلك معالي راجناث سينغ وزير الدفاع.", "ar", Date);
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Narendra Modi"));
    }

    [Fact]
    public void Find_counterpartOfACountryWithTwoPersons_isTheOneHoldingThePossessorsOffice()
    {
        var g = TestData.Extract("استقبل الرئيس المصري عبد الفتاح السيسي اليوم وزير الخارجية الأردني أيمن الصفدي، ونقل الصفدي تحيات العاهل الأردني الملك عبد الله الثاني. كما استقبل وزير الخارجية المصري سامح شكري نظيره الأردني اليوم بمقر الوزارة.", "ar", Date);
        Assert.Contains(g.Meetings, m => m.Participants.Order(StringComparer.Ordinal).SequenceEqual(["Ayman Safadi", "Sameh Shoukry"]));
    }

    [Fact]
    public void Find_objectPronoun_isThePersonTheSentenceNamedFirst()
    {
        var g = TestData.Extract("Egyptian President Abdel Fattah al-Sisi arrived in Beijing on Monday, when Chinese President Xi Jinping held talks with him.", "en", Date);
        Assert.Equal(["Abdel Fattah al-Sisi", "Xi Jinping"], Assert.Single(g.Meetings).Participants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Find_possessedMeetingNounAfterAClauseNamingTwo_isTheSubjectsMeetingWithTheLast()
    {
        var g = TestData.Extract("سلّم وزير الخارجية المصري سامح شكري، اليوم، رسالة من الرئيس عبد الفتاح السيسي إلى وزير الخارجية الأردني أيمن الصفدي، خلال لقائه في عمان.", "ar", Date);
        Assert.Equal(["Ayman Safadi", "Sameh Shoukry"], Assert.Single(g.Meetings).Participants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Find_withWhom_isThePersonBeforeTheComma()
    {
        var g = TestData.Extract("Egyptian President Abdel Fattah al-Sisi is visiting China at the invitation of Xi Jinping, with whom he also held talks on Friday.", "en", Date);
        Assert.Equal(["Abdel Fattah al-Sisi", "Xi Jinping"], Assert.Single(g.Meetings).Participants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Find_possessedMeetingNounAfterTheSubject_takesThePersonAfterIt()
    {
        var g = TestData.Extract("تعهد الرئيس المصري عبد الفتاح السيسي اليوم بتعزيز التعاون مع الصين، وذلك خلال لقائه في القاهرة الرئيس الصيني شي جين بينغ.", "ar", Date);
        Assert.Equal(["Abdel Fattah al-Sisi", "Xi Jinping"], Assert.Single(g.Meetings).Participants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Find_titleQualifiedByAnotherCountry_isNotTheHolderOfTheSameWording()
    {
        var g = TestData.Extract("استقبل الرئيس المصري عبد الفتاح السيسي اليوم وزير الخارجية الصيني وانغ يي. وقال وزير الخارجية الإيراني إن بلاده ترحب بالحوار.", "ar", new DateOnly(2023, 10, 18));
        Assert.DoesNotContain(g.Offices, o => o.Person == "Wang Yi" && o.Country == "IR");
    }

    [Fact]
    public void Find_negotiationsBetweenTwo_areTheirMeeting_butNotWhenLookedForwardTo()
    {
        var held = TestData.Extract("Yesterday, high-level negotiations took place between Chinese President Xi Jinping and Egyptian President Abdel Fattah al-Sisi in Beijing.", "en", Date);
        Assert.Equal(["Abdel Fattah al-Sisi", "Xi Jinping"], Assert.Single(held.Meetings).Participants.Order(StringComparer.Ordinal));
        var hoped = TestData.Extract("\"I look forward to my negotiations with Chinese President Xi Jinping,\" Egyptian President Abdel Fattah al-Sisi said.", "en", Date);
        Assert.Empty(hoped.Meetings);
    }

    [Fact]
    public void Find_meetingNounThenTheVerbThatHeldItThenAPair_isThePairsMeeting()
    {
        var g = TestData.Extract("وجرى التوقيع في القاهرة، عقب مباحثات أجراها الرئيس عبد الفتاح السيسي والرئيس شي جين بينغ تناولت العلاقات الثنائية.", "ar", Date);
        Assert.Equal(["Abdel Fattah al-Sisi", "Xi Jinping"], Assert.Single(g.Meetings).Participants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Find_adverbBetweenAnEnglishVerbAndAnUnknownName_isPassedOver()
    {
        var g = TestData.Extract("The Foreign Minister Sameh Shoukry also received today Timothy Lenderking, the US Special Envoy for Yemen.", "en", Date);
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.En == "Timothy Lenderking");
    }

    [Fact]
    public void Find_envoysPresentingCredentials_eachMeetTheHeadOfState()
    {
        var g = TestData.Extract("US Ambassador Eric Garcetti on Thursday presented his credentials to President Droupadi Murmu. Besides Garcetti, Qatar's Ambassador Mohammed Hassan Jabir Al-Jabir and Monaco's Ambassador Didier Gamerdinger presented their letters of credence to the President.", "en", new DateOnly(2023, 5, 11));
        Assert.Equal(3, g.Meetings.Count);
        Assert.All(g.Meetings, m => Assert.Contains("Droupadi Murmu", m.Participants));
    }

    [Theory]
    [InlineData("قدم سفير المملكة العربية السعودية نايف بن بندر السديري اليوم أوراق اعتماده إلى الرئيس الفلسطيني محمود عباس.", 1)]
    [InlineData("وبذلك يصبح السفير نايف بن بندر السديري أول سفير للمملكة، على أن يقدم أوراق اعتماده إلى الرئيس الفلسطيني محمود عباس في موعد لاحق.", 0)]
    public void Find_credentialsPresentedInArabic_areAMeeting_unlessStillToCome(string body, int meetings) =>
        Assert.Equal(meetings, TestData.Extract(body, "ar", new DateOnly(2023, 8, 12)).Meetings.Count);

    [Fact]
    public void Find_twoLetterFamilyNameAfterAMeetingVerb_isThePersonNamedBefore()
    {
        var g = TestData.Extract("التقى رئيس مجلس الدولة الصيني لي كه تشيانغ اليوم في بكين الرئيس المصري عبد الفتاح السيسي. وقال لي إن الصين مستعدة للعمل مع مصر. وفي اليوم نفسه، التقى لي في بكين أيضا رئيس وزراء قازاقستان باكيتجان ساجينتاييف.", "ar", new DateOnly(2018, 11, 22));
        Assert.Contains(g.Meetings, m => m.Participants.Order(StringComparer.Ordinal).SequenceEqual(["Bakytzhan Sagintayev", "Li Keqiang"]));
    }

    [Theory]
    [InlineData("He will then travel to Egypt for talks with Egyptian President Abdel Fattah al-Sisi on July 4.", 0)]
    [InlineData("Chinese President Xi Jinping, who will visit Cairo in the spring of 2016, held talks with Egyptian President Abdel Fattah al-Sisi.", 1)]
    public void Find_futureVerbEarlierInTheClause_makesNoMeeting(string body, int meetings)
    {
        var g = TestData.Extract("Chinese President Xi Jinping arrived in Astana on Monday. " + body, "en", Date);
        Assert.Equal(meetings, g.Meetings.Count);
    }

    [Fact]
    public void Find_withAfterACommaInATopic_isNoCounterpart()
    {
        var g = TestData.Extract("Chinese President Xi Jinping met Kazakh Prime Minister Bakytzhan Sagintayev. The sides discussed trade, with an emphasis on the agreements reached during Abdel Fattah al-Sisi's visit.", "en", Date);
        Assert.Equal(["Bakytzhan Sagintayev", "Xi Jinping"], Assert.Single(g.Meetings).Participants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Find_mainClauseWithoutADate_takesTheRelativeClausesDay()
    {
        var g = TestData.Extract("Chinese President Xi Jinping, who arrived in Cairo on Wednesday, met Egyptian President Abdel Fattah al-Sisi on the first day of his visit.", "en", Date);
        Assert.Equal("2015-08-05", Assert.Single(g.Meetings).Date);
    }

    [Fact]
    public void Find_attendeeListWithRolesOnly_findsTheUnknownNamesAsAttendees()
    {
        var g = TestData.Extract("استقبل الرئيس المصري عبد الفتاح السيسي اليوم الرئيس الصيني شي جين بينغ. حضر اللقاء رئيس الأركان بمكتب وزير الدفاع إريك روزينباخ، وكبير المساعدين العسكريين رونالد لويس، ورئيس معهد العالم العربي جاك لانج، وعدد من المسؤولين.", "ar", Date);
        foreach (var name in new[] { "إريك روزينباخ", "رونالد لويس", "جاك لانج" })
            Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.Ar == name);
        Assert.DoesNotContain(g.Entities, e => e.Type == "Person" && e.Name.Ar?.Contains("المسؤولين", StringComparison.Ordinal) == true);
        Assert.Equal(["Abdel Fattah al-Sisi", "Xi Jinping"], Assert.Single(g.Meetings).Participants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Find_futureWordInTheTopicOfTalks_doesNotMakeThemFuture()
    {
        var g = TestData.Extract("الجزائر، 28 نوفمبر 2022 (واج) - أجرى الوزير الأول أيمن بن عبد الرحمان اليوم محادثات مع رئيسة الحكومة التونسية نجلاء بودن تناولت التحضير للاستحقاقات الثنائية المقبلة.", "ar", new DateOnly(2022, 11, 28));
        Assert.Single(g.Meetings);
    }

    [Fact]
    public void Find_courtesyCallOnAHeadOfState_isAMeeting()
    {
        var g = TestData.Extract("KUALA LUMPUR, July 20 (Bernama) -- Prime Minister Datuk Seri Anwar Ibrahim paid a courtesy call on the Sultan of Brunei, Sultan Hassanal Bolkiah, here today.", "en", new DateOnly(2024, 7, 20));
        var m = Assert.Single(g.Meetings);
        Assert.Contains("Anwar Ibrahim", m.Participants);
    }

    [Theory]
    [InlineData("After Ankara, Prime Minister Shehbaz Sharif is expected to travel to Baku for a meeting with President Ilham Aliyev.")]
    [InlineData("President Cyril Ramaphosa is set to fly to Nairobi for talks with President William Ruto.")]
    [InlineData("Prime Minister Matteo Renzi was to be received by King Salman bin Abdulaziz Al Saud at the royal palace in the early afternoon.")]
    [InlineData("During the talks with the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, President Nursultan Nazarbayev is expected to discuss the situation in Syria.")]
    public void Find_expectedOrSetToEarlierInTheClause_isNoMeetingYet(string body) =>
        Assert.Empty(TestData.Extract(body, "en", new DateOnly(2023, 5, 30)).Meetings);

    [Fact]
    public void Find_personInAClauseAboutAPlace_beforeAPassiveCue_isNotItsSubject()
    {
        var g = TestData.Extract("DJIBOUTI, Jan 24 (AA) -- Turkish President Recep Tayyip Erdogan flew into Djibouti on Friday evening from Saudi Arabia, where he had attended the funeral of King Abdullah bin Abdulaziz, and was greeted at the airport by Djiboutian President Ismail Omar Guelleh.", "en", new DateOnly(2015, 1, 24));
        Assert.True(TestData.HasMeeting(g, "Recep Tayyip Erdogan", "Ismail Omar Guelleh"));
        Assert.DoesNotContain(g.Meetings, m => m.Participants.Contains("Abdullah bin Abdulaziz"));
    }

    [Fact]
    public void Find_cityInWhatTheVisitorExpressed_isNotTheVenue()
    {
        var g = TestData.Extract("إسلام آباد 7 مارس (واس) -- أجرى وزير الدولة للشؤون الخارجية عادل الجبير اليوم مباحثات مع وزير الخارجية الباكستاني شاه محمود قريشي في مقر وزارة الخارجية، معربا عن تقدير الرياض لضبط النفس.", "ar", new DateOnly(2019, 3, 7));
        Assert.Equal("Islamabad", Assert.Single(g.Meetings).Place);
    }

    [Fact]
    public void Find_hereAfterTheObject_isTheDatelinesCity_notACityNamedAfterIt()
    {
        var g = TestData.Extract("ISLAMABAD, March 7 (Xinhua) -- Pakistani Prime Minister Imran Khan met with visiting Saudi Minister of State for Foreign Affairs Adel al-Jubeir here on Thursday, as Riyadh stepped up efforts to ease tensions.", "en", new DateOnly(2019, 3, 7));
        Assert.Equal("Islamabad", Assert.Single(g.Meetings).Place);
    }

    [Fact]
    public void Find_feminineDiscussedWith_isAMeeting()
    {
        var g = TestData.Extract("جدة - 26 - 5 (كونا) -- وأوضحت المستشارة الألمانية أنغيلا ميركل أنها بحثت مع خادم الحرمين الشريفين الملك عبدالله بن عبدالعزيز مساء أمس في جدة الملف النووي.", "ar", new DateOnly(2010, 5, 26));
        Assert.Equal(2, Assert.Single(g.Meetings).Participants.Count);
    }

    [Fact]
    public void Find_cityOfARelativeClauseTheCueIsNotIn_isNotTheVenue()
    {
        var g = TestData.Extract("KUWAIT, Oct 6 (KUNA) -- German Foreign Minister Frank-Walter Steinmeier, who arrived on Monday from New Delhi, where he had attended intergovernmental consultations, was received on Tuesday by Kuwaiti Crown Prince Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah.", "en", new DateOnly(2015, 10, 6));
        Assert.Equal("Kuwait City", Assert.Single(g.Meetings).Place);
    }

    [Fact]
    public void Find_theirTalksAfterAPairJoinedByWith_isThatPairsMeeting()
    {
        var g = TestData.Extract("جاء ذلك في مؤتمر صحفي مشترك عقده وزير الخارجية المصري سامح شكري مع نظيره المجري بيتر سيارتو، عقب مباحثاتهما في القاهرة.", "ar", new DateOnly(2015, 11, 7));
        Assert.Equal(2, Assert.Single(g.Meetings).Participants.Count);
    }

    [Fact]
    public void Find_heldWithThePartnerNamedBeforeTheTalksNoun_isAMeeting()
    {
        var g = TestData.Extract("وكان خادم الحرمين الشريفين الملك عبدالله بن عبدالعزيز آل سعود قد عقد مع رئيس الوزراء البريطاني جوردون براون مساء أمس السبت جلسة مباحثات في قصره بالرياض.", "ar", new DateOnly(2008, 11, 2));
        var m = Assert.Single(g.Meetings);
        Assert.Equal((2, "2008-11-01"), (m.Participants.Count, m.Date));
    }

    [Theory]
    [InlineData("RIYADH, Nov 8 -- Prime Minister Matteo Renzi had dinner with Crown Prince Mohammed bin Nayef on Sunday.")]
    [InlineData("PRAGUE, March 14 -- President Ferdinand Marcos Jr. had a working lunch with Senate President Milos Vystrcil on Thursday.")]
    public void Find_mealTogether_isAMeeting(string body) =>
        Assert.Equal(2, Assert.Single(TestData.Extract(body, "en", new DateOnly(2015, 11, 8)).Meetings).Participants.Count);

    [Fact]
    public void Find_separateMeetingsInTheCuesOwnSentence_giveOneMeetingEach()
    {
        var g = TestData.Extract("King Abdullah II held separate meetings in Brussels with President of the European Parliament Roberta Metsola and President of the European Council Antonio Costa.", "en", new DateOnly(2025, 1, 29));
        Assert.Equal(2, g.Meetings.Count);
        Assert.All(g.Meetings, m => Assert.Equal(2, m.Participants.Count));
    }

    [Fact]
    public void Find_countryNamedDatelineOfACityState_placesTheMeetingInTheCapital()
    {
        var g = TestData.Extract("KUWAIT, Aug 28 (KUNA) -- Prime Minister Sheikh Jaber Al-Mubarak Al-Hamad Al-Sabah received Russian Foreign Minister Sergey Lavrov on Monday. Moscow supports the talks, Lavrov said.", "en", new DateOnly(2017, 8, 28));
        Assert.Equal("Kuwait City", Assert.Single(g.Meetings).Place);
    }

    [Fact]
    public void Find_theirRecalledMeetingInAnotherCity_isAnotherMeetingWithoutADate()
    {
        var g = TestData.Extract("ASTANA, May 17 (Xinhua) -- Chinese President Xi Jinping held talks with Kazakh President Kassym-Jomart Tokayev here on Friday. Recalling their first meeting in Beijing in 2019, Xi said ties had grown.", "en", new DateOnly(2024, 5, 17));
        Assert.Equal(2, g.Meetings.Count);
        Assert.Contains(g.Meetings, m => m.Date == "2024-05-17" && m.Place == "Astana");
        Assert.Contains(g.Meetings, m => m.Date is null && m.Place == "Beijing");
    }

    [Fact]
    public void Find_arabicLastMeetingOfTheSpeakerAndHisCounterpart_isAnotherMeeting()
    {
        var g = TestData.Extract("الرياض في 5 مارس / واس / استقبل الأمير محمد بن سلمان ولي العهد اليوم الرئيس التركي رجب طيب أردوغان. وأشار سمو ولي العهد إلى أن لقاءهما الأخير كان في أنقرة.", "ar", new DateOnly(2023, 3, 5));
        Assert.Equal(2, g.Meetings.Count);
        Assert.Contains(g.Meetings, m => m.Date is null && m.Place == "Ankara" && m.Participants.Count == 2);
    }

    [Fact]
    public void Find_recalledTalksWithAThirdPerson_haveNeitherTheStorysDayNorItsCity()
    {
        var g = TestData.Extract("ASTANA, Sept 5 -- President Kassym-Jomart Tokayev received Kyrgyz President Sadyr Japarov on Friday. Tokayev also recalled his recent talks with Uzbek President Shavkat Mirziyoyev on the sidelines of the SCO summit.", "en", new DateOnly(2025, 9, 5));
        var recalled = Assert.Single(g.Meetings, m => m.Participants.Contains("Shavkat Mirziyoyev"));
        Assert.Null(recalled.Date);
        Assert.Null(recalled.Place);
    }

    [Fact]
    public void Find_recalledMeetingOfThePairWithoutCityOrDate_isNotANewMeeting()
    {
        var g = TestData.Extract("SINGAPORE, May 5 -- Prime Minister Lee Hsien Loong met Malaysian Prime Minister Anwar Ibrahim on Monday. Lee recalled that he first met Anwar in the 1980s.", "en", new DateOnly(2023, 5, 8));
        Assert.Single(g.Meetings);
    }

    [Fact]
    public void Find_sameDayMeetingWithoutACity_isWhereTheStoryPutTheDaysFirstMeeting()
    {
        var g = TestData.Extract("BEIJING, Oct. 20 (Xinhua) -- Chinese special envoy Zhai Jun met in Cairo on Thursday with Egyptian Foreign Minister Sameh Shoukry. On the same day, Zhai also met with Arab League Secretary-General Ahmed Aboul Gheit.", "en", new DateOnly(2023, 10, 20));
        Assert.Equal(2, g.Meetings.Count);
        Assert.All(g.Meetings, m => Assert.Equal("Cairo", m.Place));
        Assert.All(g.Meetings, m => Assert.Equal("2023-10-19", m.Date));
    }

    [Theory]
    [InlineData("In talks in Canberra, Prime Minister Anthony Albanese told Premier Li Qiang that the two countries should keep talking.")]
    [InlineData("During the meeting, Prime Minister Anthony Albanese assured Premier Li Qiang of his support.")]
    public void Find_frontedMeetingNounWithOneAddressingAnother_isTheirMeeting(string body)
    {
        var m = Assert.Single(TestData.Extract(body, "en", new DateOnly(2024, 6, 17)).Meetings);
        Assert.Equal(["Anthony Albanese", "Li Qiang"], m.Participants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Find_theTwoMinistersLastMet_isThePairOfMinistersNotTheLastMeeting()
    {
        var g = TestData.Extract("Foreign Minister Naledi Pandor on Monday hosted Russian Foreign Minister Sergey Lavrov for talks in Pretoria. Lavrov was later received by President Cyril Ramaphosa. The two ministers last met in September in New York.", "en", new DateOnly(2023, 1, 23));
        var earlier = Assert.Single(g.Meetings, m => m.Place == "New York");
        Assert.Contains("Naledi Pandor", earlier.Participants);
        Assert.Null(earlier.Date);
    }

    [Fact]
    public void Find_aDayAfterHeMet_isTheDayBeforeTheStatement()
    {
        var m = Assert.Single(TestData.Extract("Malaysian Foreign Minister Zambry Abdul Kadir spoke on ties. In a statement today, a day after he met his Singaporean counterpart Vivian Balakrishnan here, Foreign Minister Zambry Abdul Kadir said ties were strong.", "en", new DateOnly(2023, 1, 17)).Meetings);
        Assert.Equal("2023-01-16", m.Date);
    }

    [Fact]
    public void Find_conferenceInACityState_placesTheMeetingInItsCapital()
    {
        var g = TestData.Extract("Djiboutian President Ismail Omar Guelleh spoke first. Turkish Parliament Speaker Mustafa Sentop met Qatari Shura Council Speaker Ahmed bin Abdullah Al Mahmoud on the sidelines of the conference in Djibouti.", "en", new DateOnly(2019, 11, 28));
        Assert.Equal("Djibouti City", Assert.Single(g.Meetings).Place);
        Assert.Contains(g.Entities, e => e.Type == "Country" && e.Iso == "DJ");
    }

    [Fact]
    public void Find_airportWelcomeByACounterpartAndAmbassadors_isTheCounterpartsOnArrivalDay()
    {
        var g = TestData.Extract("LUANDA, January 25 -- Russian Foreign Minister Sergey Lavrov arrived in Luanda on Tuesday evening. At the airport he was met by Angolan Minister of External Relations Tete Antonio, Russian Ambassador to Angola Vladimir Tararov and Angolan Ambassador to Russia Augusto da Silva Cunha.", "en", new DateOnly(2023, 1, 25));
        var m = Assert.Single(g.Meetings);
        Assert.True(TestData.HasMeeting(g, "Sergei Lavrov", "Tete Antonio"));
        Assert.Equal("2023-01-24", m.Date);
    }

    [Fact]
    public void Find_programmeOfTheVisitIncludesMeetings_isNoMeetingYet() =>
        Assert.Empty(TestData.Extract("The program of the visit also includes meetings with Ivorian President Alassane Ouattara and Turkish Parliament Speaker Numan Kurtulmus.", "en", new DateOnly(2024, 3, 3)).Meetings);

    [Fact]
    public void Find_personsMetDuringAVisit_areMetOneByOne()
    {
        var g = TestData.Extract("وكان الصفدي قد التقى في بغداد، خلال زيارته، رئيس الوزراء العراقي مصطفى الكاظمي، ووزير الخارجية المصري سامح شكري.", "ar", new DateOnly(2022, 5, 3));
        Assert.Equal(2, g.Meetings.Count);
        Assert.All(g.Meetings, m => Assert.Equal(2, m.Participants.Count));
    }

    [Fact]
    public void Find_twoSeparateMeetingsDual_giveOneMeetingEach()
    {
        var g = TestData.Extract("عقد وزير الخارجية الكويتي الشيخ أحمد ناصر المحمد الصباح اليوم لقاءين منفصلين مع وزير الخارجية الجزائري رمطان لعمامرة ووزير الخارجية الروسي سيرغي لافروف.", "ar", new DateOnly(2022, 9, 24));
        Assert.Equal(2, g.Meetings.Count);
    }

    [Fact]
    public void Find_ministerOfARepublicNamedInFull_isTheOneMet()
    {
        var g = TestData.Extract("الكويت - 24 - 9 (كونا) -- عقد وزير الخارجية ووزير الدولة لشؤون مجلس الوزراء الشيخ أحمد ناصر المحمد الصباح لقاء مع وزير الخارجية الجزائري رمطان لعمامرة. كما استقبل الشيخ أحمد ناصر المحمد اليوم وزير خارجية جمهورية رواندا فنسنت بيروتا.", "ar", new DateOnly(2022, 9, 24));
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Vincent Biruta"));
        Assert.Contains(g.Offices, o => o.Person == "Vincent Biruta" && o.Country == "RW");
        Assert.DoesNotContain(g.Offices, o => o.Person == "Vincent Biruta" && o.Country == "KW");
    }

    [Fact]
    public void Find_theThreePresidentsLastMet_isTheStorysMeetingOfThree()
    {
        var g = TestData.Extract("ANKARA, September 16 -- Russian President Vladimir Putin, Iranian President Hassan Rouhani and Turkish President Recep Tayyip Erdogan held a trilateral summit on Monday. The three presidents last met in Sochi in February.", "en", new DateOnly(2019, 9, 16));
        var earlier = Assert.Single(g.Meetings, m => m.Place == "Sochi");
        Assert.Equal(3, earlier.Participants.Count);
        Assert.Null(earlier.Date);
    }

    [Fact]
    public void Find_afterTalksWithSomeoneNotYetMet_isThoseTalks()
    {
        var g = TestData.Extract("\"We agreed to take additional steps,\" Russian Foreign Minister Sergey Lavrov told a news conference after talks with Malian Foreign Minister Abdoulaye Diop in Moscow.", "en", new DateOnly(2024, 2, 28));
        Assert.Single(g.Meetings);
        Assert.True(TestData.HasMeeting(g, "Abdoulaye Diop", "Sergei Lavrov"));
    }

    [Fact]
    public void Find_predicateJoinedByAnd_takesItsOwnDay()
    {
        var g = TestData.Extract("BRASILIA, Jan. 3 (Xinhua) -- Chinese Vice President Wang Qishan attended the inauguration of Brazilian President Luiz Inacio Lula da Silva on Sunday and met with him in Brasilia on Monday.", "en", new DateOnly(2023, 1, 3));
        Assert.Equal("2023-01-02", Assert.Single(g.Meetings).Date);
    }

    [Fact]
    public void Find_ministersWhoTookPartInTheTalks_didNotHoldThem()
    {
        var g = TestData.Extract("Minister of Tourism Morena Valdez, Minister of Agriculture Pablo Anliker and Minister of Economy Maria Luisa Hayem took part in the talks.", "en", new DateOnly(2019, 12, 3));
        Assert.Empty(g.Meetings);
    }

    [Fact]
    public void Find_twoHostsMeetingAGuestSeparately_giveOneMeetingEach()
    {
        var g = TestData.Extract("BEIJING, Jan. 22 (Xinhua) -- Chinese Vice President Li Yuanchao and State Councilor Yang Jiechi on Wednesday met separately with visiting U.S. Deputy Secretary of State William Burns.", "en", new DateOnly(2014, 1, 22));
        Assert.Equal(2, g.Meetings.Count);
        Assert.All(g.Meetings, m => Assert.Equal(2, m.Participants.Count));
    }

    [Fact]
    public void Find_envoyOfAPresident_isTheOneMetNotThePresident()
    {
        var m = Assert.Single(TestData.Extract("طهران 31 يوليو 2024 (شينخوا) التقى الرئيس الإيراني مسعود بزشكيان هنا اليوم المبعوث الخاص للرئيس الصيني شي جين بينغ، نائب رئيس اللجنة الدائمة بنغ تشينغ هوا.", "ar", new DateOnly(2024, 7, 31)).Meetings);
        Assert.DoesNotContain("Xi Jinping", m.Participants);
        Assert.Equal(2, m.Participants.Count);
    }

    [Fact]
    public void Find_representativeOfAPresidentNamedWithHisCountry_isTheOneMet()
    {
        // (The title's country stands between the title and the principal's name: لرئيس جمهورية الصين الشعبية.)
        var m = Assert.Single(TestData.Extract("دبي في 30 نوفمبر/ وام/ التقى الشيخ محمد بن زايد آل نهيان رئيس الدولة اليوم الممثل الخاص لرئيس جمهورية الصين الشعبية شي جين بينغ، نائب رئيس مجلس الدولة دينغ شيو شيانغ.", "ar", new DateOnly(2023, 11, 30)).Meetings);
        Assert.Equal(["Mohamed bin Zayed", "Ding Xuexiang"], m.Participants);
    }

    [Fact]
    public void Find_cityOfASummitStillScheduled_isNotTheVenue()
    {
        var g = TestData.Extract("الخرطوم 16-3-2019 (سونا)- استقبل الرئيس عمر البشير اليوم ببيت الضيافة مبعوث الرئيس الروسي للشرق الأوسط وإفريقيا نائب وزير الخارجية الروسي ميخائيل بوغدانوف، وتسلم منه دعوة للمشاركة في القمة الروسية الإفريقية المقرر عقدها بمدينة سوتشي في أكتوبر المقبل.", "ar", new DateOnly(2019, 3, 16));
        var m = Assert.Single(g.Meetings);
        Assert.Equal("Khartoum", m.Place);
        // (Nor are the words after "ببيت", the guest house, anyone's name.)
        Assert.Equal(["Omar al-Bashir", "Mikhail Bogdanov"], m.Participants);
    }

    [Fact]
    public void Find_cityOfAGuestsFamily_isNotTheVenue()
    {
        var m = Assert.Single(TestData.Extract("ASTANA. KAZINFORM - Head of State Kassym-Jomart Tokayev today met with Sheikh Suroor bin Mohammed Al Nahyan, senior member of the ruling family of Abu Dhabi.", "en", new DateOnly(2023, 5, 26)).Meetings);
        Assert.Equal("Astana", m.Place);
    }

    [Fact]
    public void Find_afterTalksWithACounterpartNamedPastALongTitle_isThoseTalks()
    {
        var g = TestData.Extract("الرباط - قال وزير الشؤون الخارجية ناصر بوريطة، اليوم الخميس بالرباط، إن العلاقات قوية. وأوضح بوريطة، في ندوة صحفية عقب مباحثاته مع وزير الشؤون الخارجية والاتحاد الأوروبي والتعاون الإسباني، خوسيه مانويل ألباريس، أن العلاقات تعززت.", "ar", new DateOnly(2023, 12, 14));
        Assert.Equal(["Jose Manuel Albares", "Nasser Bourita"], Assert.Single(g.Meetings).Participants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Find_talksCalledFaceToFaceAfterEarlierCallsAndVideoConferences_areAMeeting()
    {
        var g = TestData.Extract("MOSCOW, February 3. /TASS/. Russian President Vladimir Putin held talks with Argentine President Alberto Fernandez in the Kremlin on Thursday, their first face-to-face bilateral meeting after a series of phone calls and video conferences.", "en", new DateOnly(2022, 2, 3));
        Assert.Equal(["Alberto Fernandez", "Vladimir Putin"], Assert.Single(g.Meetings).Participants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Find_secondObjectAfterAndSeparately_isASecondMeeting()
    {
        var g = TestData.Extract("NEW DELHI, Sept. 9 (AA) - President Recep Tayyip Erdogan received German Chancellor Olaf Scholz and, separately, World Bank President Ajay Banga.", "en", new DateOnly(2023, 9, 9));
        Assert.Equal(2, g.Meetings.Count);
        Assert.Contains(g.Meetings, m => m.Participants.Order(StringComparer.Ordinal).SequenceEqual(["Ajay Banga", "Recep Tayyip Erdogan"]));
    }

    [Fact]
    public void Find_kamaWithOneObjectAfterIt_keepsTheSentencesFirstSubject_butAVerbWithItsObjectPronounHasItsSubjectAfterIt()
    {
        var g = TestData.Extract("أوازا 14 ديسمبر 2022 (الأناضول) التقى الرئيس التركي رجب طيب أردوغان اليوم الرئيس الأذربيجاني إلهام علييف، كما التقى رئيس الوزراء الباكستاني شهباز شريف.", "ar", new DateOnly(2022, 12, 14));
        Assert.Contains(g.Meetings, m => m.Participants.Order(StringComparer.Ordinal).SequenceEqual(["Recep Tayyip Erdogan", "Shehbaz Sharif"]));
        Assert.DoesNotContain(g.Meetings, m => m.Participants.Contains("Ilham Aliyev") && m.Participants.Contains("Shehbaz Sharif"));
        var pronoun = TestData.Extract("المنامة 15 يوليو 2018 (بنا) استقبل الملك حمد بن عيسى آل خليفة اليوم وزيرة الخارجية الهندية سوشما سواراج، كما استقبلها الأمير خليفة بن سلمان آل خليفة رئيس الوزراء.", "ar", new DateOnly(2018, 7, 15));
        Assert.Contains(pronoun.Meetings, m => m.Participants.Contains("Khalifa bin Salman Al Khalifa") && m.Participants.Contains("Sushma Swaraj"));
        Assert.DoesNotContain(pronoun.Meetings, m => m.Participants.Contains("Khalifa bin Salman Al Khalifa") && m.Participants.Contains("Hamad bin Isa Al Khalifa"));
    }

    [Fact]
    public void Find_meetingShortlyBeforeASummitOpened_isAMeeting()
    {
        var g = TestData.Extract("أوازا 14 ديسمبر 2022 (الأناضول) وقبيل انطلاق القمة، التقى أردوغان بالرئيس سردار بيردي محمدوف.", "ar", new DateOnly(2022, 12, 14));
        Assert.Equal(["Recep Tayyip Erdogan", "Serdar Berdimuhamedov"], Assert.Single(g.Meetings).Participants.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(g.Entities, e => e.Type == "Person" && e.Name.Ar is { } ar && ar.Contains("قبيل", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_honorificWithItsPronounBeforeAListOfTitledObjects_isTheSubject_andTheDualMeetingsNounSplitsThem()
    {
        var g = TestData.Extract("نيويورك 25 سبتمبر 2018 (بترا) التقى جلالة الملك عبدالله الثاني اليوم الرئيس اللبناني ميشال عون.\nكما التقى جلالته رئيس جمهورية مقدونيا جورجي إيفانوف، والممثلة العليا للشؤون الخارجية والسياسة الأمنية في الاتحاد الأوروبي فيديريكا موغيريني، وتناول اللقاءان العلاقات الثنائية.", "ar", new DateOnly(2018, 9, 25));
        Assert.Equal(3, g.Meetings.Count);
        Assert.All(g.Meetings, m => Assert.Equal(2, m.Participants.Count));
        Assert.All(g.Meetings, m => Assert.Contains("King Abdullah II", m.Participants));
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.Ar == "جورجي إيفانوف");
    }

    [Fact]
    public void Find_cityOfAnEventInARelativeClause_isNotTheMeetingsPlace_unlessTheMeetingWasOnItsMargins()
    {
        var g = TestData.Extract("نيويورك 25 سبتمبر 2018 (بترا) وفي لقاء جلالة الملك عبدالله الثاني مع الرئيس القبرصي نيكوس أناستاسيادس، جرى التأكيد على البناء على مخرجات القمة الثلاثية التي عقدت في نيقوسيا مطلع العام.", "ar", new DateOnly(2018, 9, 25));
        Assert.Equal("New York", Assert.Single(g.Meetings).Place);
        var margins = TestData.Extract("بكين 18 يوليو 2023 (شينخوا) قال الرئيس شي جين بينغ إنه التقى الرئيس محمود عباس على هامش القمة الصينية العربية الأولى التي عقدت في الرياض في ديسمبر الماضي.", "ar", new DateOnly(2023, 7, 18));
        Assert.Contains(margins.Meetings, m => m.Place == "Riyadh");
    }

    [Theory]
    [InlineData("قام الرئيس بشار الأسد مساء أمس بزيارة عمل إلى موسكو تلبية لدعوة من الرئيس الروسي فلاديمير بوتين، عقد خلالها الرئيسان جلسة محادثات تناولت الأوضاع.")]
    [InlineData("وصل الرئيس بشار الأسد إلى موسكو بدعوة من الرئيس الروسي فلاديمير بوتين، وعقد الرئيسان مباحثات.")]
    public void Find_dualSubjectOfTwoNamedApartEarlierInTheSentence_isThatPair(string sentence)
    {
        var g = TestData.Extract($"موسكو 21 تشرين الأول 2015 (سانا) {sentence}", "ar", new DateOnly(2015, 10, 21));
        Assert.Equal(["Bashar al-Assad", "Vladimir Putin"], Assert.Single(g.Meetings).Participants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Find_delegationOfTheSameCountryToldInASentenceOfAnotherYear_isAnotherVisitsDelegation()
    {
        var g = TestData.Extract("DAMASCUS, Feb. 8 (SANA) -- Foreign Minister Faisal Mekdad held talks on Wednesday with a Lebanese ministerial delegation headed by caretaker Foreign Minister Abdallah Bou Habib.\nMekdad had received a Lebanese ministerial delegation led by Defence Minister Zeina Akar in Damascus in September 2021.", "en", new DateOnly(2023, 2, 8));
        Assert.Contains(g.Meetings, m => m.Participants.Order(StringComparer.Ordinal).SequenceEqual(["Abdallah Bou Habib", "Faisal Mekdad"]));
        Assert.DoesNotContain(g.Meetings, m => m.Participants.Contains("Abdallah Bou Habib") && m.Participants.Contains("Zeina Akar"));
    }
    [Fact]
    public void Find_countedSubjectOfHeldTalksWithAModifier_isThePairNamedBefore()
    {
        var g = TestData.Extract("ABU DHABI, March 25 (Yonhap) -- South Korean President Moon Jae-in and Crown Prince of Abu Dhabi Mohammed bin Zayed Al-Nahyan agreed Sunday to raise relations between their countries.\nThe two leaders first held one-on-one talks, followed by an expanded summit.", "en", new DateOnly(2018, 3, 25));
        Assert.Equal(2, Assert.Single(g.Meetings).Participants.Count);
        Assert.Contains("Moon Jae-in", g.Meetings[0].Participants);
    }

    [Fact]
    public void Find_theyBeforeAVerb_isThePairJoinedBeforeIt()
    {
        var g = TestData.Extract("BEIJING, Sept. 5 (Xinhua) -- China and Rwanda have lifted their relations to a comprehensive strategic partnership, Chinese President Xi Jinping and Rwandan President Paul Kagame announced here on Thursday as they met on the sidelines of the summit.", "en", new DateOnly(2024, 9, 5));
        Assert.Equal(["Paul Kagame", "Xi Jinping"], Assert.Single(g.Meetings).Participants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Find_meetingBetweenAPersonAndAnEnvoy_leavesOutTheEnvoysPrincipalAndThosePresent_andAMessageDeliveredIsItsOccasion()
    {
        var g = TestData.Extract("ISTANBUL (AA) - Sudan's Abdel Fattah al-Burhan received a message from UN Secretary-General Antonio Guterres.\nThe message was delivered during a meeting in Port Sudan between al-Burhan and the UN chief's Personal Envoy for Sudan, Ramtane Lamamra, in the presence of Abbas Kamel.", "en", new DateOnly(2025, 4, 23));
        Assert.Equal(["Abdel Fattah al-Burhan", "Ramtane Lamamra"], Assert.Single(g.Meetings).Participants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Find_indirectTalksBetweenTwoSides_isNoMeetingOfThePair()
    {
        var g = TestData.Extract("مسقط في 12 أبريل /العمانية/ استضافت سلطنة عمان اليوم جولة من المحادثات غير المباشرة بين وزير الخارجية الإيراني عباس عراقجي وستيف ويتكوف المبعوث الخاص للرئيس الأمريكي دونالد ترامب.", "ar", new DateOnly(2025, 4, 12));
        Assert.DoesNotContain(g.Meetings, m => m.Participants.Contains("Abbas Araghchi") && m.Participants.Count == 2 && !m.Participants.Contains("Badr Albusaidi"));
    }

    [Fact]
    public void Find_honorificSaadaWithItsPronoun_standsForThePersonSoAddressed_notTheOneOfAnotherForm()
    {
        var g = TestData.Extract("أنقرة في 01 يوليو /قنا/ وكان سعادة الدكتور خالد بن محمد العطية وزير الدولة لشؤون الدفاع قد اجتمع أمس مع معالي السيد فكري إشيق وزير الدفاع التركي.\nكما اجتمع سعادته أمس مع الفريق أول خلوصي أكار رئيس هيئة الأركان العامة التركية.", "ar", new DateOnly(2017, 7, 1));
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Hulusi Akar") && m.Participants.Any(p => p.Contains("Attiyah", StringComparison.Ordinal)));
        Assert.DoesNotContain(g.Meetings, m => m.Participants.Contains("Hulusi Akar") && m.Participants.Any(p => p.Contains("Fkri", StringComparison.Ordinal)));
    }
    [Fact]
    public void Find_brothersWordBetweenTwoKings_joinsThem_andATitleSetOffAfterTheNameIsItsApposition()
    {
        var g = TestData.Extract("عمان 27 آذار 2017 (بترا) - بحث جلالة الملك عبدالله الثاني وأخوه خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود، ملك المملكة العربية السعودية، خلال لقاء قمة عقداه في قصر الحسينية مساء اليوم الاثنين، سبل تمتين العلاقات.", "ar", new DateOnly(2017, 3, 27));
        Assert.Equal(["King Abdullah II", "King Salman"], Assert.Single(g.Meetings).Participants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Find_theTwoSovereigns_isThePairNamedBefore()
    {
        var g = TestData.Extract("Rabat, Feb. 13 - King Felipe VI of Spain arrived in Rabat on Wednesday at the invitation of King Mohammed VI.\nThe two sovereigns then held talks at the Royal Palace.", "en", new DateOnly(2019, 2, 13));
        Assert.Equal(["King Felipe VI", "King Mohammed VI"], Assert.Single(g.Meetings).Participants.Order(StringComparer.Ordinal));
    }
    [Fact]
    public void Find_anotherPersonJoiningByVideoLinkInAWhileClause_leavesTheMeetingInPerson_andTheMeetingsHostJoinsIt()
    {
        var g = TestData.Extract("RIYADH (AA) - US President Donald Trump met Syrian President Ahmed al-Sharaa in the Saudi capital Riyadh on Wednesday, while Turkish President Recep Tayyip Erdogan took part in the talks by video link.\nThe meeting was hosted by Saudi Crown Prince Mohammed bin Salman, who sat at the table with the two leaders.", "en", new DateOnly(2025, 5, 14));
        Assert.Equal(["Ahmed al-Sharaa", "Donald Trump", "Mohammed bin Salman"], Assert.Single(g.Meetings).Participants.Order(StringComparer.Ordinal));
    }
    [Fact]
    public void Find_spouseBesideThePrincipalHostingABanquet_isNotTheHost()
    {
        var g = TestData.Extract("PARIS, May 6 (Xinhua) -- In the evening, French President Emmanuel Macron and his wife Brigitte Macron hosted a welcoming banquet for Chinese President Xi Jinping and his wife Peng Liyuan.", "en", new DateOnly(2024, 5, 6));
        Assert.Equal(["Emmanuel Macron", "Xi Jinping"], Assert.Single(g.Meetings).Participants.Order(StringComparer.Ordinal));
    }
    [Fact]
    public void Find_ownersMeetingsIncludingAList_areOneMeetingWithEachListed()
    {
        var g = TestData.Extract("شرم الشيخ في 23 مايو /أ ش أ/ التقى الرئيس عبد الفتاح السيسي اليوم في شرم الشيخ الرئيس غزالي عثماني رئيس جمهورية القمر المتحدة.\nوأضاف المتحدث الرسمي أن لقاءات الرئيس اليوم شملت كذلك رئيس زيمبابوي إيمرسون منانجاجوا، ورئيس مفوضية الاتحاد الأفريقي موسى فقي محمد، وتناولت حشد الموارد.", "ar", new DateOnly(2023, 5, 23));
        Assert.Equal(3, g.Meetings.Count);
        Assert.All(g.Meetings, m => Assert.Contains("Abdel Fattah al-Sisi", m.Participants));
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Emmerson Mnangagwa"));
    }
    [Fact]
    public void Find_twoLetterShortNameAfterAMeetingVerb_isItsSubject()
    {
        var g = TestData.Extract("طهران 27 أبريل 2022 (شينخوا) التقى الرئيس الإيراني إبراهيم رئيسي اليوم في طهران وزير الدفاع الصيني وي فنغ خه.\nوفي وقت سابق من اليوم، أجرى وي محادثات مع رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية محمد باقري.", "ar", new DateOnly(2022, 4, 27));
        Assert.Contains(g.Meetings, m => m.Participants.Order(StringComparer.Ordinal).SequenceEqual(["Mohammad Bagheri", "Wei Fenghe"]));
    }
    [Fact]
    public void Find_officialOfACountryWithTwoPersonsNamed_isTheOneNamedMost()
    {
        var g = TestData.Extract("TEHRAN, Dec. 6 (IRNA) -- Iranian President Ebrahim Raisi on Monday received the United Arab Emirates' National Security Advisor Sheikh Tahnoun bin Zayed Al Nahyan.\nTahnoun handed Raisi an invitation from UAE President Sheikh Khalifa bin Zayed Al Nahyan to visit the Emirates.\nEarlier on Monday, the Emirati official held talks with Secretary of Iran's Supreme National Security Council Ali Shamkhani.", "en", new DateOnly(2021, 12, 6));
        Assert.Contains(g.Meetings, m => m.Participants.Order(StringComparer.Ordinal).SequenceEqual(TestData.Sorted(TestData.Known(g, "Ali Shamkhani"), TestData.Known(g, "Tahnoun bin Zayed"))));
        Assert.DoesNotContain(g.Meetings, m => m.Participants.Contains(TestData.Known(g, "Khalifa bin Zayed")));
    }
    [Fact]
    public void Find_countedSubjectAfterTwoPersonsNamedInTheSentence_reachesOnlyAFewWordsBack()
    {
        var g = TestData.Extract("LA PAZ, Oct. 30 -- After a welcome by President Luis Arce in Plaza Murillo and a floral offering to Marshal Andres de Santa Cruz, the two heads of state held a private meeting.", "en", new DateOnly(2021, 10, 30));
        Assert.DoesNotContain(g.Meetings, m => m.Participants.Any(p => p.Contains("Santa Cruz", StringComparison.Ordinal)));
    }
    [Fact]
    public void Find_theyLastMetWithNoOneNamed_isTheStorysLastPairMeetingInThatCity()
    {
        var g = TestData.Extract("MOSCOW, January 17. /TASS/. Russian President Vladimir Putin held talks with Iranian President Masoud Pezeshkian in the Kremlin on Friday.\nThe talks were the third meeting between the two presidents. They last met in Kazan in October, on the sidelines of the BRICS summit.", "en", new DateOnly(2025, 1, 17));
        Assert.Contains(g.Meetings, m => m.Place == "Kazan" && m.Participants.Count == 2 && m.Participants.Contains("Vladimir Putin"));
    }

    [Fact]
    public void Find_visitingBeforeTheSecondOfAJoinedPair_stillJoinsThem()
    {
        var g = TestData.Extract("CAIRO, Oct. 20 (Xinhua) -- Egyptian President Abdel Fattah al-Sisi and visiting British Prime Minister Rishi Sunak held talks on Friday in Cairo.", "en", new DateOnly(2023, 10, 20));
        Assert.Equal(["Abdel Fattah al-Sisi", "Rishi Sunak"], Assert.Single(g.Meetings).Participants.Order(StringComparer.Ordinal));
    }
    [Fact]
    public void Find_counterpartOfAPersonNamedWithoutATitle_holdsThatPersonsOffice()
    {
        var g = TestData.Extract("أنقرة/ الأناضول\nاستقبل الرئيس التركي رجب طيب أردوغان، الثلاثاء، وزير الدفاع السعودي الأمير خالد بن سلمان بن عبد العزيز، في المجمع الرئاسي بأنقرة، وحضره وزير الدفاع التركي يشار غولر.\nونقل الأمير خالد إلى أردوغان تحيات العاهل السعودي الملك سلمان بن عبد العزيز، وولي العهد الأمير محمد بن سلمان.\nوفي وقت سابق الثلاثاء، استقبل غولر نظيره السعودي بمراسم رسمية في مقر وزارة الدفاع بأنقرة.", "ar", new DateOnly(2024, 7, 2));
        Assert.Contains(g.Meetings, m => m.Participants.Order(StringComparer.Ordinal).SequenceEqual(["Khalid bin Salman", "Yasar Guler"]));
        Assert.DoesNotContain(g.Meetings, m => m.Participants.Contains("Mohammed bin Salman"));
    }

    [Fact]
    public void Find_englishAppositionBetweenTwoObjects_keepsTheListGoing()
    {
        var g = TestData.Extract("DOHA, Sept. 12 (Xinhua) -- U.S. Secretary of State Mike Pompeo on Saturday met with Abdullah Abdullah, chairman of Afghanistan's High Council for National Reconciliation, and Afghan Foreign Minister Mohammed Hanif Atmar.", "en", new DateOnly(2020, 9, 12));
        Assert.Equal(["Abdullah Abdullah", "Mike Pompeo", "Mohammed Hanif Atmar"], Assert.Single(g.Meetings).Participants.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Commander of the Libyan National Army")]
    [InlineData("Libyan army commander")]
    public void Find_longOfficePhraseAfterTheConjunction_joinsTheSecondObject(string office)
    {
        var g = TestData.Extract($"CAIRO, June 6 (MENA) - President Abdel Fattah al-Sisi on Saturday held talks with Libyan Speaker Aguila Saleh and {office} Khalifa Haftar in Cairo.", "en", new DateOnly(2020, 6, 6));
        Assert.Equal(["Abdel Fattah al-Sisi", "Aguila Saleh", "Khalifa Haftar"], Assert.Single(g.Meetings).Participants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Find_verbBeforeTheConjunction_isNoOfficePhrase()
    {
        var g = TestData.Extract("CAIRO, June 6 (MENA) - President Abdel Fattah al-Sisi on Saturday held talks with Libyan Speaker Aguila Saleh and later told reporters that Khalifa Haftar would come.", "en", new DateOnly(2020, 6, 6));
        Assert.DoesNotContain(g.Meetings, m => m.Participants.Contains("Khalifa Haftar"));
    }

    [Fact]
    public void Find_arabicThenBetweenObjects_joinsTheList()
    {
        var g = TestData.Extract("القاهرة 12 مارس (أ ش أ) التقى الرئيس عبد الفتاح السيسي اليوم وزير الخارجية الأمريكي أنتوني بلينكن، ثم رئيس الوزراء الإسباني بيدرو سانشيز.", "ar", new DateOnly(2023, 3, 12));
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Abdel Fattah al-Sisi") && m.Participants.Contains("Antony Blinken"));
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Abdel Fattah al-Sisi") && m.Participants.Contains("Pedro Sanchez"));
        Assert.DoesNotContain(g.Meetings, m => m.Participants.Count == 2 && m.Participants.Contains("Antony Blinken") && m.Participants.Contains("Pedro Sanchez"));
    }

    [Fact]
    public void Find_academicFormOfAddressInAList_keepsTheListGoing()
    {
        var g = TestData.Extract("نيويورك في 19 سبتمبر / وام / التقى سمو الشيخ عبدالله بن زايد آل نهيان وزير الخارجية اليوم معالي سامح شكري وزير خارجية مصر، ومعالي البروفيسور إبراهيم غندور وزير خارجية السودان.", "ar", new DateOnly(2017, 9, 19));
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Ibrahim Ghandour"));
    }

    [Theory]
    [InlineData("أجرى ممثل حضرة صاحب السمو أمير البلاد الشيخ نواف الأحمد الجابر الصباح سمو ولي العهد الشيخ مشعل الأحمد الجابر الصباح اليوم لقاءات على هامش القمة.")]
    [InlineData("التقى صاحب السمو السيد أسعد بن طارق آل سعيد نائب رئيس الوزراء والممثل الخاص لجلالة السلطان هيثم بن طارق اليوم.")]
    public void Find_principalOfAnEnvoyInConstruct_isNoParticipant(string body)
    {
        var g = TestData.Extract(body, "ar", new DateOnly(2022, 11, 7));
        Assert.DoesNotContain(g.Meetings, m => m.Participants.Contains("Nawaf Al-Ahmad Al-Jaber Al-Sabah") || m.Participants.Contains("Haitham bin Tariq"));
    }

    [Fact]
    public void Find_bareTitleAfterItsFormOfAddress_isTheFirstHolderIntroducedWithIt()
    {
        var g = TestData.Extract("شرم الشيخ - 7 - 11 (كونا) -- التقى سمو ولي العهد الشيخ مشعل الأحمد الجابر الصباح اليوم صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد السعودي.\nكما التقى سمو ولي العهد المبعوث الرئاسي الأمريكي لشؤون المناخ جون كيري.", "ar", new DateOnly(2022, 11, 7));
        Assert.Contains(g.Meetings, m => m.Participants.Order(StringComparer.Ordinal).SequenceEqual(["John Kerry", "Mishal Al-Ahmad Al-Jaber Al-Sabah"]));
        Assert.DoesNotContain(g.Offices, o => o.Title == "Crown Prince" && o.Country == "US");
    }

    [Fact]
    public void Find_bareTitleAfterAnotherFormOfAddress_isNotThatHolder()
    {
        var g = TestData.Extract("روما في 24 فبراير/ وام/ استقبل فخامة سيرجيو ماتاريلا رئيس الجمهورية الإيطالية، صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة اليوم.\nوفي وقت لاحق اليوم، بحث صاحب السمو رئيس الدولة مع جورجا ميلوني رئيسة وزراء الجمهورية الإيطالية التعاون بين البلدين.", "ar", new DateOnly(2025, 2, 24));
        Assert.Contains(g.Meetings, m => m.Participants.Order(StringComparer.Ordinal).SequenceEqual(["Giorgia Meloni", "Mohamed bin Zayed"]));
        Assert.DoesNotContain(g.Meetings, m => m.Participants.Contains("Giorgia Meloni") && m.Participants.Contains("Sergio Mattarella"));
    }

    [Fact]
    public void Find_meetingAfterASummaryWithARelativeDay_takesThatDay()
    {
        var g = TestData.Extract("نيويورك في 19 سبتمبر / وام / التقى سمو الشيخ عبدالله بن زايد آل نهيان وزير الخارجية أمس الاثنين في نيويورك مع عدد من وزراء الخارجية.\nفقد التقى سموه معالي سامح شكري وزير خارجية مصر.", "ar", new DateOnly(2017, 9, 19));
        Assert.Equal("2017-09-18", Assert.Single(g.Meetings).Date);
    }

    [Fact]
    public void Find_arrivalDayInTheSentenceBefore_doesNotDateTheNextMeeting()
    {
        var g = TestData.Extract("KUALA LUMPUR, April 16 (Xinhua) -- Chinese President Xi Jinping arrived in Kuala Lumpur on Tuesday evening for a state visit to Malaysia.\nXi held talks with Malaysian Prime Minister Anwar Ibrahim in Putrajaya.", "en", new DateOnly(2025, 4, 16));
        Assert.Equal("2025-04-16", Assert.Single(g.Meetings).Date);
    }

    [Theory]
    [InlineData("BEIJING, March 3 (Xinhua) -- Wang said President Xi Jinping and President Vladimir Putin had met several times in recent years.", "en")]
    [InlineData("بكين 3 مارس 2019 (شينخوا) قال وانغ إن الرئيس شي جين بينغ والرئيس فلاديمير بوتين التقيا مرات عدة في السنوات الأخيرة.", "ar")]
    public void Find_meetingsManyTimesOver_isNoMeeting(string body, string lang) =>
        Assert.Empty(TestData.Extract(body, lang, new DateOnly(2019, 3, 3)).Meetings);

    [Fact]
    public void Find_shortNameInBracketsAfterAName_keepsTheListJoined()
    {
        var g = TestData.Extract("Bogor (ANTARA News) - President Joko Widodo (Jokowi) and visiting Turkish President Recep Tayyip Erdogan agreed to boost trade during bilateral talks at the Bogor Palace on Friday.", "en", new DateOnly(2017, 7, 7));
        Assert.Equal(["Joko Widodo", "Recep Tayyip Erdogan"], Assert.Single(g.Meetings).Participants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Find_talksHeldWithAPronoun_areWithThePersonNamedBefore_heldByTheSpeakerOfTheSentenceBefore()
    {
        var g = TestData.Extract("أنقرة/ الأناضول\nقال وزير الخارجية التركي هاكان فيدان، إن بلاده تدعم الحل السياسي.\nجاء ذلك في مؤتمر صحفي مشترك مع نظيره الأردني أيمن الصفدي، عقب مباحثات أجراها معه الثلاثاء في أنقرة.", "ar", new DateOnly(2024, 4, 9));
        var m = Assert.Single(g.Meetings);
        Assert.Equal(["Ayman Safadi", "Hakan Fidan"], m.Participants.Order(StringComparer.Ordinal));
        Assert.Equal("2024-04-09", m.Date);
    }

    [Fact]
    public void Find_capitalsAfterBetween_areNoVenue()
    {
        var g = TestData.Extract("بغداد - واع\nاستقبل رئيس الجمهورية عبد اللطيف رشيد، اليوم الاثنين، الرئيس الإيراني إبراهيم رئيسي في قصر بغداد.\nمن جانبه، أكد رئيسي أن مباحثاته مع الرئيس العراقي عززت العلاقات بين طهران وبغداد.", "ar", new DateOnly(2023, 9, 11));
        var m = Assert.Single(g.Meetings);
        Assert.Equal("Baghdad", m.Place);
    }

    [Fact]
    public void Find_welcomeAtAnAirBaseByAGovernor_isNoMeeting_andTheBaseNoPerson()
    {
        var g = TestData.Extract("Riyadh, March 5, 2023, SPA -- President Alberto Fernandez arrived in Riyadh on Saturday and was welcomed at King Salman Air Base by Prince Faisal bin Bandar, Governor of Riyadh Region.", "en", new DateOnly(2023, 3, 5));
        Assert.Empty(g.Meetings);
        Assert.DoesNotContain(g.Entities, e => e.Type == "Person" && e.Name.En!.Contains("Air Base", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_officialsWhoJoinedTheHostInTheTalks_holdNoMeetingOfTheirOwn()
    {
        var g = TestData.Extract("NAIROBI, May 8 (KNA) -- President Uhuru Kenyatta on Tuesday hosted Zimbabwean President Emmerson Mnangagwa at State House, Nairobi.\nDeputy President William Ruto and Foreign Affairs Cabinet Secretary Monica Juma were among senior officials who joined President Kenyatta in the talks.", "en", new DateOnly(2018, 5, 8));
        Assert.Equal(["Emmerson Mnangagwa", "Uhuru Kenyatta"], Assert.Single(g.Meetings).Participants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Find_welcomeOnArrivalByAMinister_isNoMeetingOfTheVisitingHeadOfState()
    {
        var g = TestData.Extract("NAIROBI, Nov. 1 (Xinhua) -- German President Frank-Walter Steinmeier arrived in Nairobi on Monday for a state visit and was welcomed with military honours by Kenyan Foreign Minister Alfred Mutua.", "en", new DateOnly(2023, 11, 1));
        Assert.Empty(g.Meetings);
    }

    [Fact]
    public void Find_meetingTheStorySaysIsExpected_isNoMeeting()
    {
        var g = TestData.Extract("الدوحة في 2 مارس /قنا/ وصل فخامة الرئيس قيس سعيد رئيس الجمهورية التونسية إلى الدوحة مساء أمس، ومن المنتظر أن يلتقي بعد ظهر اليوم معالي الشيخ خالد بن خليفة بن عبدالعزيز آل ثاني رئيس مجلس الوزراء.", "ar", new DateOnly(2021, 3, 2));
        Assert.Empty(g.Meetings);
    }

    [Fact]
    public void Find_relativeClauseBetweenSubjectAndVerb_namesNoSubject()
    {
        var g = TestData.Extract("ASTANA, July 3 (Kazinform) -- President of Mongolia Khurelsukh Ukhnaa, who is paying a state visit at the invitation of President Kassym-Jomart Tokayev, held talks with Uzbek President Shavkat Mirziyoyev on the sidelines of the summit on Wednesday.", "en", new DateOnly(2024, 7, 3));
        Assert.True(TestData.HasMeeting(g, "Shavkat Mirziyoyev", "Ukhnaagiin Khurelsukh"));
        Assert.Single(g.Meetings);
    }

    [Fact]
    public void Find_arabicDiscussWithAJoinedSubjectOfTwo_isTheirMeeting()
    {
        var g = TestData.Extract("سيول - 20 - 9 (كونا) -- بحث رئيس مجلس الأمة مرزوق علي الغانم ورئيس الوزراء الكوري لي ناك يون اليوم الخميس سبل تعزيز العلاقات الثنائية.", "ar", new DateOnly(2018, 9, 20));
        Assert.Equal(["Lee Nak-yon", "Marzouq Al-Ghanim"], Assert.Single(g.Meetings).Participants.Order(StringComparer.Ordinal));
    }

    [Theory]
    // The pair is in the verb's object, not its subject.
    [InlineData("أنقرة 10 أكتوبر 2018 (الأناضول) - وبحث القادة كذلك الاتفاق الذي توصل إليه أردوغان وبوتين في مدينة سوتشي.")]
    // A call told before: the discussion was on the phone.
    [InlineData("عمان 13 أيلول (بترا) - أجرى وزير الخارجية أيمن الصفدي اليوم اتصالا هاتفيا مع وزير الخارجية التركي هاكان فيدان.\nوبحث الصفدي وفيدان الأوضاع في المنطقة.")]
    public void Find_arabicDiscussWithoutASubjectPairOrInACall_isNoMeeting(string body) =>
        Assert.Empty(TestData.Extract(body, "ar", new DateOnly(2018, 10, 10)).Meetings);

    [Fact]
    public void Find_audienceWithAMonarch_isAMeeting()
    {
        var g = TestData.Extract("TOKYO, May 30 (Kyodo) -- Earlier in the afternoon, Indian Prime Minister Narendra Modi had an audience with Emperor Naruhito at the Imperial Palace.", "en", new DateOnly(2019, 5, 30));
        var m = Assert.Single(g.Meetings);
        Assert.Contains("Narendra Modi", m.Participants);
        Assert.Contains(m.Participants, p => p.Contains("Naruhito", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_whereClauseAfterACountry_takesTheClausesOwnCity()
    {
        var g = TestData.Extract("Accra, Oct. 31, GNA - German Chancellor Olaf Scholz arrived in Accra on Monday from Nigeria, where he held talks with President Bola Tinubu at the Presidential Villa in Abuja on Sunday.", "en", new DateOnly(2023, 10, 31));
        Assert.Equal("Abuja", Assert.Single(g.Meetings).Place);
    }

    [Fact]
    public void Find_expoCityInAClauseAboutAnEvent_isNoVenue()
    {
        var g = TestData.Extract("ABU DHABI, 28th November, 2023 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al Nahyan today received Ukhnaagiin Khurelsukh, President of Mongolia, in Abu Dhabi.\nTheir talks also covered COP28, opening on 30th November at Expo City Dubai.", "en", new DateOnly(2023, 11, 28));
        Assert.Equal("Abu Dhabi", Assert.Single(g.Meetings).Place);
    }

    [Fact]
    public void Find_storyOpeningOnTheWordBase_readsItsMeeting()
    {
        // The airport-welcome check looks one word back from "base" ("Air Base"): at the story's first word there is none.
        var g = TestData.Extract("Base commanders watched as President Xi Jinping met Russian President Vladimir Putin at the airport.", "en", new DateOnly(2019, 3, 1));
        Assert.Equal(["Vladimir Putin", "Xi Jinping"], Assert.Single(g.Meetings).Participants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Find_meetingHeldBothInPersonAndOnline_isAMeeting()
    {
        var g = TestData.Extract("Hanoi (VNA) – Prime Minister Pham Minh Chinh received Chinese Foreign Minister Wang Yi in Hanoi on September 11.\n\n"
            + "On September 10, Wang and Standing Deputy Prime Minister Pham Binh Minh co-chaired the 13th meeting of the Steering Committee, held in both in-person and online formats.", "en", new DateOnly(2021, 9, 11));
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Pham Binh Minh") && m.Participants.Contains("Wang Yi") && m.Date == "2021-09-10");
    }

    [Theory]
    // The noun's "with" is ب glued to the name, or to the title before it; a recalled meeting "last month" keeps its city, not the story's day.
    [InlineData("واستذكر شي لقاءه ببرايوت في بكين الشهر الماضي على هامش اجتماعات أبيك، قائلا إن التعاون حقق تقدما.", "Prayut Chan-o-cha", null)]
    [InlineData("وخلال لقائه بالرئيس الروسي فلاديمير بوتين في موسكو أمس، قال شي إن العلاقات جيدة.", "Vladimir Putin", "2014-12-22")]
    public void Find_possessedMeetingNounWithBaGluedToTheOther_isTheirMeeting(string sentence, string other, string? date)
    {
        var g = TestData.Extract("بكين 23 ديسمبر 2014 (شينخوا) التقى الرئيس الصيني شي جين بينغ اليوم (الثلاثاء) في قاعة الشعب الكبرى رئيس الوزراء التايلاندي برايوت تشان أو تشا.\n\n" + sentence, "ar", new DateOnly(2014, 12, 23));
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Xi Jinping") && m.Participants.Contains(other) && m.Date == date);
    }

    [Fact]
    public void Find_twoMinistersCoHostingADialogue_meet()
    {
        var g = TestData.Extract("CAIRO, Jan. 8 (Xinhua) -- Chinese State Councilor and Foreign Minister Wang Yi and Egyptian Foreign Minister Sameh Shoukry on Wednesday co-hosted a diplomatic strategic dialogue in Cairo.", "en", new DateOnly(2020, 1, 8));
        Assert.True(TestData.HasMeeting(g, "Wang Yi", "Sameh Shoukry"));
    }

    [Theory]
    [InlineData("وأكد رئيسا الوزراء في مستهل الاجتماعات العلاقات الأخوية التاريخية بين البلدين، التي تحظى برعاية جلالة الملك عبدالله الثاني وأخيه فخامة الرئيس عبدالفتاح السيسي، وأشادا بانتظام انعقاد اللجنة.", "ar")]
    [InlineData("At the start of the meetings, the two prime ministers praised relations held under the patronage of King Abdullah II and President Abdel Fattah al-Sisi.", "en")]
    [InlineData("وأوضح الوزير أن هذا اللقاء يندرج في إطار التشاور بين المملكتين في ظل الرعاية السامية لصاحب الجلالة الملك محمد السادس وأخيه جلالة الملك حمد بن عيسى آل خليفة.", "ar")]
    public void Find_patronsOfWhatTheMeetingPraised_didNotMeet(string body, string lang) =>
        Assert.Empty(TestData.Extract(body, lang, new DateOnly(2024, 5, 9)).Meetings);

    [Fact]
    public void Find_theTalksWithSomeoneInWhatASpokesmanSaid_areTheTalksToldBefore()
    {
        var g = TestData.Extract("BERLIN, Nov 18 (MENA) - President Abdel Fattah El Sisi held talks with German President Frank-Walter Steinmeier at Bellevue Palace on Monday, presidential spokesman Bassam Radi said.\n\n"
            + "Radi said the talks with Steinmeier covered ways to expand economic and investment cooperation.", "en", new DateOnly(2019, 11, 18));
        Assert.Equal("Frank-Walter Steinmeier", Assert.Single(g.Meetings).Participants.Single(p => p != "Abdel Fattah El Sisi"));
    }

    [Fact]
    public void Find_deputyMinisterNamedByTitle_isTheDeputy_notTheMinistersOtherHolder()
    {
        var g = TestData.Extract("الرياض 22 أكتوبر 2019 م (واس)\nاستقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود اليوم، معالي وزير الدفاع الأمريكي الدكتور مارك إسبر.\n\n"
            + "حضر الاستقبال صاحب السمو الملكي الأمير خالد بن سلمان بن عبدالعزيز نائب وزير الدفاع.\n\n"
            + "وكان سمو نائب وزير الدفاع قد التقى معالي وزير الدفاع الأمريكي مساء أمس الاثنين، حيث جرى استعراض العلاقات.", "ar", new DateOnly(2019, 10, 22));
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Khalid bin Salman") && m.Participants.Contains("Mark Esper") && m.Date == "2019-10-21");
    }

    [Fact]
    public void Find_theSaudiMinisterInAStoryWhereTheCrownPrinceIsAlsoAMinister_isTheMinisterOfState()
    {
        var g = TestData.Extract("الكويت - 5 - 1 (كونا) -- استقبل أمير البلاد الشيخ صباح الأحمد الجابر الصباح اليوم الأحد الأمير تركي بن محمد بن فهد بن عبدالعزيز آل سعود وزير الدولة عضو مجلس الوزراء في المملكة العربية السعودية.\n\n"
            + "وحمّل سموه الضيف تحياته لخادم الحرمين الشريفين ولأخيه صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد نائب رئيس مجلس الوزراء وزير الدفاع.\n\n"
            + "كما استقبل سمو ولي العهد الشيخ نواف الأحمد الجابر الصباح اليوم الوزير السعودي والوفد المرافق.", "ar", new DateOnly(2020, 1, 5));
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Nawaf Al-Ahmad Al-Jaber Al-Sabah") && m.Participants.Any(p => p.StartsWith("Trki", StringComparison.Ordinal) || p.StartsWith("Turki", StringComparison.Ordinal)));
        Assert.DoesNotContain(g.Meetings, m => m.Participants.Contains("Nawaf Al-Ahmad Al-Jaber Al-Sabah") && m.Participants.Contains("Mohammed bin Salman"));
    }

    [Fact]
    public void Find_headquartersAfterARank_isNoPerson()
    {
        var g = TestData.Extract("RAWALPINDI, Aug 17 (APP): Earlier, General Bajwa met Chief of General Staff of the Saudi Armed Forces General Fayyad bin Hamed Al-Ruwaili at the General Staff Headquarters in Riyadh on Monday.", "en", new DateOnly(2020, 8, 17));
        Assert.DoesNotContain(g.Entities, e => e.Type == "Person" && e.Name.En!.Contains("Headquarters", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Find_titleWithAnotherCountrysDemonymAfterAKnownName_isTheVerbsObject()
    {
        var g = TestData.Extract("مسقط/ الأناضول - أجرى وزير الخارجية التركي مولود جاويش أوغلو، الأربعاء، مباحثات في مسقط مع نظيره العماني بدر بن حمد البوسعيدي.\n\n"
            + "وخلال الزيارة، استقبل نائب رئيس الوزراء لشؤون مجلس الوزراء العماني فهد بن محمود آل سعيد الوزير التركي، وجرى استعراض فرص الاستثمار المشترك.", "ar", new DateOnly(2021, 2, 10));
        Assert.True(TestData.HasMeeting(g, "Fahd bin Mahmoud Al Said", "Mevlut Cavusoglu"));
        Assert.DoesNotContain(g.Offices, o => o.Person == "Fahd bin Mahmoud Al Said" && o.Country == "TR");
    }

    [Fact]
    public void Find_cityWithApostropheS_isItsGovernment_notTheVenue()
    {
        var g = TestData.Extract("BEIRUT\n\nTurkish Foreign Minister Mevlut Cavusoglu on Tuesday held talks with Lebanese leaders in Beirut, offering Ankara's help to end the rift.\n\n"
            + "Cavusoglu and his Lebanese counterpart Abdallah Bou Habib signed a memorandum of understanding and held a joint news conference at the Foreign Ministry.", "en", new DateOnly(2021, 11, 16));
        Assert.Equal("Beirut", Assert.Single(g.Meetings).Place);
    }

    [Theory]
    [InlineData("ASHGABAT (AA) - Turkish Parliament Speaker Numan Kurtulmus on Friday met Russian President Vladimir Putin and Pakistani President Asif Ali Zardari on the sidelines of an international forum in the Turkmen capital.\n\n"
        + "In his talks with Zardari, Kurtulmus exchanged views on relations between Turkiye and Pakistan, the situation in Gaza, Israel's military operations in Lebanon and other regional and global issues.", "en")]
    [InlineData("عشق آباد (الأناضول) - بحث رئيس البرلمان التركي نعمان قورتولموش مع الرئيس الباكستاني آصف علي زرداري اليوم الجمعة الأوضاع في غزة.", "ar")]
    public void Find_cityOfATopicOfTheTalks_isNotTheirVenue(string body, string lang) =>
        Assert.DoesNotContain(TestData.Extract(body, lang, new DateOnly(2024, 10, 11)).Meetings, m => m.Place == "Gaza");

    [Fact]
    public void Find_duringTheirMeetingAfterAMeetingWasTold_andAMeetingSomeoneWouldHold_addNoMeeting()
    {
        var g = TestData.Extract("ASHGABAT (AA) - Turkish Parliament Speaker Numan Kurtulmus on Friday met Russian President Vladimir Putin on the sidelines of an international forum.\n\n"
            + "During their meeting, Putin said he was looking forward to President Recep Tayyip Erdogan's participation in the BRICS summit, and confirmed that he would hold a bilateral meeting with Erdogan there.", "en", new DateOnly(2024, 10, 11));
        Assert.True(TestData.HasMeeting(g, "Numan Kurtulmus", "Vladimir Putin"));
        Assert.DoesNotContain(g.Meetings, m => m.Participants.Contains("Recep Tayyip Erdogan"));
    }

    [Fact]
    public void Find_teteATete_isAMeeting()
    {
        var g = TestData.Extract("ISLAMABAD, Feb 14 (APP): Prime Minister Imran Khan and Turkish President Recep Tayyip Erdogan on Friday held a tete-a-tete at the PM House.", "en", new DateOnly(2020, 2, 14));
        Assert.True(TestData.HasMeeting(g, "Imran Khan", "Recep Tayyip Erdogan"));
    }

    [Fact]
    public void Find_secondSubjectAfterAnOfficeAndAnAbbreviatedRank_isJoinedToTheFirst()
    {
        var g = TestData.Extract("TRIPOLI, Libya (AA) - Turkey's National Defense Minister Hulusi Akar and Chief of General Staff Gen. Yasar Guler on Friday met Fayez al-Sarraj in Tripoli.", "en", new DateOnly(2020, 7, 3));
        Assert.True(TestData.HasMeeting(g, "Hulusi Akar", "Yasar Guler", "Fayez al-Sarraj"));
    }

    // (The Arabic one also asks that the verb after ثم takes the subject of the verb-first sentence, not the one it met.)
    [Theory]
    [InlineData("BEIJING, Oct. 17 (Xinhua) -- Chinese President Xi Jinping met Premier Li Keqiang on Tuesday, before he met Kazakh President Kassym-Jomart Tokayev.", "en")]
    [InlineData("موسكو 17 أكتوبر 2019 (سبوتنيك) -- التقى الرئيس الروسي فلاديمير بوتين اليوم وزير الخارجية سيرغي لافروف، ثم التقى الرئيس الكازاخستاني قاسم جومارت توكاييف.", "ar")]
    public void Find_personsTheGazetteerGivesOneCountry_meetAtHome_notInDiplomacy(string body, string lang)
    {
        var g = TestData.Extract(body, lang, new DateOnly(2019, 10, 17));
        var m = Assert.Single(g.Meetings);
        Assert.True(TestData.HasMeeting(g, lang == "en" ? "Xi Jinping" : "Vladimir Putin", "Kassym-Jomart Tokayev"));
    }

    [Theory]
    [InlineData("CAIRO, July 13 (MENA) - President Abdel Fattah El Sisi met on Wednesday with Chinese President Xi Jinping, ahead of the summit due to be held in the Mauritanian capital Nouakchott.", "en", "Cairo")]
    [InlineData("عمان 21 كانون الثاني (بترا)- أكد جلالة الملك عبدالله الثاني، خلال مباحثات أجراها اليوم مع الرئيس الصيني شي جين بينغ، أن القدس مفتاح تحقيق السلام في المنطقة.", "ar", "Amman")]
    public void Find_cityOfAFutureEventOrOpeningAReportedClause_isNotTheVenue(string body, string lang, string venue) =>
        Assert.Equal(venue, Assert.Single(TestData.Extract(body, lang, new DateOnly(2018, 1, 21)).Meetings).Place);

    [Theory]
    [InlineData("NEW YORK, Sept. 20 (Xinhua) -- Chinese Foreign Minister Wang Yi on Tuesday met Turkish Foreign Minister Mevlut Cavusoglu and Iranian Foreign Minister Hossein Amir-Abdollahian on the sidelines of the UN General Assembly.", "en")]
    [InlineData("نيويورك 20 سبتمبر 2022 (شينخوا) التقى وزير الخارجية الصيني وانغ يي اليوم على هامش أعمال الجمعية العامة للأمم المتحدة وزير الخارجية التركي مولود تشاووش أوغلو، ووزير الخارجية الإيراني حسين أمير عبد اللهيان.", "ar")]
    public void Find_leadersMetOnTheSidelines_areMetOneByOne(string body, string lang)
    {
        var g = TestData.Extract(body, lang, new DateOnly(2022, 9, 20));
        Assert.Equal(2, g.Meetings.Count);
        Assert.All(g.Meetings, m => Assert.Equal(2, m.Participants.Count));
    }

    [Theory]
    [InlineData("AMMAN, May 4 (Petra) -- Before leaving for Cairo in the afternoon, Chinese Foreign Minister Wang Yi met Jordanian Foreign Minister Ayman Safadi.", "en")]
    [InlineData("عمان 4 أيار (بترا) -- التقى وزير الخارجية الصيني وانغ يي اليوم وزير الخارجية أيمن الصفدي، قبل أن يغادر متوجها إلى القاهرة.", "ar")]
    public void Find_cityATravellerLeavesFor_isNotTheVenue(string body, string lang) =>
        Assert.Equal("Amman", Assert.Single(TestData.Extract(body, lang, new DateOnly(2023, 5, 4)).Meetings).Place);

    [Fact]
    public void Find_hisRecentMeeting_isTheSubjects()
    {
        var g = TestData.Extract("KUWAIT, July 21 (KUNA) -- Chinese President Xi Jinping received on Monday UN Secretary-General Antonio Guterres. President Xi briefed the UN chief on his recent meeting with Russian President Vladimir Putin.", "en", new DateOnly(2014, 7, 21));
        Assert.True(TestData.HasMeeting(g, "Xi Jinping", "Vladimir Putin"));
        Assert.DoesNotContain(g.Meetings, m => m.Participants.Contains("Antonio Guterres") && m.Participants.Contains("Vladimir Putin"));
    }

    [Fact]
    public void Find_pronounSubjectOfAPassive_isTheSubjectOfTheSentenceBefore()
    {
        var g = TestData.Extract("BAGHDAD, April 26 (Xinhua) -- Iranian Foreign Minister Mohammad Javad Zarif on Monday paid an official visit to Iraq.\n\n"
            + "Zarif arrived in Baghdad from Doha, where he had met Qatari Emir Sheikh Tamim bin Hamad Al Thani on Sunday. He was received by his Iraqi counterpart Fuad Hussein before the two held talks.", "en", new DateOnly(2021, 4, 26));
        Assert.True(TestData.HasMeeting(g, "Mohammad Javad Zarif", "Fuad Hussein"));
        Assert.False(TestData.HasMeeting(g, "Tamim bin Hamad Al Thani", "Fuad Hussein"));
    }

    [Fact]
    public void Find_workingSessionWithACounterpart_isAMeeting()
    {
        var g = TestData.Extract("MADRID - Algerian Foreign Minister Ahmed Attaf held on Saturday in Madrid a working session with his Spanish counterpart, Jose Manuel Albares.", "en", new DateOnly(2026, 2, 7));
        Assert.True(TestData.HasMeeting(g, "Ahmed Attaf", "Jose Manuel Albares"));
    }

    [Theory]
    [InlineData("سيئول 10-2-2010 وفا- بحث الرئيس محمود عباس، اليوم الأربعاء، مع رئيس جمهورية كوريا الجنوبية لي ميونغ باك، العلاقات الثنائية.")]
    [InlineData("سيؤول في 10 فبراير / وام / بحث الرئيس محمود عباس، اليوم الأربعاء، مع رئيس جمهورية كوريا الجنوبية لي ميونغ باك، العلاقات الثنائية.")]
    public void Find_seoulAsArabicWiresSpellIt_isTheVenue(string body) =>
        Assert.Equal("Seoul", Assert.Single(TestData.Extract(body, "ar", new DateOnly(2010, 2, 10)).Meetings).Place);

    [Fact]
    public void Find_earlierThatDay_isTheDayOfTheMeetingToldBefore()
    {
        var g = TestData.Extract("TOKYO, Nov. 11 (Kyodo) -- On Monday, King Abdullah II met Emperor Naruhito at the Imperial Palace in Tokyo. Earlier that day, the king held talks in Tokyo with Defense Minister Shinjiro Koizumi on defense cooperation.", "en", new DateOnly(2025, 11, 11));
        Assert.All(g.Meetings, m => Assert.Equal("2025-11-10", m.Date));
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Shinjiro Koizumi"));
    }

    [Fact]
    public void Find_ambassadorWelcomingTheirOwnCountrysMinister_isNoMeeting()
    {
        var g = TestData.Extract("ALGIERS, March 30 (APS) - US Secretary of State Antony Blinken arrived in Algiers on Wednesday, where he was welcomed by US Ambassador Elizabeth Moore Aubin. Blinken then held talks with Foreign Minister Ramtane Lamamra.", "en", new DateOnly(2022, 3, 30));
        Assert.DoesNotContain(g.Meetings, m => m.Participants.Contains("Elizabeth Moore Aubin"));
        Assert.True(TestData.HasMeeting(g, "Antony Blinken", "Ramtane Lamamra"));
    }
}
