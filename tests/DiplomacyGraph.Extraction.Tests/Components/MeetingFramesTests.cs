using static DiplomacyGraph.Extraction.Tests.TestData;

namespace DiplomacyGraph.Extraction.Tests.Components;

/// <summary>Meeting frames beyond verb + object: who met whom when the text says it indirectly.</summary>
public sealed class MeetingFramesTests
{
    private static readonly DateOnly Date = new(2022, 9, 16);

    [Fact]
    public void Find_dualPossessiveMeetingNoun_pairsTheTwoPersonsNamedBefore()
    {
        var g = TestData.Extract("وصل وزير الخارجية السوري وليد المعلم إلى مسقط بدعوة من نظيره العماني يوسف بن علوي.\nوخلال لقائهما في مسقط، أكد الوزيران أهمية الحل السياسي.", "ar", Date);
        var m = Assert.Single(g.Meetings);
        Assert.Equal(Sorted("Walid Muallem", "Yusuf bin Alawi bin Abdullah"), m.Participants.Order(StringComparer.Ordinal));
        Assert.Equal("Muscat", m.Place);
    }

    [Fact]
    public void Find_discussingVerbWithCounterpart_isAMeeting()
    {
        var g = TestData.Extract("بحث وزير الخارجية الصيني وانغ يي مع وزير الخارجية السعودي الأمير فيصل بن فرحان اليوم سبل تعزيز العلاقات.", "ar", Date);
        Assert.True(HasMeeting(g, "Wang Yi", "Faisal bin Farhan"));
    }

    [Fact]
    public void Find_jointSubjectWithoutObject_meetsItself()
    {
        var g = TestData.Extract("Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev held talks in Tashkent on Thursday.", "en", Date);
        var m = Assert.Single(g.Meetings);
        Assert.Equal(Sorted("Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"), m.Participants.Order(StringComparer.Ordinal));
        Assert.Equal("Tashkent", m.Place);
    }

    [Fact]
    public void Find_bilateralTalksWithSeveral_isOneMeetingEach()
    {
        var g = TestData.Extract("Indian Prime Minister Narendra Modi held bilateral talks with Russian President Vladimir Putin, Uzbek President Shavkat Mirziyoyev and Iranian President Ebrahim Raisi in Samarkand.", "en", Date);
        Assert.Equal(3, g.Meetings.Count);
        Assert.True(HasMeeting(g, "Narendra Modi", "Vladimir Putin"));
        Assert.True(HasMeeting(g, "Narendra Modi", "Ebrahim Raisi"));
    }

    [Fact]
    public void Find_headlineSummaryOfTalksReportedOneByOne_isDropped()
    {
        var g = TestData.Extract("Modi holds talks with Putin, Mirziyoyev and Raisi\n\nIndian Prime Minister Narendra Modi held bilateral talks with Russian President Vladimir Putin, Uzbek President Shavkat Mirziyoyev and Iranian President Ebrahim Raisi in Samarkand.", "en", Date);
        Assert.Equal(3, g.Meetings.Count);
        Assert.All(g.Meetings, m => Assert.Equal(2, m.Participants.Count));
    }

    [Fact]
    public void Find_counterpartReference_isThePersonOfThatCountry()
    {
        var g = TestData.Extract("وصل وزير الخارجية الروسي سيرغي لافروف إلى القاهرة اليوم.\nوعقد وزير الخارجية المصري سامح شكري جلسة مباحثات مع نظيره الروسي في القاهرة.", "ar", Date);
        Assert.True(HasMeeting(g, "Sameh Shoukry", "Sergei Lavrov"));
    }

    [Fact]
    public void Find_standaloneHonorific_isThePersonItIntroduced()
    {
        var g = TestData.Extract("عقد جلالة الملك حمد بن عيسى آل خليفة ملك مملكة البحرين جلسة مباحثات مع الرئيس الصيني شي جين بينغ في بكين.\nكما التقى جلالته في بكين رئيس مجلس الدولة الصيني لي تشيانغ.", "ar", Date);
        Assert.True(HasMeeting(g, "Hamad bin Isa Al Khalifa", "Li Qiang"));
        Assert.False(HasMeeting(g, "Xi Jinping", "Li Qiang"));
    }

    [Fact]
    public void Find_objectsEachWithTheirCity_meetApartThere()
    {
        var g = TestData.Extract("Indonesian President Joko Widodo arrived from Russia. Earlier this week he met Ukrainian President Volodymyr Zelensky in Kyiv and Russian President Vladimir Putin in Moscow.", "en", Date);
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Volodymyr Zelensky") && m.Place == "Kyiv" && m.Participants.Count == 2);
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Vladimir Putin") && m.Place == "Moscow" && m.Participants.Count == 2);
    }

    [Fact]
    public void Find_receivingADelegation_meetsItsHead()
    {
        var g = TestData.Extract("استقبل الشيخ تميم بن حمد آل ثاني أمير دولة قطر اليوم وزراء خارجية دول مجلس التعاون.\nويرأس وفد المملكة إلى الاجتماع وزير الخارجية عادل الجبير.", "ar", Date);
        Assert.True(HasMeeting(g, "Tamim bin Hamad Al Thani", "Adel al-Jubeir"));
    }

    [Fact]
    public void Find_aDayEarlier_isTheDayBeforeTheStoryDate()
    {
        var g = TestData.Extract("BALI, Nov. 15 (Xinhua) -- Chinese President Xi Jinping met French President Emmanuel Macron on Tuesday. A day earlier, Xi held a meeting with U.S. President Joe Biden.", "en", new DateOnly(2022, 11, 15));
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Joe Biden") && m.Date == "2022-11-14");
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Emmanuel Macron") && m.Date == "2022-11-15");
    }

    [Fact]
    public void Find_awardCeremony_isAMeeting()
    {
        var g = TestData.Extract("قلد ولي عهد أبوظبي الشيخ محمد بن زايد آل نهيان اليوم رئيس وزراء الهند ناريندرا مودي وسام زايد في أبوظبي.", "ar", Date);
        Assert.True(HasMeeting(g, "Mohamed bin Zayed", "Narendra Modi"));
    }

    [Fact]
    public void Find_cityTheSentencePutsTheMeetingIn_beatsTheDateline()
    {
        var g = TestData.Extract("DUBAI // Indian Prime Minister Narendra Modi met Russian President Vladimir Putin on Tuesday in Moscow.", "en", Date);
        Assert.Equal("Moscow", Assert.Single(g.Meetings).Place);
    }

    [Fact]
    public void Find_landmarkNamedAfterACity_isNeitherVenueNorPlace()
    {
        var g = TestData.Extract("Indian Prime Minister Narendra Modi met Abu Dhabi Crown Prince Sheikh Khaled bin Mohamed bin Zayed at Hyderabad House in New Delhi on Monday.", "en", Date);
        Assert.Equal("New Delhi", Assert.Single(g.Meetings).Place);
        Assert.DoesNotContain(g.Entities, e => e.Name.En == "Hyderabad");
    }

    [Fact]
    public void Find_jointSubjectPresidingOverASession_met()
    {
        var g = TestData.Extract("Turkish President Recep Tayyip Erdogan and Qatar's Emir Sheikh Tamim bin Hamad Al Thani on Monday presided over the fifth session of the Supreme Strategic Committee in Doha.", "en", Date);
        Assert.True(HasMeeting(g, "Recep Tayyip Erdogan", "Tamim bin Hamad Al Thani"));
    }

    [Fact]
    public void Find_talksBetweenTwoNamedPersons_isAMeeting()
    {
        var g = TestData.Extract("The agreement came after talks in Beijing between a Saudi delegation headed by Foreign Minister Faisal bin Farhan and an Iranian delegation headed by Foreign Minister Hossein Amir-Abdollahian.", "en", Date);
        Assert.True(HasMeeting(g, "Faisal bin Farhan", "Hossein Amir-Abdollahian"));
    }

    [Fact]
    public void Find_preparationForAMeetingBetweenTwo_isNotAMeeting()
    {
        var g = TestData.Extract("The visit prepares the ground, in preparation for the meeting between President Xi Jinping and President Nursultan Nazarbayev next year.", "en", Date);
        Assert.Empty(g.Meetings);
    }

    [Fact]
    public void Find_theirMeetingAfterTwoNamedLeaders_isBetweenThem()
    {
        var g = TestData.Extract("Kazakh President Nursultan Nazarbayev spoke with U.S. President Donald Trump.\nThe two leaders noted the importance of their meeting in Riyadh on May 21, 2017.", "en", new DateOnly(2017, 9, 1));
        var m = Assert.Single(g.Meetings, m => m.Place == "Riyadh");
        Assert.Equal(Sorted("Donald Trump", "Nursultan Nazarbayev"), m.Participants.Order(StringComparer.Ordinal));
        Assert.Equal("2017-05-21", m.Date);
    }

    [Fact]
    public void Find_eachOfTwoObjects_isOneMeetingEach()
    {
        var g = TestData.Extract("كما التقى أمير قطر الشيخ تميم بن حمد آل ثاني في أستانا كلا من الرئيس الإيراني إبراهيم رئيسي والرئيس الفلسطيني محمود عباس.", "ar", Date);
        Assert.Equal(2, g.Meetings.Count);
        Assert.True(HasMeeting(g, "Tamim bin Hamad Al Thani", "Ebrahim Raisi"));
    }

    [Fact]
    public void Find_meetingNamedAsAPointInTime_isNotANewMeeting()
    {
        var g = TestData.Extract("Egyptian Foreign Minister Sameh Shoukry met Syrian President Bashar al-Assad.\nSyrian Foreign Minister Faisal Mekdad attended. After the meeting with President Assad, the two ministers held a session of talks.", "en", Date);
        Assert.False(HasMeeting(g, "Faisal Mekdad", "Bashar al-Assad"));
    }

    [Fact]
    public void Find_bareTitleSubjectSharedByTwo_isTheHolderWhoIsNotTheObject()
    {
        var g = TestData.Extract("وصل وزير الخارجية السعودي الأمير فيصل بن فرحان إلى طهران اليوم.\nوكان وزير الخارجية قد عقد في وقت سابق جلسة مباحثات مع وزير الخارجية الإيراني حسين أمير عبداللهيان.", "ar", Date);
        Assert.True(HasMeeting(g, "Faisal bin Farhan", "Hossein Amir-Abdollahian"));
    }

    [Fact]
    public void Find_samePersonsOnAnotherStatedDate_isAnotherMeeting()
    {
        var g = TestData.Extract("DOHA, Nov. 25 (Xinhua) -- Turkish President Recep Tayyip Erdogan and Qatar's Emir Sheikh Tamim bin Hamad Al Thani on Monday presided over the committee in Doha. They reviewed the session which Erdogan and Tamim co-chaired in Istanbul on Nov. 26, 2018.", "en", new DateOnly(2019, 11, 25));
        Assert.Equal(2, g.Meetings.Count);
        Assert.Contains(g.Meetings, m => m.Place == "Doha" && m.Date == "2019-11-25");
        Assert.Contains(g.Meetings, m => m.Place == "Istanbul" && m.Date == "2018-11-26");
    }

    [Fact]
    public void Find_twoHostsJoinedBeforeTheCue_allThreeMet()
    {
        var g = TestData.Extract("Sheikh Mohammed bin Rashid Al Maktoum, Vice President of the UAE, and Sheikh Mohamed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi, today held talks with Chinese President Xi Jinping.", "en", Date);
        var m = Assert.Single(g.Meetings);
        Assert.Equal(3, m.Participants.Count);
        Assert.Contains("Xi Jinping", m.Participants);
    }

    [Fact]
    public void Find_arabicTwoHostsAfterTheVerb_allThreeMet()
    {
        var g = TestData.Extract("استقبل الشيخ محمد بن راشد آل مكتوم، والشيخ محمد بن زايد آل نهيان، اليوم الرئيس الصيني شي جين بينغ.", "ar", Date);
        var m = Assert.Single(g.Meetings);
        Assert.Equal(3, m.Participants.Count);
    }

    [Fact]
    public void Find_accompanyingSpouse_isNoParticipant()
    {
        var g = TestData.Extract("استقبل الملك سلمان بن عبدالعزيز آل سعود اليوم الرئيس الأمريكي باراك أوباما وعقيلته ميشيل أوباما.", "ar", Date);
        var m = Assert.Single(g.Meetings);
        Assert.Equal(Sorted("Barack Obama", "King Salman"), m.Participants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Find_talksAfterAnEarlierPhoneCall_areAMeeting()
    {
        var g = TestData.Extract("Kazakh President Kassym-Jomart Tokayev held talks with Russian President Vladimir Putin in the Kremlin today. They discussed trade. Putin praised the alliance. Tokayev thanked him for the invitation soon after their telephone conversation.", "en", new DateOnly(2019, 4, 3));
        Assert.True(HasMeeting(g, "Kassym-Jomart Tokayev", "Vladimir Putin"));
    }

    [Fact]
    public void Find_samePersonsInAnotherStatedCity_isAnotherMeeting()
    {
        var g = TestData.Extract("Chinese President Xi Jinping held talks with Palestinian President Mahmoud Abbas in Beijing on Wednesday. Xi Jinping and Mahmoud Abbas also met in Riyadh last December.", "en", new DateOnly(2023, 6, 14));
        Assert.Contains(g.Meetings, m => m.Place == "Beijing");
        Assert.Contains(g.Meetings, m => m.Place == "Riyadh");
    }

    [Fact]
    public void Find_cityAVisitorCameFrom_isNotTheVenue()
    {
        var g = TestData.Extract("الرياض 27 يناير 2015 (واس) - كان الملك سلمان بن عبدالعزيز آل سعود في مقدمة مستقبلي الرئيس الأمريكي باراك أوباما لدى وصوله قادما من نيودلهي.", "ar", Date);
        Assert.Equal("Riyadh", Assert.Single(g.Meetings).Place);
    }

    [Theory]
    [InlineData("The agreement was signed by Chinese Foreign Minister Wang Yi and Nicaraguan Foreign Minister Denis Moncada after their talks.", "en")]
    [InlineData("ووقع الاتفاق وزير الخارجية الصيني وانغ يي ووزير الخارجية النيكاراغوي دينيس مونكادا عقب محادثات بينهما.", "ar")]
    public void Find_pairNamedBeforeTheirTalks_met(string body, string lang)
    {
        var g = TestData.Extract(body, lang, Date);
        var m = Assert.Single(g.Meetings);
        Assert.Contains("Wang Yi", m.Participants);
        Assert.Equal(2, m.Participants.Count);
    }

    [Fact]
    public void Find_dualSubject_isThePairOfTheLastMeeting()
    {
        var g = TestData.Extract("BEIJING, Sept. 16 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with Russian Foreign Minister Sergey Lavrov in Beijing on Friday. The two ministers had also met on Thursday.", "en", Date);
        Assert.Equal(2, g.Meetings.Count);
        Assert.Contains(g.Meetings, m => m.Date == "2022-09-15");
        Assert.All(g.Meetings, m => Assert.Contains("Wang Yi", m.Participants));
    }

    [Fact]
    public void Find_ijtamaaWithMaa_isAMeeting()
    {
        // اجتمع ends in the letters of مع: it is not "met with" itself.
        var g = TestData.Extract("القاهرة 16 سبتمبر 2022 (أ ش أ) - اجتمع الرئيس عبد الفتاح السيسي مع الرئيس فلاديمير بوتين.", "ar", Date);
        Assert.True(HasMeeting(g, "Abdel Fattah al-Sisi", "Vladimir Putin"));
    }

    [Fact]
    public void Find_stateCouncilorRank_doesNotBreakAJointSubject()
    {
        var g = TestData.Extract("Russian Foreign Minister Sergey Lavrov and Chinese State Councilor and Foreign Minister Wang Yi held talks in Beijing on Friday.", "en", Date);
        Assert.Single(g.Meetings);
        Assert.Contains(g.Offices, o => o.Person == "Wang Yi" && o.Title == "Foreign Minister");
    }

    [Fact]
    public void Find_coChairedSessionAndTrilateralSummit_areMeetings()
    {
        var g = TestData.Extract("ترأس رئيس الحكومة المغربية عزيز أخنوش ورئيس الحكومة الإسبانية بيدرو سانشيز اجتماعا رفيع المستوى بالرباط.\nوعقد الرئيس عبد الفتاح السيسي والعاهل الأردني الملك عبد الله الثاني ورئيس الوزراء العراقي مصطفى الكاظمي قمة ثلاثية في بغداد.", "ar", Date);
        Assert.Contains(g.Meetings, m => m.Participants.Count == 2 && m.Place == "Rabat");
        Assert.Contains(g.Meetings, m => m.Participants.Count == 3 && m.Place == "Baghdad");
    }

    [Fact]
    public void Find_personTogetherWithTheHost_isNotMet()
    {
        var g = TestData.Extract("ASTANA, Sept. 16 (Xinhua) -- Chinese President Xi Jinping held talks with Kazakh President Kassym-Jomart Tokayev. Tokayev greeted him at the airport, together with Kazakh Foreign Minister Mukhtar Tleuberdi.", "en", Date);
        Assert.DoesNotContain(g.Meetings, m => m.Participants.Contains("Kassym-Jomart Tokayev") && m.Participants.Any(p => p.Contains("Tleuberdi", StringComparison.Ordinal)));
    }

    [Fact]
    public void Find_nameAfterTheVenueWithItsTitleAfterAComma_isTheOneMet()
    {
        var g = TestData.Extract("بكين 16 سبتمبر 2022 (شينخوا) التقى لي تشان شو، رئيس اللجنة الدائمة للمجلس الوطني لنواب الشعب الصيني، اليوم في بكين راجا برويز أشرف، رئيس الجمعية الوطنية الباكستانية.", "ar", Date);
        Assert.Contains(g.Meetings, m => m.Participants.Count == 2 && m.Place == "Beijing");
    }

    [Fact]
    public void Find_twoWhoSignTogether_met()
    {
        var g = TestData.Extract("طهران 27 مارس 2021 (شينخوا) وقع وزير الخارجية الصيني وانغ يي، ونظيره الإيراني محمد جواد ظريف، اليوم في طهران خطة التعاون الشامل.", "ar", new DateOnly(2021, 3, 27));
        Assert.True(HasMeeting(g, "Wang Yi", "Mohammad Javad Zarif"));
    }

    [Theory]
    [InlineData("NEW DELHI, Sept. 11 - Indian Prime Minister Narendra Modi held talks with Saudi Crown Prince Mohammed bin Salman in New Delhi on Monday.\nIn the presence of the two leaders, Indian Petroleum Minister Hardeep Singh Puri and Saudi Energy Minister Abdulaziz bin Salman signed a memorandum on energy.", "en")]
    [InlineData("NEW DELHI, Sept. 11 - Indian Prime Minister Narendra Modi held talks with Saudi Crown Prince Mohammed bin Salman in New Delhi on Monday.\nThe two leaders then witnessed the signing of eight agreements. Indian Petroleum Minister Hardeep Singh Puri and Saudi Energy Minister Abdulaziz bin Salman signed a memorandum on energy.", "en")]
    [InlineData("نيودلهي 11 سبتمبر 2023 - أجرى رئيس الوزراء الهندي ناريندرا مودي اليوم في نيودلهي محادثات مع ولي العهد السعودي الأمير محمد بن سلمان.\nووقع وزير الطاقة السعودي الأمير عبدالعزيز بن سلمان ووزير النفط الهندي هارديب سينغ بوري مذكرة تفاهم في مجال الطاقة، بحضور الزعيمين.", "ar")]
    [InlineData("نيودلهي 11 سبتمبر 2023 - أجرى رئيس الوزراء الهندي ناريندرا مودي اليوم في نيودلهي محادثات مع ولي العهد السعودي الأمير محمد بن سلمان.\nوشهد الجانبان توقيع عدد من الاتفاقيات. ووقع وزير الطاقة السعودي الأمير عبدالعزيز بن سلمان ووزير النفط الهندي هارديب سينغ بوري مذكرة تفاهم في مجال الطاقة.", "ar")]
    public void Find_twoWhoSignBeforeWitnesses_heldNoMeetingOfTheirOwn(string body, string lang)
    {
        var g = TestData.Extract(body, lang, new DateOnly(2023, 9, 11));
        var m = Assert.Single(g.Meetings);
        Assert.Contains("Narendra Modi", m.Participants);
        Assert.DoesNotContain(g.Meetings, x => x.Participants.Any(p => p.Contains("Puri", StringComparison.Ordinal)));
    }

    [Fact]
    public void Find_jointSubjectWithCounterpart_namedAgainAfterTheCue_meetsItself()
    {
        var g = TestData.Extract("CAIRO, Feb. 14 (AA) - Turkish President Recep Tayyip Erdogan and his Egyptian counterpart Abdel Fattah al-Sisi held talks in Cairo on Wednesday, during Erdogan's first visit to Egypt in years.", "en", new DateOnly(2024, 2, 14));
        var m = Assert.Single(g.Meetings);
        Assert.Equal(Sorted("Abdel Fattah al-Sisi", "Recep Tayyip Erdogan"), m.Participants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Find_genericMinisterTitle_isTheCountrysOneMinister_andTheVenueIsTheLastMeetingsWithoutADatelineCity()
    {
        var g = TestData.Extract("الجزائر - استقبل رئيس الجمهورية، السيد عبد المجيد تبون، اليوم بالجزائر العاصمة، وزير الخارجية الروسي سيرغي لافروف.\nونقل لافروف دعوة من الرئيس فلاديمير بوتين للقيام بزيارة إلى موسكو.\nكما أجرى الوزير الروسي اليوم محادثات مع وزير الشؤون الخارجية والجالية الوطنية بالخارج، رمطان لعمامرة.", "ar", new DateOnly(2022, 5, 10));
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Ramtane Lamamra") && m.Participants.Contains("Sergei Lavrov") && m.Place == "Algiers");
        Assert.Contains(g.Offices, o => o.Person == "Ramtane Lamamra" && o.Title == "Foreign Minister" && o.Country == "DZ");
        Assert.DoesNotContain(g.Offices, o => o.Person == "Sergei Lavrov" && o.Title == "Minister");
    }

    [Fact]
    public void Find_meetingHeldByVideoLink_isNoMeeting_butAPortOpenedOnlineAfterTalksIs()
    {
        var online = TestData.Extract("BEIJING, July 6 (Xinhua) -- The 9th ministerial meeting of the forum was held via video link. The meeting was co-chaired by Chinese Foreign Minister Wang Yi and Jordanian Foreign Minister Ayman Safadi.", "en", new DateOnly(2020, 7, 6));
        Assert.Empty(online.Meetings);
        var inPerson = TestData.Extract("LIMA, Nov. 14 (Xinhua) -- Chinese President Xi Jinping held talks with Peruvian President Dina Boluarte in Lima on Thursday. After the talks, the two presidents attended the opening ceremony of the Chancay Port via video link.", "en", new DateOnly(2024, 11, 14));
        Assert.Single(inPerson.Meetings);
    }

    [Fact]
    public void Find_subjectsAroundABlessingInDashes_heldTheTalksTogether()
    {
        var g = TestData.Extract("أجرى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود -أيده الله- وفخامة الرئيس جوكو ويدودو رئيس جمهورية إندونيسيا، أمس، جلسة مباحثات رسمية.", "ar", new DateOnly(2017, 3, 2));
        Assert.Contains(g.Meetings, m => m.Participants.Contains("King Salman") && m.Participants.Contains("Joko Widodo"));
    }

    [Fact]
    public void Find_jointSubjectsWithPortfolios_andAHonorificPronounBeforeAnotherFormOfAddress()
    {
        var g = TestData.Extract("طهران في 12 مايو /قنا/ عقد حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى، وفخامة الرئيس إبراهيم رئيسي رئيس جمهورية إيران الإسلامية، جلسة مباحثات رسمية في طهران اليوم.\nوفي وقت لاحق اليوم، التقى سمو الأمير سماحة آية الله السيد علي خامنئي المرشد الأعلى للثورة الإسلامية في إيران.", "ar", new DateOnly(2022, 5, 12));
        Assert.True(HasMeeting(g, "Tamim bin Hamad Al Thani", "Ebrahim Raisi"));
        Assert.True(HasMeeting(g, "Tamim bin Hamad Al Thani", "Ali Khamenei"));
        Assert.False(HasMeeting(g, "Ebrahim Raisi", "Ali Khamenei"));
    }

    [Fact]
    public void Find_meetingOnArrival_isOnTheDayTheArrivalWasReported()
    {
        var g = TestData.Extract("Doha, Feb 15 (PTI) Prime Minister Narendra Modi on Thursday held talks with the Amir of Qatar Sheikh Tamim bin Hamad Al Thani.\nModi reached Doha late on Wednesday after a visit to the UAE.\nIn his first engagement in Qatar, he met the Prime Minister of Qatar, Sheikh Mohammed bin Abdulrahman Al Thani, soon after arriving in Doha.", "en", new DateOnly(2024, 2, 15));
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Mohammed bin Abdulrahman Al Thani") && m.Date == "2024-02-14");
    }

    [Fact]
    public void Find_pastMeetingInAnotherCity_doesNotMoveTodaysMeeting()
    {
        var g = TestData.Extract("الرئيس السيسي يستقبل رئيس وزراء الهند ويمنحه قلادة النيل\n\nالقاهرة في 25 يونيو /أ ش أ/ استقبل الرئيس عبد الفتاح السيسي، اليوم بالقاهرة، ناريندرا مودي رئيس وزراء جمهورية الهند.\nيذكر أن الرئيس السيسي كان قد زار نيودلهي في يناير الماضي، وعقد مباحثات مع رئيس الوزراء مودي.", "ar", new DateOnly(2023, 6, 25));
        Assert.Contains(g.Meetings, m => m.Place == "Cairo" && m.Date == "2023-06-25");
        Assert.DoesNotContain(g.Entities, e => e.Name.Ar?.Contains("قلادة", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Find_bareTitleBesideAQualifiedOne_isTheOtherHolder()
    {
        var g = TestData.Extract("طهران 17 يونيو 2023 واس\nاستقبل الرئيس الإيراني إبراهيم رئيسي وزير الخارجية السعودي الأمير فيصل بن فرحان.\nوكان وزير الخارجية قد عقد في وقت سابق من اليوم جلسة مباحثات مع وزير الخارجية الإيراني حسين أمير عبداللهيان.", "ar", new DateOnly(2023, 6, 17));
        Assert.True(HasMeeting(g, "Faisal bin Farhan", "Hossein Amir-Abdollahian"));
    }

    [Fact]
    public void Find_arabicCounterpartWithDemonym_introducesTheNameMet()
    {
        var g = TestData.Extract("أستانا 7 سبتمبر 2013 (شينخوا) أجرى الرئيس الصيني شي جين بينغ اليوم في أستانا محادثات مع نظيره القازاقي نور سلطان نزارباييف.", "ar", new DateOnly(2013, 9, 7));
        Assert.True(HasMeeting(g, "Xi Jinping", "Nursultan Nazarbayev"));
    }

    [Fact]
    public void Find_headOfGovernmentsFormOfAddress_andThenTalks_joinTheTwoSubjects()
    {
        var g = TestData.Extract("الرياض 31 مارس 2021 واس\nكان ولي العهد الأمير محمد بن سلمان في مقدمة مستقبلي رئيس مجلس الوزراء في جمهورية العراق السيد مصطفى الكاظمي لدى وصوله اليوم.\nوعقد سمو ولي العهد ودولة رئيس الوزراء العراقي عقب ذلك جلسة مباحثات رسمية.", "ar", new DateOnly(2021, 3, 31));
        Assert.Contains(g.Offices, o => o.Person == "Mustafa al-Kadhimi" && o.Title == "Prime Minister" && o.Country == "IQ");
    }

    [Fact]
    public void Find_titleOfAnOrganisation_introducesItsHolder_andAnEventsHostIsNotMet()
    {
        var g = TestData.Extract("CAIRO, Oct. 21 (Xinhua) -- Zhai Jun, special envoy of the Chinese government, met with Secretary-General of the League of Arab States Ahmed Aboul Gheit here on Saturday.\n\nThe summit, hosted by Egyptian President Abdel Fattah al-Sisi, brought together leaders. United Nations Secretary-General Antonio Guterres addressed the meeting.", "en", new DateOnly(2023, 10, 21));
        var m = Assert.Single(g.Meetings);
        Assert.Equal(Sorted("Ahmed Aboul Gheit", "Zhai Jun"), m.Participants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Find_arabicMeetingNounWithItsPossessorAndMa_isAMeeting()
    {
        var g = TestData.Extract("بكين 22 ديسمبر 2015 (شينخوا) اتفق البلدان اليوم على إقامة شراكة استراتيجية، وذلك خلال لقاء الرئيس الصيني شي جين بينغ مع رئيس الوزراء العراقي حيدر العبادي.", "ar", new DateOnly(2015, 12, 22));
        Assert.True(HasMeeting(g, "Xi Jinping", "Haider al-Abadi"));
    }

    [Fact]
    public void Find_headOfABodyWithADemonym_isNotThatCountrysPresident()
    {
        var g = TestData.Extract("بكين 31 مايو 2024 (شينخوا) التقى الرئيس الصيني شي جين بينغ اليوم ملك البحرين حمد بن عيسى آل خليفة.\nكما التقى تشاو له جي، رئيس اللجنة الدائمة للمجلس الوطني لنواب الشعب الصيني، مع الملك حمد في بكين اليوم.", "ar", new DateOnly(2024, 5, 31));
        Assert.True(HasMeeting(g, "Zhao Leji", "Hamad bin Isa Al Khalifa"));
        Assert.False(HasMeeting(g, "Zhao Leji", "Xi Jinping"));
    }

    [Fact]
    public void Find_relativeClauseWithMaahu_meetsTheOneThePronounStandsFor()
    {
        var g = TestData.Extract("دمشق 31 يناير 2022 (سانا) وكان في مقدمة مستقبلي الوزير بدر البوسعيدي لدى وصوله اليوم الدكتور فيصل المقداد وزير الخارجية والمغتربين، الذي عقد معه في وقت لاحق جلسة مباحثات.", "ar", new DateOnly(2022, 1, 31));
        Assert.True(HasMeeting(g, "Faisal Mekdad", "Badr Albusaidi"));
    }

    [Fact]
    public void Find_discussedWithACounterpartsLongTitle_isAMeeting()
    {
        var g = TestData.Extract("القاهرة 6 مارس 2024 (ومع) وتباحث السيد ناصر بوريطة اليوم مع وزير الشؤون الخارجية والتعاون والموريتانيين في الخارج، السيد محمد سالم ولد مرزوك، حول سبل تعزيز التعاون.", "ar", new DateOnly(2024, 3, 6));
        Assert.True(HasMeeting(g, "Nasser Bourita", "Mohamed Salem Ould Merzouk"));
    }

    [Fact]
    public void Find_eachOfAList_isOneMeetingEach_unlessHeldTogether()
    {
        var each = TestData.Extract("بيروت في 23 كانون الثاني 2025 (وطنية) - استقبل رئيس الجمهورية جوزاف عون اليوم وزير الخارجية السعودي الأمير فيصل بن فرحان.\nكما التقى الوزير السعودي اليوم في بيروت كلاً من رئيس مجلس النواب نبيه بري، ورئيس حكومة تصريف الأعمال نجيب ميقاتي.", "ar", new DateOnly(2025, 1, 23));
        Assert.True(HasMeeting(each, "Faisal bin Farhan", "Nabih Berri"));
        Assert.True(HasMeeting(each, "Faisal bin Farhan", "Najib Mikati"));
        Assert.DoesNotContain(each.Meetings, m => m.Participants.Contains("Joseph Aoun") && m.Participants.Contains("Najib Mikati"));
        var together = TestData.Extract("القاهرة في 24 نوفمبر /أ ش أ/ استقبل الرئيس عبد الفتاح السيسي اليوم كلا من بيدرو سانشيز رئيس وزراء إسبانيا، التي تتولى الرئاسة الدورية للاتحاد الأوروبي، وألكسندر دي كرو رئيس وزراء بلجيكا، حيث عقد الرئيس معهما جلسة مباحثات ثلاثية.", "ar", new DateOnly(2023, 11, 24));
        var m = Assert.Single(together.Meetings);
        Assert.Equal(3, m.Participants.Count);
    }

    [Fact]
    public void Find_threeJoinedSubjectsWithHeHonorifics_meetTogether()
    {
        var g = TestData.Extract("Doha, March 11 (QNA) - Qatar's Deputy Prime Minister and Minister of Foreign Affairs HE Sheikh Mohammed bin Abdulrahman Al-Thani, Minister of Foreign Affairs of the Republic of Turkey HE Mevlut Cavusoglu and Foreign Minister of the Russian Federation HE Sergey Lavrov met in Doha on Thursday.", "en", new DateOnly(2021, 3, 11));
        var m = Assert.Single(g.Meetings);
        Assert.Equal(3, m.Participants.Count);
        Assert.Contains(g.Offices, o => o.Person == Known(g, "Sergei Lavrov") && o.Title == "Foreign Minister" && o.Country == "RU");
        Assert.Contains(g.Offices, o => o.Person == "Mevlut Cavusoglu" && o.Country == "TR");
    }

    [Fact]
    public void Find_frontedMeetingWithASubjectWhoseNameBeginsWithWaw_isThatSubjects()
    {
        var g = TestData.Extract("بكين 29 مايو 2024 (شينخوا) التقى وزير الخارجية الصيني وانغ يي اليوم في بكين ضيوفا أجانب.\nوخلال لقائه مع نائب رئيس الوزراء وزير الخارجية العراقي فؤاد حسين، قال وانغ إن الصين تدعم العراق.", "ar", new DateOnly(2024, 5, 29));
        Assert.True(HasMeeting(g, "Wang Yi", "Fuad Hussein"));
    }

    [Fact]
    public void Find_attendeesOfAHostsLuncheon_areNotMet_andAMeetingStillToBeChairedIsNoMeeting()
    {
        var g = TestData.Extract("PUTRAJAYA, Feb 11 (Bernama) -- Prime Minister Anwar Ibrahim later hosted an official luncheon in honour of Turkish President Recep Tayyip Erdogan, which was also attended by Foreign Minister Datuk Seri Mohamad Hasan and Defence Minister Datuk Seri Mohamed Khaled Nordin.", "en", new DateOnly(2025, 2, 11));
        var m = Assert.Single(g.Meetings);
        Assert.Equal(["Anwar Ibrahim", "Recep Tayyip Erdogan"], m.Participants.Order(StringComparer.Ordinal));
        Assert.Empty(TestData.Extract("BEIJING, Sept. 9 (Xinhua) -- The joint committee meeting is to be co-chaired by Premier Li Qiang and Saudi Crown Prince Mohammed bin Salman.", "en", new DateOnly(2024, 9, 9)).Meetings);
    }

    [Fact]
    public void Find_talksNamedInARelativeClauseOfTheTwo_areTheirMeeting()
    {
        var g = TestData.Extract("بكين 3 إبريل 2018 (شينخوا) اتفق الرئيس الصيني شي جين بينغ ونظيره الزيمبابوي إمرسون منانغاغوا اليوم على إقامة شراكة تعاونية استراتيجية شاملة.\nجاء ذلك خلال المحادثات التي أجراها الرئيسان في قاعة الشعب الكبرى ببكين.", "ar", new DateOnly(2018, 4, 3));
        Assert.True(HasMeeting(g, "Xi Jinping", "Emmerson Mnangagwa"));
    }

    [Fact]
    public void Find_theirTalksFarAfterAJoinedPair_areThePairsMeeting()
    {
        var g = TestData.Extract("Cairo (VNA) – Deputy Prime Minister Tran Luu Quang and Egyptian Prime Minister Mostafa Madbouly agreed to keep cultivating the traditional friendship between Vietnam and Egypt through more exchanges of delegations, especially at high level, during their talks in Cairo on July 27.", "en", new DateOnly(2023, 7, 28));
        var m = Assert.Single(g.Meetings);
        Assert.Equal(["Tran Luu Quang", "Mostafa Madbouly"], m.Participants);
        Assert.Equal("2023-07-27", m.Date);
    }

    [Fact]
    public void Find_theirTalksInTheSentenceAfterAJoinedPair_areThePairsMeeting()
    {
        var g = TestData.Extract("بوينس آيرس 18 يوليو 2014 (شينخوا) اتفق الرئيس الصيني شي جين بينغ ونظيرته الأرجنتينية كريستينا فرنانديز دي كيرشنر هنا اليوم (الجمعة) على الارتقاء بالعلاقات الثنائية.\nوقال شي، الذي يقوم بزيارة دولة إلى الأرجنتين، خلال محادثاتهما إن التعاون الثنائي حقق تقدما هائلا.", "ar", new DateOnly(2014, 7, 18));
        Assert.True(HasMeeting(g, "Xi Jinping", "Cristina Fernandez de Kirchner"));
    }

    [Fact]
    public void Find_dinnerAHostGaveForAGuest_isTheirMeeting()
    {
        var g = TestData.Extract("باريس - واس\nوكان الرئيس الفرنسي إيمانويل ماكرون قد أقام مساء الأحد عشاء خاصا لولي العهد الأمير محمد بن سلمان في متحف اللوفر.", "ar", new DateOnly(2018, 4, 10));
        Assert.True(HasMeeting(g, "Emmanuel Macron", "Mohammed bin Salman"));
    }

    [Theory]
    // The indefinite noun takes its relative clause without التي.
    [InlineData("جاء ذلك خلال محادثات أجراها الرئيسان في العاصمة الفنزويلية.")]
    [InlineData("جاء ذلك خلال لقاء عقده الجانبان في العاصمة الفنزويلية.")]
    public void Find_indefiniteTalksOfTheTwo_areTheirMeeting(string second)
    {
        var g = TestData.Extract("كاراكاس 20 يوليو 2014 (شينخوا) اتفق الرئيس الصيني شي جين بينغ ونظيره الفنزويلي نيكولاس مادورو اليوم (الأحد) على الارتقاء بعلاقات البلدين.\n" + second, "ar", new DateOnly(2014, 7, 20));
        Assert.True(HasMeeting(g, "Xi Jinping", "Nicolas Maduro"));
    }

    [Fact]
    public void Find_trilateralSummitAfterArrivalsAndAnEarlierBilateral_staysAMeetingOfThree()
    {
        var g = TestData.Extract("أسمرة في 10 أكتوبر /أ ش أ/\nعقد الرئيس عبد الفتاح السيسي، اليوم، قمة ثلاثية في العاصمة الإريترية أسمرة مع الرئيس الإريتري أسياس أفورقي والرئيس الصومالي حسن شيخ محمود.\nوكان الرئيس أسياس أفورقي في مقدمة مستقبلي الرئيس السيسي لدى وصوله إلى مطار أسمرة الدولي.\nوكان الرئيس الصومالي قد وصل إلى أسمرة مساء أمس، حيث أجرى مباحثات مع الرئيس أفورقي.", "ar", new DateOnly(2024, 10, 10));
        Assert.Contains(g.Meetings, m => m.Participants.Count == 3);
    }

    [Fact]
    public void Find_coChairsWithALongPortfolio_andAMinisterWhoJoinedTwoOthers()
    {
        var chaired = TestData.Extract("بكين 13 ديسمبر 2024 (شينخوا) ترأس وزير الخارجية الصيني وانغ يي ووزير الخارجية والهجرة وشؤون المصريين بالخارج بدر عبد العاطي اليوم في بكين الحوار الاستراتيجي.", "ar", new DateOnly(2024, 12, 13));
        Assert.True(HasMeeting(chaired, "Wang Yi", "Badr Abdelatty"));
        Assert.Contains(chaired.Offices, o => o.Person == "Badr Abdelatty" && o.Title == "Foreign Minister" && o.Country == "EG");
        var joined = TestData.Extract("BEIJING, May 21 (APP): Deputy Prime Minister and Foreign Minister Mohammad Ishaq Dar on Wednesday joined Chinese Foreign Minister Wang Yi and Afghanistan's Acting Foreign Minister Amir Khan Muttaqi for an informal trilateral meeting in Beijing.", "en", new DateOnly(2025, 5, 21));
        Assert.Contains(joined.Meetings, m => m.Participants.Count == 3);
    }

    [Fact]
    public void Find_longStateFormsRanksAndTheDemonymsLeader()
    {
        var guyana = TestData.Extract("Georgetown, September 12 (QNA) - His Highness the Amir Sheikh Tamim bin Hamad Al Thani and HE President of the Co-operative Republic of Guyana Dr. Mohamed Irfaan Ali held official talks at State House in Georgetown on Tuesday.", "en", new DateOnly(2023, 9, 12));
        Assert.Contains(guyana.Offices, o => o.Person == Known(guyana, "Irfaan Ali") && o.Title == "President" && o.Country == "GY");
        var chad = TestData.Extract("ABU DHABI, 18th April, 2025 (WAM) -- His Highness Sheikh Mohamed bin Zayed Al Nahyan, President of the UAE, today received Field Marshal Mahamat Idriss Deby Itno, President of the Republic of Chad.", "en", new DateOnly(2025, 4, 18));
        Assert.DoesNotContain(chad.Entities, e => e.Type == "Person" && e.Name.En?.Contains("Marshal", StringComparison.Ordinal) == true);
        var leader = TestData.Extract("SAMARKAND, November 2 (UzA). President Shavkat Mirziyoyev held talks with French President Emmanuel Macron.\nOn the evening of November 1, President Shavkat Mirziyoyev met the French leader on Registan Square.", "en", new DateOnly(2023, 11, 2));
        Assert.Equal(2, leader.Meetings.Count(m => m.Participants.Contains("Emmanuel Macron")));
    }

    [Theory]
    [InlineData("عمان 9 آذار (بترا) - سلم وزير الخارجية أيمن الصفدي اليوم الرئيس الفرنسي إيمانويل ماكرون رسالة من جلالة الملك عبدالله الثاني.")]
    [InlineData("عمان 9 آذار (بترا) - سلم وزير الخارجية أيمن الصفدي اليوم رسالة خطية من جلالة الملك عبدالله الثاني إلى الرئيس الفرنسي إيمانويل ماكرون.")]
    public void Find_messageHandedOver_isAMeetingOfTheEnvoyAndTheRecipient(string body)
    {
        var m = Assert.Single(TestData.Extract(body, "ar", new DateOnly(2018, 3, 9)).Meetings);
        Assert.Equal(["Ayman Safadi", "Emmanuel Macron"], m.Participants.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("AMMAN, March 9 (Petra) -- Jordanian Prime Minister Hani Mulki received on Friday French Foreign Minister Jean-Yves Le Drian, who handed over a letter from French President Emmanuel Macron to King Abdullah II.", "en")]
    [InlineData("عمان 9 آذار (بترا) - استقبل رئيس الوزراء هاني الملقي اليوم وزير الخارجية الفرنسي جان إيف لودريان الذي سلم رسالة من الرئيس الفرنسي إيمانويل ماكرون إلى جلالة الملك عبدالله الثاني.", "ar")]
    public void Find_guestWhoHandedOverALetterForSomeoneElse_metOnlyTheHost(string body, string lang)
    {
        var m = Assert.Single(TestData.Extract(body, lang, new DateOnly(2018, 3, 9)).Meetings);
        Assert.Equal(["Hani Mulki", "Jean-Yves Le Drian"], m.Participants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Find_hisReceivingThemAfterAClauseThatNamedThemAll_isThatOneMeeting()
    {
        var g = TestData.Extract("الرياض 16 سبتمبر 2018 (واس) - وقلد خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود الرئيس الإريتري أسياس أفورقي ورئيس الوزراء الإثيوبي آبي أحمد قلادة الملك عبدالعزيز، خلال استقباله لهما اليوم في جدة.", "ar", new DateOnly(2018, 9, 16));
        var m = Assert.Single(g.Meetings);
        Assert.Equal(3, m.Participants.Count);
    }

    [Fact]
    public void Find_ladderOfThePlane_isNoMessageHandedOver() =>
        Assert.Empty(TestData.Extract("ووقف الرئيس الفرنسي إيمانويل ماكرون عند سلم الطائرة.", "ar", new DateOnly(2018, 3, 9)).Meetings);

    [Fact]
    public void Find_receptionOfAGuestAfterLam_isTheHostsMeetingWithTheGuest()
    {
        var g = TestData.Extract("جاكرتا في 18 مارس /أ ش أ/ وصل وزير الخارجية سامح شكري. جاء ذلك خلال استقبال الرئيس الإندونيسي جوكو ويدودو للوزير شكري في القصر الرئاسي.", "ar", new DateOnly(2022, 3, 18));
        Assert.Contains(g.Meetings, m => m.Participants.Order(StringComparer.Ordinal).SequenceEqual(["Joko Widodo", "Sameh Shoukry"]));
    }

    [Fact]
    public void Find_credentialsPresentedWithTheReceiverFarAfter_andReceivedFromEach_areMeetings()
    {
        var g = TestData.Extract("أبوجا في 24 أغسطس / وام / قدم سعادة سالم سعيد الشامسي أوراق اعتماده سفيرا فوق العادة ومفوضا لدولة الإمارات العربية المتحدة لدى جمهورية نيجيريا الاتحادية، إلى فخامة الرئيس بولا أحمد تينوبو. وتسلم الرئيس تينوبو أوراق اعتماد كل من السيد أوال واغريس محمد سفيرا لإثيوبيا، والسيدة ميريام موراليس بالميرو سفيرة لكوبا.", "ar", new DateOnly(2023, 8, 24));
        Assert.Equal(3, g.Meetings.Count);
        Assert.All(g.Meetings, m => Assert.Contains("Bola Tinubu", m.Participants));
    }

    [Fact]
    public void Find_algerianTahadatha_isAMeetingVerb()
    {
        var m = Assert.Single(TestData.Extract("وتحادث وزير الخارجية أحمد عطاف مع وزير الخارجية التركي هاكان فيدان على هامش المنتدى.", "ar", new DateOnly(2024, 11, 27)).Meetings);
        Assert.Contains("Hakan Fidan", m.Participants);
    }

    [Fact]
    public void Find_summitHostedWithTheParticipationOfLeaders_isOneMeetingOfThemAll()
    {
        var m = Assert.Single(TestData.Extract("إسطنبول/ الأناضول استضاف الرئيس التركي رجب طيب أردوغان، السبت، في إسطنبول القمة الرباعية حول سوريا بمشاركة الرئيس الروسي فلاديمير بوتين والمستشارة الألمانية أنغيلا ميركل والرئيس الفرنسي إيمانويل ماكرون.", "ar", new DateOnly(2018, 10, 27)).Meetings);
        Assert.Equal(4, m.Participants.Count);
    }

    [Fact]
    public void Find_meetingNounWithACommaBeforeMaa_isHeldWithThoseAfterIt()
    {
        var m = Assert.Single(TestData.Extract("سمرقند 15 سبتمبر 2022 (شينخوا) عقد الرئيس الصيني شي جين بينغ اليوم الاجتماع السادس لرؤساء دول الصين وروسيا ومنغوليا، مع الرئيس الروسي فلاديمير بوتين والرئيس المنغولي أوخنا خورلسوخ.", "ar", new DateOnly(2022, 9, 15)).Meetings);
        Assert.Equal(3, m.Participants.Count);
    }

    [Fact]
    public void Find_heldByTwoSubjectsAfterTheVerb_withTheFormOfAddressForAHeadOfGovernment()
    {
        var g = TestData.Extract("عقد حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير دولة قطر، ودولة السيد محمد شهباز شريف رئيس وزراء باكستان، جلسة مباحثات رسمية في الدوحة اليوم.", "ar", new DateOnly(2024, 10, 31));
        Assert.True(HasMeeting(g, "Tamim bin Hamad Al Thani", "Shehbaz Sharif"));
    }

    [Fact]
    public void Find_bareDefiniteMinisterAsSubject_isTheStorysOneMinister()
    {
        var g = TestData.Extract("قام وزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج، ناصر بوريطة، اليوم الثلاثاء بزيارة إلى باماكو.\nكما تباحث الوزير مع نائب الرئيس الانتقالي، الكولونيل عاصيمي غويتا.", "ar", new DateOnly(2020, 9, 29));
        Assert.Contains(g.Offices, o => o.Person == "Nasser Bourita" && o.Title == "Foreign Minister");
        Assert.True(HasMeeting(g, "Assimi Goita", "Nasser Bourita"));
    }

    [Fact]
    public void Find_coChairedDialogue_withAFurtherGivenNameAfterTheTitle()
    {
        var g = TestData.Extract("ترأس وزير الخارجية الصيني وانغ يي ونائب رئيس الوزراء وزير الخارجية الباكستاني محمد إسحاق دار، اليوم (الأربعاء) في بكين، جولة من الحوار الاستراتيجي بين البلدين.", "ar", new DateOnly(2024, 5, 15));
        Assert.True(HasMeeting(g, "Ishaq Dar", "Wang Yi"));
        Assert.DoesNotContain(g.Offices, o => o.Person == "Wang Yi" && o.Country == "PK");
    }

    [Fact]
    public void Find_audienceGrantedAndLettersOfCredence_areMeetings()
    {
        var audience = TestData.Extract("King Abdullah II today granted an audience to Prime Minister Anwar Ibrahim at the palace in Amman.", "en", new DateOnly(2023, 10, 21));
        Assert.True(HasMeeting(audience, "Anwar Ibrahim", "King Abdullah II"));
        var credence = TestData.Extract("The new ambassador, John Smith, presented his letters of credence to President William Ruto at State House on Friday.", "en", new DateOnly(2023, 9, 1));
        Assert.Contains(credence.Meetings, m => m.Participants.Contains("William Ruto") && m.Participants.Count == 2);
    }

    [Fact]
    public void Find_lowerCaseTitleOfAnUnknownCompany_isNotAHeadOfState()
    {
        var g = TestData.Extract("Prime Minister Anwar Ibrahim will meet Turkish President Recep Tayyip Erdogan next week.\nEarlier today, Anwar held discussions with Saudi Aramco president and chief executive officer Amin H Nasser here.", "en", new DateOnly(2023, 10, 21));
        Assert.False(HasMeeting(g, "Anwar Ibrahim", "Recep Tayyip Erdogan"));
    }

    [Fact]
    public void Find_meetingAtTheEndOfAJourneyStillAhead_isNotAMeeting()
    {
        var g = TestData.Extract("Prime Minister Anwar Ibrahim met Crown Prince Mohammed bin Salman in Riyadh on Saturday. He leaves for Istanbul this evening for a meeting with Turkish President Recep Tayyip Erdogan.", "en", new DateOnly(2023, 10, 21));
        Assert.True(HasMeeting(g, "Anwar Ibrahim", "Mohammed bin Salman"));
        Assert.False(HasMeeting(g, "Anwar Ibrahim", "Recep Tayyip Erdogan"));
    }

    [Fact]
    public void Find_duringHisReceiving_theGuestFollowsTheNoun()
    {
        var g = TestData.Extract("تلقى الرئيس محمد بن زايد رسالة من الرئيس البرازيلي لولا دا سيلفا.\nتسلم الرسالة الشيخ عبدالله بن زايد آل نهيان وزير الخارجية، خلال استقباله مساء أمس في أبوظبي وزير الخارجية البرازيلي ماورو فييرا.", "ar", new DateOnly(2024, 9, 12));
        Assert.True(HasMeeting(g, "Abdullah bin Zayed", "Mauro Vieira"));
        Assert.False(HasMeeting(g, "Abdullah bin Zayed", "Luiz Inacio Lula da Silva"));
    }

    [Fact]
    public void Find_cityNameAfterAFormOfAddress_isAGivenName()
    {
        var g = TestData.Extract("عقد الأمير فيصل بن فرحان وزير الخارجية اليوم جلسة مباحثات مع وزير الخارجية في جمهورية الأرجنتين السيد سانتياغو كافييرو في بوينس آيرس.", "ar", new DateOnly(2021, 11, 27));
        Assert.DoesNotContain(g.Entities, e => e.Type == "Place" && e.Name.En == "Santiago");
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Faisal bin Farhan") && m.Participants.Any(p => p.StartsWith("Santiago", StringComparison.Ordinal)));
    }

    [Fact]
    public void Find_messageHandedToTheRecipientNamedFirst_metWhereTheStoryIs_notInTheCityInvitedTo()
    {
        var g = TestData.Extract("الجزائر في 9 يناير /أ ش أ/ - سلم وزير الخارجية سامح شكري الرئيس الجزائري عبد المجيد تبون، اليوم /الخميس/، رسالة من الرئيس عبد الفتاح السيسي تتضمن دعوته لزيارة القاهرة.", "ar", new DateOnly(2020, 1, 9));
        var m = Assert.Single(g.Meetings);
        Assert.Equal(Sorted("Abdelmadjid Tebboune", "Sameh Shoukry"), m.Participants.Order(StringComparer.Ordinal));
        Assert.Equal("Algiers", m.Place);
    }

    [Fact]
    public void Find_afterHisMeetingWithTheCounterpartGluedToBi_isTheMeetingWhenNotToldBefore()
    {
        var g = TestData.Extract("وقال وزير الخارجية المصري سامح شكري للصحفيين عقب لقائه بالرئيس الجزائري عبد المجيد تبون في الجزائر اليوم إن المباحثات تناولت الملف الليبي.", "ar", new DateOnly(2020, 1, 9));
        Assert.True(HasMeeting(g, "Abdelmadjid Tebboune", "Sameh Shoukry"));
    }

    [Fact]
    public void Find_presidentWhoSentTheEnvoy_beforeTheVerb_didNotMeet()
    {
        var g = TestData.Extract("وأوضح البيان أن وزير الخارجية رمطان لعمامرة، الذي حل بتونس بصفته مبعوثا خاصا لرئيس الجمهورية عبد المجيد تبون، استقبل من طرف الرئيس التونسي قيس سعيد بقصر قرطاج.", "ar", new DateOnly(2021, 7, 27));
        Assert.True(HasMeeting(g, "Kais Saied", "Ramtane Lamamra"));
        Assert.False(HasMeeting(g, "Abdelmadjid Tebboune", "Kais Saied"));
    }

    [Fact]
    public void Find_delegationAsSubject_standsForItsListedMembers()
    {
        var g = TestData.Extract("Asmara, 20 October 2020 - An Eritrean delegation composed of Foreign Minister Osman Saleh and Presidential Adviser Yemane Gebreab met today in Khartoum Gen. Abdel Fattah Al-Burhan.\nThe delegation also met Prime Minister Abdalla Hamdok.", "en", new DateOnly(2020, 10, 20));
        Assert.True(HasMeeting(g, "Abdel Fattah al-Burhan", "Osman Saleh", "Yemane Gebreab"));
        Assert.True(HasMeeting(g, "Abdalla Hamdok", "Osman Saleh", "Yemane Gebreab"));
    }

    [Fact]
    public void Find_duringHisReceiving_inASentenceOfItsOwn_theHostIsTheSubjectBefore()
    {
        var g = TestData.Extract("تسلم رئيس مجلس السيادة الانتقالي عبد الفتاح البرهان اليوم رسالة خطية من الرئيس الإريتري أسياس أفورقي.\nجاء ذلك لدى استقباله بالخرطوم وزير الخارجية الإريتري عثمان صالح.", "ar", new DateOnly(2020, 10, 20));
        Assert.True(HasMeeting(g, "Abdel Fattah al-Burhan", "Osman Saleh"));
    }

    [Fact]
    public void Find_pairJoinedAcrossAnOrganisationBeforeItsOfficersTitle_met()
    {
        var g = TestData.Extract("ISLAMABAD, Sep 9 (APP): Prime Minister Shehbaz Sharif and United Nations Secretary-General Antonio Guterres met here on Friday.", "en", new DateOnly(2022, 9, 9));
        Assert.True(HasMeeting(g, "Antonio Guterres", "Shehbaz Sharif"));
    }

    [Fact]
    public void Find_townNamedAfterTheCityOf_andCityOfARelativeWhere_areVenues()
    {
        var shusha = TestData.Extract("President Recep Tayyip Erdogan and President Ilham Aliyev held talks on Tuesday in the city of Shusha.", "en", new DateOnly(2021, 6, 15));
        Assert.Contains(shusha.Meetings, m => m.Place == "Shusha");
        var doha = TestData.Extract("KUWAIT, Oct 31 (KUNA) -- The Indian minister arrived in the country on Tuesday from Doha, where she had met Qatar's Amir Sheikh Tamim bin Hamad Al-Thani and External Affairs Minister Sushma Swaraj on Monday.", "en", new DateOnly(2018, 10, 31));
        Assert.NotEmpty(doha.Meetings);
        Assert.All(doha.Meetings, m => Assert.Equal("Doha", m.Place));
    }

    [Fact]
    public void Find_delegationAsObject_isEveryListedMember()
    {
        var g = TestData.Extract("AMMAN, Jan. 12 (Petra) -- Foreign Minister Ayman Safadi on Sunday held talks with an Iraqi ministerial delegation headed by Oil Minister Ihsan Abdul Jabbar.\nThe delegation included Electricity Minister Majid Hantoosh and Trade Minister Alaa Jubouri.", "en", new DateOnly(2020, 1, 12));
        Assert.True(HasMeeting(g, "Ayman Safadi", "Ihsan Abdul Jabbar", "Majid Hantoosh", "Alaa Jubouri"));
        var ar = TestData.Extract("عمان 12 كانون الثاني (بترا) - استقبل وزير الخارجية أيمن الصفدي اليوم الأحد وفدا وزاريا عراقيا برئاسة وزير النفط إحسان عبد الجبار.\nوضم الوفد العراقي وزير الكهرباء ماجد حنتوش ووزير التجارة علاء الجبوري، بحضور السفير العراقي.", "ar", new DateOnly(2020, 1, 12));
        var m = Assert.Single(ar.Meetings);
        Assert.Equal(4, m.Participants.Count);
        Assert.Contains("Ayman Safadi", m.Participants);
    }

    [Fact]
    public void Find_delegationLedByAHeadOfGovernment_orOneOfSeveralReceived_meetsOnlyItsHead()
    {
        var pm = TestData.Extract("استقبل الرئيس العراقي برهم صالح اليوم في بغداد وفدا أردنيا برئاسة رئيس الوزراء الأردني عمر الرزاز.\nوضم الوفد وزير الخارجية أيمن الصفدي.", "ar", new DateOnly(2019, 1, 15));
        Assert.True(HasMeeting(pm, "Barham Salih", "Omar Razzaz"));
        Assert.DoesNotContain(pm.Meetings, m => m.Participants.Contains("Ayman Safadi"));
        var several = TestData.Extract("King Abdullah II on Sunday received the delegations taking part in the meeting, among them the Turkish delegation headed by Foreign Minister Hakan Fidan.\nThe Turkish delegation also included Defence Minister Yasar Guler.", "en", new DateOnly(2025, 3, 9));
        Assert.True(HasMeeting(several, "King Abdullah II", "Hakan Fidan"));
        Assert.DoesNotContain(several.Meetings, m => m.Participants.Count > 2);
    }

    [Fact]
    public void Find_meetingInARelativeClause_isInThatClausesCity_untilTheClauseEnds()
    {
        var g = TestData.Extract("Baku, August 25, AZERTAC\n\nChancellor Angela Merkel arrived in Baku from Yerevan, where she had held talks with Armenian Prime Minister Nikol Pashinyan the previous day.", "en", new DateOnly(2018, 8, 25));
        Assert.Equal("Yerevan", Assert.Single(g.Meetings).Place);
        var ar = TestData.Extract("دوشنبه 5 يوليو 2024 (شينخوا) وكان شي جين بينغ قد وصل إلى دوشنبه أمس قادما من أستانا، حيث حضر قمة منظمة شانغهاي للتعاون، وكان الرئيس الطاجيكي إمام علي رحمان في استقباله بالمطار.", "ar", new DateOnly(2024, 7, 5));
        var welcome = Assert.Single(ar.Meetings, m => m.Participants.Contains("Emomali Rahmon"));
        Assert.NotEqual("Astana", welcome.Place);
    }

    [Fact]
    public void Find_onTheSameDay_isTheDayTheSentenceBeforeStates()
    {
        var g = TestData.Extract("BAKU, Azerbaijan, February 28. Foreign Minister Jeyhun Bayramov and Russian Foreign Minister Sergey Lavrov held talks in Baku on February 28.\nLavrov arrived in Baku on February 27 on a two-day working visit. On the same day, he was received by President Ilham Aliyev.", "en", new DateOnly(2023, 2, 28));
        Assert.Equal("2023-02-27", Assert.Single(g.Meetings, m => m.Participants.Contains("Ilham Aliyev")).Date);
        Assert.Equal("2023-02-28", Assert.Single(g.Meetings, m => m.Participants.Contains("Jeyhun Bayramov")).Date);
    }

    [Fact]
    public void Find_counterpartWithARankBeforeTheName_isThatNamedPerson()
    {
        var g = TestData.Extract("Cairo, Sep 19 (PTI) Defence Minister Rajnath Singh on Monday held talks with his Egyptian counterpart Gen Mohamed Zaki here.\nSingh later called on Egyptian President Abdel Fattah el-Sisi.", "en", new DateOnly(2022, 9, 19));
        Assert.True(HasMeeting(g, "Rajnath Singh", "Mohamed Zaki"));
        Assert.DoesNotContain(g.Meetings, m => m.Participants.Contains("Mohamed Zaki") && m.Participants.Contains("Abdel Fattah al-Sisi"));
    }

    [Fact]
    public void Find_arabicVerbAfterThumma_sharesTheSentencesFirstSubject()
    {
        var g = TestData.Extract("الرياض 10 يناير 2016 (شينخوا) أجرى وزير الخارجية الصيني وانغ يي اليوم محادثات في الرياض مع وزير الخارجية السعودي عادل الجبير، ثم التقى مساء اليوم ولي ولي العهد الأمير محمد بن سلمان.", "ar", new DateOnly(2016, 1, 10));
        Assert.True(HasMeeting(g, "Wang Yi", "Adel al-Jubeir"));
        Assert.True(HasMeeting(g, "Wang Yi", "Mohammed bin Salman"));
        Assert.False(HasMeeting(g, "Adel al-Jubeir", "Mohammed bin Salman"));
    }

    [Fact]
    public void Find_frontedParticiple_meetsTheMainClausesSubject_orTheStorysLastHost()
    {
        var g = TestData.Extract("Kuala Lumpur (Bernama) - Prime Minister Anwar Ibrahim held talks with Chinese Premier Li Qiang in Kuala Lumpur on June 19.\nMeeting Thai Prime Minister Srettha Thavisin, Anwar said the two countries would expand border trade.\nMeeting Philippine President Ferdinand Marcos Jr., the two sides agreed to boost maritime cooperation.", "en", new DateOnly(2024, 6, 19));
        Assert.True(HasMeeting(g, "Anwar Ibrahim", "Srettha Thavisin"));
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Anwar Ibrahim") && m.Participants.Count == 2 && m.Participants.Any(p => p.StartsWith("Ferdinand Marcos", StringComparison.Ordinal)));
        var far = TestData.Extract("Meeting Russian Ambassador Alexey Borodavkin, the Head of State underlined the significance of Russian President Vladimir Putin's coming visit.", "en", new DateOnly(2023, 3, 14));
        Assert.DoesNotContain(far.Meetings, m => m.Participants.Contains("Vladimir Putin"));
    }

    [Fact]
    public void Find_airportWelcomeByAMinister_ofAVisitingLeader_isNoMeeting_butOneByTheHostLeaderIs()
    {
        var aide = TestData.Extract("TEHRAN, June 12 (Xinhua) -- Japanese Prime Minister Shinzo Abe arrived in Tehran on Wednesday and was welcomed at the airport by Iranian Foreign Minister Mohammad Javad Zarif.", "en", new DateOnly(2019, 6, 12));
        Assert.False(HasMeeting(aide, "Shinzo Abe", "Mohammad Javad Zarif"));
        var ar = TestData.Extract("طهران 12 يونيو 2019 (شينخوا) وصل رئيس الوزراء الياباني شينزو آبي إلى طهران اليوم، وكان في استقباله في مطار مهر آباد وزير الخارجية الإيراني محمد جواد ظريف.", "ar", new DateOnly(2019, 6, 12));
        Assert.False(HasMeeting(ar, "Shinzo Abe", "Mohammad Javad Zarif"));
        var leader = TestData.Extract("NEW DELHI, Feb. 19 (Xinhua) -- Saudi Crown Prince Mohammed bin Salman arrived in New Delhi on Tuesday night and was received at the airport by Indian Prime Minister Narendra Modi.", "en", new DateOnly(2019, 2, 19));
        Assert.True(HasMeeting(leader, "Mohammed bin Salman", "Narendra Modi"));
    }

    [Fact]
    public void Find_airportWelcomeBySeveralMinisters_ofAVisitingLeader_isNoMeeting()
    {
        var g = TestData.Extract("RIYADH, Nov 1 (KUNA) -- British Prime Minister Gordon Brown arrived on Saturday and was received at the airport by Saudi Foreign Minister Prince Saud Al-Faisal and Saudi Transport Minister Jabara Al-Seraisry.", "en", new DateOnly(2008, 11, 1));
        Assert.DoesNotContain(g.Meetings, m => m.Participants.Contains("Gordon Brown"));
    }

    [Fact]
    public void Find_talksInANamedBuilding_nextToAPhoneCall_areNoPhoneCall()
    {
        var g = TestData.Extract("باريس 24 سبتمبر 2021 (شينخوا) استقبل الرئيس الفرنسي إيمانويل ماكرون اليوم الجمعة رئيس الوزراء اللبناني نجيب ميقاتي في قصر الإليزيه.\nوبحث الجانبان تشكيل الحكومة اللبنانية الجديدة والمساعدات الدولية.\nوكان ماكرون قد أجرى في وقت سابق من الشهر اتصالا هاتفيا بالرئيس الإيراني إبراهيم رئيسي.", "ar", new DateOnly(2021, 9, 24));
        Assert.True(HasMeeting(g, "Emmanuel Macron", "Najib Mikati"));
        Assert.False(HasMeeting(g, "Emmanuel Macron", "Ebrahim Raisi"));
    }

    [Fact]
    public void Find_meetingInAClauseAContrastOpens_takesThatClausesDay()
    {
        var g = TestData.Extract("MOSCOW, Feb. 22 (Xinhua) -- Chinese top diplomat Wang Yi met Russian Security Council Secretary Nikolai Patrushev on Tuesday, while he held talks with Russian Foreign Minister Sergei Lavrov on Wednesday.", "en", new DateOnly(2023, 2, 22));
        Assert.Equal("2023-02-21", Assert.Single(g.Meetings, m => m.Participants.Contains("Nikolai Patrushev")).Date);
        Assert.Equal("2023-02-22", Assert.Single(g.Meetings, m => m.Participants.Contains("Sergei Lavrov")).Date);
    }

    [Fact]
    public void Find_dualVerbAfterTheTwoNamed_isTheirEarlierMeeting_inAMonthGoneBy()
    {
        var ar = TestData.Extract("بكين 2 نوفمبر 2022 (شينخوا) أجرى الرئيس الصيني شي جين بينغ اليوم الأربعاء محادثات مع رئيس الوزراء الباكستاني شهباز شريف في قاعة الشعب الكبرى.\nوكان شي وشريف قد اجتمعا في سمرقند في سبتمبر الماضي.", "ar", new DateOnly(2022, 11, 2));
        var earlier = Assert.Single(ar.Meetings, m => m.Place == "Samarkand");
        Assert.Null(earlier.Date);
        Assert.Equal("2022-11-02", Assert.Single(ar.Meetings, m => m.Place == "Beijing").Date);
        var en = TestData.Extract("BEIJING, Nov. 2 (Xinhua) -- Chinese President Xi Jinping held talks with Pakistani Prime Minister Shehbaz Sharif in Beijing on Wednesday. Xi met Sharif in Samarkand last September on the sidelines of the SCO summit.", "en", new DateOnly(2022, 11, 2));
        Assert.Null(Assert.Single(en.Meetings, m => m.Place == "Samarkand").Date);
    }

    [Fact]
    public void Find_roleNounWithItsPossessive_joinsThatPersonToTheList()
    {
        var g = TestData.Extract("باريس 23 مارس 2021 (وام) استقبل الرئيس الفرنسي إيمانويل ماكرون اليوم الثلاثاء في قصر الإليزيه رئيس المجلس الرئاسي الليبي محمد المنفي ونائبه موسى الكوني.", "ar", new DateOnly(2021, 3, 23));
        Assert.Equal(3, Assert.Single(g.Meetings).Participants.Count);
    }

    [Fact]
    public void Find_personalEnvoyOfAPresident_isTheOneMet()
    {
        var g = TestData.Extract("بيروت 21 يونيو 2023 (وطنية) استقبل رئيس مجلس النواب نبيه بري اليوم الأربعاء الموفد الشخصي للرئيس الفرنسي إيمانويل ماكرون جان إيف لودريان.", "ar", new DateOnly(2023, 6, 21));
        Assert.True(HasMeeting(g, "Nabih Berri", "Jean-Yves Le Drian"));
        Assert.DoesNotContain(g.Meetings, m => m.Participants.Contains("Emmanuel Macron"));
    }

    [Fact]
    public void Find_personNamingAMonument_isNoOneMet_butAGuestAfterAPalacesNameIs()
    {
        var monument = TestData.Extract("نيودلهي 10 سبتمبر 2023 (شينخوا) استقبل رئيس الوزراء الهندي ناريندرا مودي القادة صباح اليوم عند نصب المهاتما غاندي في راج غات.", "ar", new DateOnly(2023, 9, 10));
        Assert.DoesNotContain(monument.Meetings, m => m.Participants.Contains("Mahatma Gandhi"));
        var palace = TestData.Extract("أبوظبي في 1 يوليو / وام / استقبل صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة في قصر الشاطئ اليوم فخامة جوكو ويدودو رئيس جمهورية إندونيسيا.", "ar", new DateOnly(2022, 7, 1));
        Assert.True(HasMeeting(palace, "Mohamed bin Zayed", "Joko Widodo"));
    }

    [Fact]
    public void Find_meetingNounWithAVerbOfGathering_isTheMeetingOfThoseAfterIt()
    {
        var g = TestData.Extract("بكين 6 أبريل 2023 (شينخوا) اتفقت السعودية وإيران اليوم على إعادة فتح السفارتين، وذلك خلال اجتماع جمع وزير الخارجية السعودي الأمير فيصل بن فرحان ووزير الخارجية الإيراني حسين أمير عبد اللهيان في بكين.", "ar", new DateOnly(2023, 4, 6));
        Assert.True(HasMeeting(g, "Faisal bin Farhan", "Hossein Amir-Abdollahian"));
    }

    [Fact]
    public void Find_meetingWithoutACity_afterALeadThatSendsTheStoryElsewhere_isInTheLeadsCity()
    {
        var g = TestData.Extract("BISHKEK, Dec. 1 (Xinhua) -- Kyrgyz President Sadyr Japarov on Friday held bilateral meetings on the sidelines of the COP28 climate summit in Dubai.\nJaparov met with Turkmen President Serdar Berdimuhamedov and discussed energy and transport links.", "en", new DateOnly(2023, 12, 1));
        Assert.Equal("Dubai", Assert.Single(g.Meetings).Place);
    }

    [Fact]
    public void Find_talksNextToACallWithSomeoneElse_areNoPhoneCall()
    {
        var g = TestData.Extract("ميونخ 16 فبراير 2024 (واس) التقى صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية، اليوم، وزير خارجية المملكة المتحدة اللورد ديفيد كاميرون، على هامش أعمال مؤتمر ميونخ للأمن.\nوجرى خلال اللقاء استعراض العلاقات الثنائية.\nمن جهة أخرى، تلقى سمو وزير الخارجية اتصالاً هاتفياً من وزير خارجية الجمهورية الإسلامية الإيرانية حسين أمير عبداللهيان.", "ar", new DateOnly(2024, 2, 16));
        Assert.True(HasMeeting(g, "Faisal bin Farhan", "David Cameron"));
        Assert.False(HasMeeting(g, "Faisal bin Farhan", "Hossein Amir-Abdollahian"));
    }

    [Fact]
    public void Find_personInThePossessiveAfterTheVerb_isNoOneMet()
    {
        var g = TestData.Extract("DUBAI, Dec. 1 (WAM) -- President Mohamed bin Zayed welcomed Indian Prime Minister Narendra Modi's participation in the COP28 summit.", "en", new DateOnly(2023, 12, 1));
        Assert.False(HasMeeting(g, "Mohamed bin Zayed", "Narendra Modi"));
    }

    [Fact]
    public void Find_dayAfterTheStorys_isAPlannedEvents_notTheMeetings()
    {
        var g = Extract("تونس 28 مارس 2019 (وات) - استقبل الرئيس التونسي الباجي قايد السبسي اليوم الخميس في مطار تونس قرطاج العاهل السعودي الملك سلمان بن عبد العزيز، ويشارك العاهل السعودي في القمة العربية الثلاثين التي تنعقد يوم الأحد 31 مارس.", "ar", new DateOnly(2019, 3, 28));
        Assert.Equal("2019-03-28", Assert.Single(g.Meetings).Date);
    }

    [Fact]
    public void Find_messageTakenByAnotherForItsAddressee_isAMeetingWithTheOneWhoTookIt()
    {
        var g = Extract("القاهرة 2 يناير 2021 (كونا) -- سلم وزير الخارجية الكويتي الشيخ أحمد ناصر المحمد الصباح أمس رسالة خطية من أمير الكويت الشيخ نواف الأحمد الجابر الصباح إلى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود تسلمها وزير الدولة للشؤون الخارجية السعودي عادل الجبير.", "ar", new DateOnly(2021, 1, 2));
        Assert.True(HasMeeting(g, "Ahmad Nasser Al-Mohammad Al-Sabah", "Adel al-Jubeir"));
        Assert.False(HasMeeting(g, "Ahmad Nasser Al-Mohammad Al-Sabah", "King Salman"));
    }

    [Fact]
    public void Find_afterTheirTalks_inAStoryThatToldNoMeetingYet_isTheirMeeting()
    {
        var g = Extract("KIGALI, Aug 15 (MENA) - President Abdel Fattah El Sisi and his Rwandan counterpart Paul Kagame agreed on Tuesday to expand trade between Egypt and Rwanda.\n\nSpeaking to reporters after their talks at Urugwiro Village, Sisi said the two sides discussed cooperation in energy.", "en", new DateOnly(2017, 8, 15));
        Assert.True(HasMeeting(g, "Abdel Fattah al-Sisi", "Paul Kagame"));
    }

    [Fact]
    public void Find_welcomeCeremony_attendedByTheGuest_takesNoHostFromThosePresent()
    {
        var g = Extract("WELLINGTON, June 13 (Xinhua) -- Chinese Premier Li Qiang held talks with New Zealand Prime Minister Christopher Luxon in Wellington on Thursday. Before the talks, he attended a welcome ceremony at Government House, where Luxon welcomed him in the presence of Governor-General Cindy Kiro.", "en", new DateOnly(2024, 6, 13));
        Assert.True(HasMeeting(g, "Li Qiang", "Christopher Luxon"));
        Assert.DoesNotContain(g.Meetings, m => m.Participants.Contains("Cindy Kiro"));
    }

    [Fact]
    public void Find_meetingHere_isInTheDatelinesCity_notACityStandingForItsGovernment()
    {
        var g = Extract("DAMASCUS, April 29 (Xinhua) -- Syrian President Bashar al-Assad met here on Saturday with Zhai Jun, the Chinese government's special envoy on the Middle East issue, and praised Beijing's backing for Syria.", "en", new DateOnly(2023, 4, 29));
        Assert.Equal("Damascus", Assert.Single(g.Meetings).Place);
    }

    [Fact]
    public void Find_cityEndingAnEventsName_isNoVenue()
    {
        var g = Extract("طوكيو 19 شباط 2024 (بترا)- التقى رئيس الوزراء الأردني بشر الخصاونة اليوم الاثنين وزير الاقتصاد والتجارة والصناعة الياباني كين سايتو، وأكد اهتمام المملكة بالمشاركة في معرض إكسبو 2025 أوساكا.", "ar", new DateOnly(2024, 2, 19));
        Assert.Equal("Tokyo", Assert.Single(g.Meetings).Place);
    }

    [Fact]
    public void Find_messageTakenByAnother_inTheSentenceAfter_isAMeetingWithTheOneWhoTookIt()
    {
        var g = Extract("القاهرة 2 يناير 2021 (كونا) -- سلم وزير الخارجية الكويتي الشيخ أحمد ناصر المحمد الصباح أمس رسالة خطية من أمير الكويت الشيخ نواف الأحمد الجابر الصباح إلى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود.\nوتسلم الرسالة وزير الدولة للشؤون الخارجية السعودي عادل الجبير.", "ar", new DateOnly(2021, 1, 2));
        Assert.True(HasMeeting(g, "Ahmad Nasser Al-Mohammad Al-Sabah", "Adel al-Jubeir"));
        Assert.False(HasMeeting(g, "Ahmad Nasser Al-Mohammad Al-Sabah", "King Salman"));
    }

    [Fact]
    public void Find_includedVerbBeforeThePossessedMeetingsNoun_isOneMeetingWithEachListed()
    {
        var g = Extract("نيويورك 20 أيلول (بترا)- التقى جلالة الملك عبدالله الثاني اليوم عددا من قادة الدول المشاركين في أعمال الجمعية العامة للأمم المتحدة.\nوشملت لقاءات جلالته، كلا على حدة، الرئيس الفرنسي إيمانويل ماكرون، ورئيس الوزراء الكندي جاستن ترودو.", "ar", new DateOnly(2023, 9, 20));
        Assert.Equal(2, g.Meetings.Count);
        Assert.True(HasMeeting(g, "King Abdullah II", "Emmanuel Macron"));
        Assert.True(HasMeeting(g, "King Abdullah II", "Justin Trudeau"));
    }

    [Theory]
    [InlineData("JEDDAH, July 28 (SPA) -- Crown Prince Mohammed bin Salman, on behalf of King Salman, received French President Emmanuel Macron in Jeddah on Friday.", "en")]
    [InlineData("جدة 28 يوليو (واس) - استقبل ولي العهد الأمير محمد بن سلمان، اليوم، في المؤتمر الذي رأسه سموه نيابة عن خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، الرئيس الفرنسي إيمانويل ماكرون.", "ar")]
    public void Find_oneStoodInFor_onBehalfOf_isNoParticipant(string body, string lang)
    {
        var g = Extract(body, lang, new DateOnly(2023, 7, 28));
        var m = Assert.Single(g.Meetings);
        Assert.Equal(Sorted("Emmanuel Macron", "Mohammed bin Salman"), m.Participants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Find_eachOneAfterALongAdjunct_opensTheListOfThoseMet()
    {
        var g = Extract("الرياض 11 نوفمبر 2024 (واس) - التقى صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد رئيس مجلس الوزراء - حفظه الله -، اليوم، على هامش أعمال القمة العربية والإسلامية غير العادية التي عقدت في الرياض بمشاركة قادة الدول العربية والإسلامية ورؤساء وفودها، كلاً على حدة، دولة رئيس وزراء ماليزيا أنور إبراهيم، وفخامة رئيس جمهورية أوزبكستان شوكت ميرضيائيف.", "ar", new DateOnly(2024, 11, 11));
        Assert.Equal(2, g.Meetings.Count);
        Assert.True(HasMeeting(g, "Mohammed bin Salman", "Anwar Ibrahim"));
        Assert.True(HasMeeting(g, "Mohammed bin Salman", "Shavkat Mirziyoyev"));
    }

    [Fact]
    public void Find_oneMetInAFrontedEarlierMeeting_isNoCoSubjectOfTheNext()
    {
        var g = Extract("NEW YORK, Sept 20 (Bernama) -- Prime Minister Anwar Ibrahim held a bilateral meeting with Turkiye President Recep Tayyip Erdogan today.\nAfter the meeting with Erdogan, the prime minister met Iranian President Ebrahim Raisi.", "en", new DateOnly(2023, 9, 20));
        Assert.Equal(2, g.Meetings.Count);
        Assert.Contains(g.Meetings, m => m.Participants.Order(StringComparer.Ordinal).SequenceEqual(Sorted("Anwar Ibrahim", "Ebrahim Raisi")));
    }

    [Fact]
    public void Find_cityInWhatWasSaidAfterTheCue_isNoVenue()
    {
        var g = Extract("NEW YORK, Sept 22 (Bernama) -- During his meeting with Iraqi Prime Minister Mohammed Shia al-Sudani on Friday, Prime Minister Anwar Ibrahim said Malaysia would reopen its embassy in Baghdad.", "en", new DateOnly(2023, 9, 22));
        Assert.Equal("New York", Assert.Single(g.Meetings).Place);
    }

    [Theory]
    [InlineData("برلين 22 فبراير 2020 (واس) -- عقد وزير الخارجية السعودي الأمير فيصل بن فرحان أمس جلسة مباحثات مع وزير الخارجية الألماني هايكو ماس، أعقبها مؤتمر صحفي مشترك، قدم خلاله سموه تعازي المملكة في ضحايا حادثة إطلاق النار في مدينة هاناو.", "ar")]
    [InlineData("BERLIN, Feb. 22 (SPA) -- Saudi Foreign Minister Prince Faisal bin Farhan held talks with German Foreign Minister Heiko Maas on Friday and offered the Kingdom's condolences to the victims of the shooting in Hanau.", "en")]
    public void Find_cityOfATragedyAfterCondolences_isNoVenue(string body, string lang)
    {
        var g = Extract(body, lang, new DateOnly(2020, 2, 22));
        Assert.Equal("Berlin", Assert.Single(g.Meetings).Place);
    }

    [Fact]
    public void Find_meetingNounAfterAMeetingWithSomeone_takesNoPairFromBeforeIt()
    {
        var g = Extract("ASHGABAT, Nov. 28 (IRNA) -- Iranian President Ebrahim Raisi met Tajik President Emomali Rahmon on the sidelines of the ECO summit on Sunday.\nIn the meeting with Rahmon, President Raisi said that his participation in the September meeting of the Shanghai Cooperation Organization in Dushanbe had deepened ties.", "en", new DateOnly(2021, 11, 28));
        var m = Assert.Single(g.Meetings);
        Assert.Equal("Ashgabat", m.Place);
    }

    [Fact]
    public void Find_jointSubjectWithAMilitaryRankWrittenWithTheArticle_isThePair()
    {
        var g = Extract("الدوحة في 7 سبتمبر /قنا/ عقد الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى، وفخامة الفريق أول الركن عبد الفتاح البرهان رئيس مجلس السيادة الانتقالي، جلسة مباحثات رسمية في قصر لوسيل اليوم.", "ar", new DateOnly(2023, 9, 7));
        var m = Assert.Single(g.Meetings);
        Assert.Equal(Sorted("Abdel Fattah al-Burhan", "Tamim bin Hamad Al Thani"), m.Participants.Order(StringComparer.Ordinal));
        // The palace named after its town is a building: the meeting is in the dateline's city.
        Assert.Equal("Doha", m.Place);
    }

    [Fact]
    public void Find_lunchInHonourOfATitledGuest_namedAfterACommaBeyondTheReach_isAMeetingWithTheGuest()
    {
        var g = Extract("باريس - أقام الرئيس الفرنسي إيمانويل ماكرون، ظهر اليوم الأربعاء، غداء عمل على شرف فخامة رئيس الجمهورية، السيد محمد ولد الشيخ الغزواني، بقصر الإليزيه.", "ar", new DateOnly(2024, 5, 29));
        var m = Assert.Single(g.Meetings);
        Assert.Equal(Sorted("Emmanuel Macron", "Mohamed Ould Ghazouani"), m.Participants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Find_lunchAttendedByMinisters_takesNoGuestFromThoseWhoAttendedIt()
    {
        var g = Extract("موسكو 25 سبتمبر 2019 (سانا) - استقبل الرئيس الروسي فلاديمير بوتين اليوم نظيره الفنزويلي نيكولاس مادورو في الكرملين.\nوتلت اللقاء مباحثات على شكل غداء عمل، حضرها من الجانب الروسي النائب الأول لرئيس الوزراء وزير المالية أنطون سيلوانوف.", "ar", new DateOnly(2019, 9, 25));
        var m = Assert.Single(g.Meetings);
        Assert.Equal(Sorted("Nicolas Maduro", "Vladimir Putin"), m.Participants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Find_jointSubjectWithALongUntitledOfficeHoldingACountry_isThePair()
    {
        var g = Extract("PYONGYANG, June 19 (TASS) -- Russian President Vladimir Putin and the Chairman of State Affairs of the Democratic People's Republic of Korea Kim Jong Un held talks in Pyongyang on Wednesday.", "en", new DateOnly(2024, 6, 19));
        var m = Assert.Single(g.Meetings);
        Assert.Equal(Sorted("Kim Jong Un", "Vladimir Putin"), m.Participants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Find_welcomeOnArrivalByAnAide_isNoMeeting_byTheCounterpart_isOne()
    {
        var aide = Extract("جدة 5 يونيو 2023 (واس) استقبل صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد رئيس مجلس الوزراء في جدة اليوم، فخامة الرئيس نيكولاس مادورو رئيس جمهورية فنزويلا البوليفارية.\nوكان الرئيس الفنزويلي قد وصل إلى جدة أمس، قادما من تركيا حيث حضر مراسم أداء الرئيس رجب طيب أردوغان اليمين الدستورية، وكان في استقباله بمطار الملك عبدالعزيز الدولي صاحب السمو الملكي الأمير بدر بن سلطان بن عبدالعزيز نائب أمير منطقة مكة المكرمة.", "ar", new DateOnly(2023, 6, 5));
        var m = Assert.Single(aide.Meetings);
        Assert.Equal(Sorted("Mohammed bin Salman", "Nicolas Maduro"), m.Participants.Order(StringComparer.Ordinal));
        var counterpart = Extract("مسقط 2 أكتوبر (إرنا) وصل وزير الخارجية الإيراني محمد جواد ظريف إلى مسقط صباح اليوم في زيارة رسمية، وكان في استقباله بالمطار معالي يوسف بن علوي بن عبدالله الوزير المسؤول عن الشؤون الخارجية.", "ar", new DateOnly(2017, 10, 2));
        Assert.Contains(counterpart.Meetings, x => x.Participants.Order(StringComparer.Ordinal).SequenceEqual(Sorted("Mohammad Javad Zarif", "Yusuf bin Alawi bin Abdullah")));
    }

    [Fact]
    public void Find_receptionNounWithAnHonorificPossessor_isThePossessorsMeetingWithTheOneAfterIt_notWithThosePresent()
    {
        var g = Extract("دبي في 19 يناير / وام / أجرى صاحب السمو الشيخ محمد بن راشد آل مكتوم نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي وفخامة الرئيس إنريكي بينيا نييتو رئيس الولايات المتحدة المكسيكية مباحثات اليوم.\nجاء ذلك خلال استقبال سموه الرئيس المكسيكي الزائر في قصر زعبيل بحضور سمو الشيخ حمدان بن محمد بن راشد آل مكتوم ولي عهد دبي.", "ar", new DateOnly(2016, 1, 19));
        Assert.All(g.Meetings, m => Assert.DoesNotContain(m.Participants, p => p.StartsWith("Hamdan", StringComparison.Ordinal)));
        Assert.Contains(g.Meetings, m => m.Participants.Order(StringComparer.Ordinal).SequenceEqual(Sorted("Enrique Pena Nieto", "Mohammed bin Rashid Al Maktoum")));
    }

    [Fact]
    public void Find_visitClosedWithAMeeting_isTheSubjectsMeetingWithTheOneAfterTheNoun()
    {
        var g = Extract("هافانا 22 أغسطس (إرنا) أجرى وزير الخارجية محمد جواد ظريف اليوم الاثنين محادثات مع نظيره الكوبي برونو رودريغيز باريا في هافانا.\nواختتم وزير الخارجية زيارته إلى كوبا بلقاء الرئيس الكوبي راؤول كاسترو، استمر أكثر من ساعتين.", "ar", new DateOnly(2016, 8, 22));
        Assert.Contains(g.Meetings, m => m.Participants.Order(StringComparer.Ordinal).SequenceEqual(Sorted("Mohammad Javad Zarif", "Raul Castro")));
    }

    [Fact]
    public void Find_possessedMeetingNounFrontedAsTheSetting_isTheMainClauseSubjectsMeeting()
    {
        var g = Extract("لشبونة 10 مايو 2023 (شينخوا) زار نائب الرئيس الصيني هان تشنغ البرتغال في الفترة من الأحد إلى الثلاثاء، والتقى خلال الزيارة في لشبونة كلا من الرئيس البرتغالي مارسيلو ريبيلو دي سوزا ورئيس الوزراء أنطونيو كوستا.\nولدى لقائه ريبيلو دي سوزا، نقل هان تحيات الرئيس الصيني شي جين بينغ الودية وأطيب تمنياته.", "ar", new DateOnly(2023, 5, 10));
        Assert.DoesNotContain(g.Meetings, m => m.Participants.Contains("Antonio Costa") && m.Participants.Contains("Marcelo Rebelo de Sousa"));
        Assert.Contains(g.Meetings, m => m.Participants.Order(StringComparer.Ordinal).SequenceEqual(Sorted("Han Zheng", "Marcelo Rebelo de Sousa")));
    }

    [Fact]
    public void Find_welcomeOnArrivalByADeputyOfTheGuestsOffice_isNoMeeting()
    {
        var g = Extract("بيونغ يانغ 2 مايو (شينخوا) وصل وزير الخارجية الصيني وانغ يي اليوم الأربعاء إلى مطار بيونغ يانغ الدولي في زيارة إلى كوريا الشمالية، وكان في استقباله نائب وزير خارجية كوريا الشمالية ري كيل سونغ.", "ar", new DateOnly(2018, 5, 2));
        Assert.Empty(g.Meetings);
    }

    // A person after a preposition (دعوة من عراقجي) is its object: the conjoined verb's subject is the one named before.
    [Fact]
    public void Find_conjoinedVerbAfterAPersonGovernedByAPreposition_takesTheSubjectBeforeIt()
    {
        var g = Extract("طهران 12 فبراير 2025 (كونا) -- استقبل وزير الخارجية الإيراني عباس عراقجي اليوم نظيره التركماني رشيد مريدوف.\nوكان مريدوف قد وصل إلى طهران أمس الثلاثاء في زيارة عمل تلبية لدعوة من عراقجي والتقى أمس وزير النفط الإيراني محسن باك نجاد.", "ar", new DateOnly(2025, 2, 12));
        var oil = Assert.Single(g.Entities, e => e.Type == "Person" && e.Name.Ar == "محسن باك نجاد");
        Assert.True(HasMeeting(g, "Rashid Meredov", oil.Name.En!));
        Assert.False(HasMeeting(g, "Abbas Araghchi", oil.Name.En!));
    }

    // "ترأس كاملوف مع نظيره التركي …": the chair named between the verb and مع chaired with the one after it.
    [Fact]
    public void Find_arabicChairNamedBeforeWith_chairedWithTheCounterpart()
    {
        var g = Extract("أنقرة 6 أغسطس 2019 (الأناضول) -- استقبل الرئيس التركي رجب طيب أردوغان اليوم وزير الخارجية الأوزبكي عبد العزيز كاملوف. والإثنين، ترأس كاملوف مع نظيره التركي مولود جاويش أوغلو الاجتماع الأول لمجموعة التخطيط الاستراتيجي المشتركة.", "ar", new DateOnly(2019, 8, 6));
        var chaired = Assert.Single(g.Meetings, m => m.Participants.Contains("Mevlut Cavusoglu"));
        Assert.Equal(Sorted("Abdulaziz Kamilov", "Mevlut Cavusoglu"), Sorted(chaired.Participants));
        Assert.Equal("2019-08-05", chaired.Date);
    }

    // A city in the recollection of an earlier meeting is where that one was held, not today's.
    [Fact]
    public void Find_cityOfARecalledMeetingAfterTheCue_isNoVenue()
    {
        var g = Extract("الكويت - 17 - 11 (كونا) -- استقبل سمو ولي العهد الشيخ صباح خالد الحمد الصباح اليوم رئيس الوزراء الفيتنامي فام مينه تشينه حيث استذكر سموه لقاءهما على هامش مؤتمر الأمم المتحدة للتغير المناخي في غلاسكو قبل أربع سنوات.", "ar", new DateOnly(2025, 11, 17));
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Pham Minh Chinh") && m.Place == "Kuwait City");
        Assert.DoesNotContain(g.Meetings, m => m.Date == "2025-11-17" && m.Place == "Glasgow");
    }

    // "استقبل ضيفه بمراسم رسمية، حضرها وزير الخارجية …": those who attended the ceremony were present, not met.
    [Fact]
    public void Find_ministersAttendingTheWelcomeCeremony_wereNotMet()
    {
        var g = Extract("أنقرة 10 أبريل 2025 (الأناضول) -- عقد الرئيس التركي رجب طيب أردوغان اليوم مباحثات مع نظيره الإندونيسي برابوو سوبيانتو. وكان أردوغان قد استقبل ضيفه بمراسم رسمية، حضرها وزير الخارجية هاكان فيدان، ووزير الدفاع يشار غولر.", "ar", new DateOnly(2025, 4, 10));
        Assert.Equal(Sorted("Prabowo Subianto", "Recep Tayyip Erdogan"), Sorted(Assert.Single(g.Meetings).Participants));
    }

    // حضرة (the honorific) folds like حضره ("attended it"): the host it opens still met the guest.
    [Fact]
    public void Find_hostAddressedWithHadra_isNoAttendance()
    {
        var g = Extract("الكويت - 27 - 8 (كونا) -- استقبل حضرة صاحب السمو أمير البلاد الشيخ صباح الأحمد الجابر الصباح اليوم الأمين العام للأمم المتحدة أنطونيو غوتيريش.", "ar", new DateOnly(2017, 8, 27));
        Assert.True(HasMeeting(g, "Sabah Al-Ahmad Al-Jaber Al-Sabah", "Antonio Guterres"));
    }

    // "paid a working visit to Damascus on the instructions of President Putin and held talks there with Assad": the one
    // who gave the instructions was not there, and "there" is the city the visit went to.
    [Fact]
    public void Find_visitOnSomeonesInstructionsAndTalksThere_meetsInThatCityWithoutTheSender()
    {
        var g = Extract("MOSCOW, March 23. /TASS/. Russian Defense Minister Army General Sergei Shoigu has paid a working visit to Damascus on the instructions of President Vladimir Putin and held talks there with Syrian President Bashar Assad, the ministry said on Monday.", "en", new DateOnly(2020, 3, 23));
        var m = Assert.Single(g.Meetings);
        Assert.DoesNotContain("Vladimir Putin", m.Participants);
        Assert.Equal("Damascus", m.Place);
    }
}
