using static DiplomacyGraph.Extraction.Tests.TestData;

namespace DiplomacyGraph.Extraction.Tests.Components;

/// <summary>
/// Who met whom, when and where, read from the clause a meeting is told in: counted subjects, relative and quoted
/// clauses, a second "he", the tense a clause shares, dates that name an event, and lists said to be one by one.
/// </summary>
public sealed class MeetingClausesTests
{
    private static readonly DateOnly Date = new(2023, 10, 18);

    [Fact]
    public void Find_countedSubject_standsForTheGuestsOfTheLastMeeting()
    {
        var g = TestData.Extract("Egyptian President Abdel Fattah al-Sisi received Saudi Foreign Minister Faisal bin Farhan and Jordanian Foreign Minister Ayman Safadi in Cairo on Monday.\nThe two ministers later held talks with Egyptian Foreign Minister Sameh Shoukry.", "en", Date);
        Assert.True(HasMeeting(g, "Faisal bin Farhan", "Ayman Safadi", "Sameh Shoukry"));
        Assert.False(HasMeeting(g, "Abdel Fattah al-Sisi", "Sameh Shoukry"));
        Assert.False(HasMeeting(g, "Ayman Safadi", "Sameh Shoukry"));
    }

    [Fact]
    public void Find_arabicCountedSubject_standsForTheGuestsOfTheLastMeeting()
    {
        var g = TestData.Extract("استقبل الرئيس المصري عبد الفتاح السيسي اليوم وزير الخارجية السعودي الأمير فيصل بن فرحان ووزير الخارجية الأردني أيمن الصفدي ووزير الخارجية العراقي فؤاد حسين.\nوعقد الوزراء الثلاثة بعد ذلك جلسة مباحثات مع وزير الخارجية المصري سامح شكري.", "ar", Date);
        var withShoukry = Assert.Single(g.Meetings, m => m.Participants.Contains("Sameh Shoukry"));
        Assert.Equal(4, withShoukry.Participants.Count);
        Assert.DoesNotContain("Abdel Fattah al-Sisi", withShoukry.Participants);
    }

    [Fact]
    public void Find_dualSubjectOfAVerbThatNeedsAnObject_isNoMeetingWithoutOne()
    {
        var g = TestData.Extract("Chinese President Xi Jinping held talks with Kazakh President Kassym-Jomart Tokayev in Beijing on Tuesday.\nThe two leaders welcomed the results of the forum held in Astana on May 12.", "en", Date);
        var m = Assert.Single(g.Meetings);
        Assert.Equal("2023-10-17", m.Date);
    }

    [Fact]
    public void Find_relativeClauseWithoutAnObject_isAMeetingOfTheOnesItIsAbout()
    {
        var g = TestData.Extract("RABAT, March 29 - Moroccan Foreign Minister Nasser Bourita held talks on Tuesday in Rabat with US Secretary of State Antony Blinken.\nThe two ministers, who had met on Monday in Jerusalem, reviewed the partnership in line with the vision of King Mohammed VI.", "en", new DateOnly(2022, 3, 29));
        Assert.DoesNotContain(g.Meetings, m => m.Participants.Contains("Mohammed VI"));
        Assert.Contains(g.Meetings, m => m.Date == "2022-03-28" && Sorted(m.Participants).SequenceEqual(Sorted("Nasser Bourita", "Antony Blinken")));
    }

    [Theory]
    [InlineData("German Chancellor Olaf Scholz held talks with Israeli Prime Minister Benjamin Netanyahu in Tel Aviv on Tuesday, the first foreign leader to visit since the attack of October 7.")]
    [InlineData("German Chancellor Olaf Scholz held talks with Israeli Prime Minister Benjamin Netanyahu in Tel Aviv on Tuesday and condemned the October 7 attacks.")]
    public void Find_dateThatNamesAnEvent_isNotTheMeetingsDay(string body)
    {
        var m = Assert.Single(TestData.Extract(body, "en", Date).Meetings);
        Assert.Equal("2023-10-17", m.Date);
    }

    [Fact]
    public void Find_arabicDateThatNamesAnEvent_isNotTheMeetingsDay()
    {
        var g = TestData.Extract("أجرى المستشار الألماني أولاف شولتس أمس الثلاثاء محادثات مع رئيس الوزراء الإسرائيلي بنيامين نتنياهو في تل أبيب، في أول زيارة لزعيم أجنبي منذ هجمات 7 أكتوبر.", "ar", Date);
        Assert.Equal("2023-10-17", Assert.Single(g.Meetings).Date);
    }

    [Fact]
    public void Find_hisTalksWith_areTheClauseSubjectsNotTheOneNamedBefore_andTakeTheDayStatedLater()
    {
        var g = TestData.Extract("CAIRO, Oct 16 - External Affairs Minister S Jaishankar called on Egyptian President Abdel Fattah el-Sisi on Sunday.\n\"Honoured to call on President Abdel Fattah El-Sisi,\" Jaishankar said, adding that he had briefed the President on his talks with Foreign Minister Sameh Shoukry.\nOn Saturday, Jaishankar held talks with Shoukry.", "en", new DateOnly(2022, 10, 16));
        Assert.False(HasMeeting(g, "Abdel Fattah al-Sisi", "Sameh Shoukry"));
        var talks = Assert.Single(g.Meetings, m => m.Participants.Contains("Sameh Shoukry"));
        Assert.Equal("2022-10-15", talks.Date);
    }

    [Fact]
    public void Find_theStorysFirstMeeting_keepsItsDayWhenTheSamePairMetEarlier()
    {
        var g = TestData.Extract("SAMARKAND, November 2 - President Shavkat Mirziyoyev held talks with French President Emmanuel Macron, who is on an official visit.\nOn the evening of November 1, President Shavkat Mirziyoyev met the French leader on Registan Square.", "en", new DateOnly(2023, 11, 2));
        Assert.Contains(g.Meetings, m => m.Date == "2023-11-02");
    }

    [Fact]
    public void Find_thoseRepresentingOneSide_didNotMeetEachOther()
    {
        var g = TestData.Extract("During the visit, UAE Minister Sultan Al Jaber signed an energy agreement with the French side, represented by Finance Minister Bruno Le Maire and Energy Minister Agnes Pannier-Runacher.", "en", Date);
        Assert.DoesNotContain(g.Meetings, m => m.Participants.Contains("Bruno Le Maire") && m.Participants.Contains("Agnes Pannier-Runacher"));
    }

    [Fact]
    public void Find_secondHeOfASentence_isTheFirstOnesPerson()
    {
        var g = TestData.Extract("Iranian President Hassan Rouhani arrived in Paris on Wednesday from Italy.\nIn Rome, he held talks with Italian Prime Minister Matteo Renzi, and he was also received by Pope Francis.", "en", new DateOnly(2016, 1, 28));
        Assert.True(HasMeeting(g, "Hassan Rouhani", "Matteo Renzi"));
        Assert.True(HasMeeting(g, "Hassan Rouhani", "Pope Francis"));
        Assert.False(HasMeeting(g, "Matteo Renzi", "Pope Francis"));
    }

    [Fact]
    public void Find_bilateralStory_splitsALaterListButNotACouple()
    {
        var g = TestData.Extract("DAVOS - Rwandan President Paul Kagame held talks with US President Donald Trump in Davos on Friday.\nThe meeting was Trump's third bilateral encounter at the forum. On Thursday, he met British Prime Minister Theresa May and Israeli Prime Minister Benjamin Netanyahu.", "en", new DateOnly(2018, 1, 26));
        Assert.True(HasMeeting(g, "Donald Trump", "Theresa May"));
        Assert.True(HasMeeting(g, "Donald Trump", "Benjamin Netanyahu"));
        var couple = TestData.Extract("BANGKOK - Prime Minister Sheikh Hasina held a bilateral meeting with Thai Prime Minister Srettha Thavisin on Friday.\nOn Thursday, Hasina had paid a courtesy call on King Maha Vajiralongkorn and Queen Suthida at Dusit Palace.", "en", new DateOnly(2024, 4, 26));
        Assert.Contains(couple.Meetings, m => m.Participants.Count == 3 && m.Participants.Contains("Sheikh Hasina"));
    }

    [Fact]
    public void Find_talksFollowingAFutureMeeting_andAnAgenda_areStillToCome()
    {
        var g = TestData.Extract("On Wednesday, Russian President Vladimir Putin will meet Iranian President Masoud Pezeshkian and Turkish President Recep Tayyip Erdogan, followed by talks with Ethiopian Prime Minister Abiy Ahmed, aide Yury Ushakov said.\nOn the final day, the agenda includes meetings with Palestinian President Mahmoud Abbas and Bolivian President Luis Arce.", "en", new DateOnly(2024, 10, 21));
        Assert.Empty(g.Meetings);
    }

    [Fact]
    public void Find_arabicSentenceOpenedByAPlan_tellsNoMeeting()
    {
        var g = TestData.Extract("ومن المنتظر أن يتوجه الرئيس التركي رجب طيب أردوغان يوم الخميس إلى العاصمة الكرواتية زغرب، حيث يلتقي الرئيس الكرواتي زوران ميلانوفيتش.", "ar", Date);
        Assert.Empty(g.Meetings);
    }

    [Fact]
    public void Find_arabicMeetingByVideoLink_isNoMeeting()
    {
        var g = TestData.Extract("التقى نائب رئيس مجلس الدولة الصيني هان تشنغ اليوم عبر رابط فيديو نائب رئيس الوزراء التركمانستاني رشيد مريدوف.", "ar", Date);
        Assert.Empty(g.Meetings);
    }

    [Fact]
    public void Find_resortOfACity_isTheVenue()
    {
        var g = TestData.Extract("BAGHDAD, Jan. 22 (Xinhua) -- Iraqi President Barham Salih met with U.S. President Donald Trump on Wednesday in the Swiss resort of Davos.", "en", new DateOnly(2020, 1, 22));
        Assert.Equal("Davos", Assert.Single(g.Meetings).Place);
    }

    [Fact]
    public void Find_saidToBeOneByOne_isTwoMeetingsWhateverWithThemSays()
    {
        var g = TestData.Extract("التقى وزير الخارجية الصيني وانغ يي اليوم كلا على حدة رئيس الوزراء البلجيكي ألكسندر دي كرو ووزير الخارجية الياباني يوشيماسا هاياشي، وتبادل معهما وجهات النظر حول العلاقات الثنائية.", "ar", Date);
        Assert.Equal(2, g.Meetings.Count);
        Assert.All(g.Meetings, m => Assert.Equal(2, m.Participants.Count));
    }

    [Fact]
    public void Find_delegationHeadedByOneAndIncludingOthers_isMetWhole_whereTheStoryIsFiled()
    {
        var g = TestData.Extract("Damascus, SANA - President Bashar al-Assad on Sunday received a delegation of the Arab Inter-Parliamentary Union which had taken part in the union's conference in Baghdad on Saturday.\nThe delegation was headed by Speaker of the Iraqi Council of Representatives Mohammed al-Halbousi, President of the Arab Inter-Parliamentary Union, and included Speaker of the Egyptian House of Representatives Hanafy Gebaly and Speaker of the Jordanian House of Representatives Ahmad Safadi.", "en", new DateOnly(2023, 2, 26));
        var m = Assert.Single(g.Meetings);
        Assert.Equal(4, m.Participants.Count);
        Assert.Equal("Damascus", m.Place);
        Assert.DoesNotContain(g.Offices, o => o.Person == "Mohammed al-Halbousi" && o.Title == "President");
        Assert.DoesNotContain(g.Entities, e => e.Type == "Person" && e.Name.En is { } en && en.StartsWith('-'));
    }

    [Fact]
    public void Find_visitorMeetingAStatesPresidentAndPrimeMinister_metEachApart_unlessToldTogether()
    {
        var g = TestData.Extract("Foreign Ministry spokesman Ahmed Al-Sahaf said Foreign Minister Fuad Hussein met Egyptian President Abdel Fattah al-Sisi and Prime Minister Mostafa Madbouly in Cairo.", "en", new DateOnly(2020, 10, 31));
        Assert.True(HasMeeting(g, "Fuad Hussein", "Abdel Fattah al-Sisi"));
        Assert.True(HasMeeting(g, "Fuad Hussein", "Mostafa Madbouly"));
        var together = TestData.Extract("External Affairs Minister S Jaishankar on Saturday called on Guyanese President Irfaan Ali and Vice President Bharrat Jagdeo at the State House and conveyed to them the greetings of Prime Minister Narendra Modi.", "en", new DateOnly(2023, 4, 22));
        Assert.Contains(together.Meetings, m => m.Participants.Count == 3);
    }

    [Fact]
    public void Find_visitorCallingOnAStatesTopOfficeHolders_metEachApart()
    {
        var g = TestData.Extract("SINGAPORE, May 28 (Bernama) -- Foreign Minister Mohamad Hasan today called on Singapore President Tharman Shanmugaratnam, Prime Minister Lawrence Wong and Senior Minister Lee Hsien Loong.", "en", new DateOnly(2024, 5, 28));
        Assert.Equal(3, g.Meetings.Count);
        Assert.All(g.Meetings, m => Assert.Equal(2, m.Participants.Count));
    }

    [Fact]
    public void Find_counterpartNamedAfterAComma_isThePersonMet()
    {
        var g = TestData.Extract("Rabat - Foreign Minister Nasser Bourita was speaking at a press briefing after holding talks in Rabat with his Bissau-Guinean counterpart, Suzi Carla Barbosa.", "en", new DateOnly(2020, 10, 21));
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Nasser Bourita") && m.Participants.Contains("Suzi Carla Barbosa"));
    }

    [Fact]
    public void Find_hostReceivingHisGuest_metTheOneTheStoryHasHimMeet()
    {
        var g = TestData.Extract("الجزائر - أجرى رئيس الجمهورية عبد المجيد تبون يوم الاثنين محادثات مع رئيسة جمهورية الهند دروبادي مورمو التي تقوم بزيارة دولة إلى الجزائر.\nوكان رئيس الجمهورية قد استقبل ضيفة الجزائر، أمس الأحد، لدى وصولها إلى الجزائر العاصمة.", "ar", new DateOnly(2024, 10, 14));
        Assert.Equal(2, g.Meetings.Count(m => m.Participants.Contains("Abdelmadjid Tebboune") && m.Participants.Contains("Droupadi Murmu")));
        Assert.Contains(g.Meetings, m => m.Date == "2024-10-13");
    }

    [Fact]
    public void Find_theirTalksAfterALongClause_areThoseOfTheOnlyPairNamedBefore()
    {
        var g = TestData.Extract("بورت مورسبي 16 نوفمبر 2018 (شينخوا) اتفق الرئيس الصيني شي جين بينغ ورئيس وزراء بابوا غينيا الجديدة بيتر أونيل اليوم (الجمعة) على إقامة شراكة استراتيجية شاملة بين البلدين تتسم بالاحترام المتبادل والتنمية المشتركة، وذلك خلال محادثاتهما في بورت مورسبي.", "ar", new DateOnly(2018, 11, 16));
        var m = Assert.Single(g.Meetings);
        Assert.Contains("Xi Jinping", m.Participants);
        Assert.Equal(2, m.Participants.Count);
    }

    [Fact]
    public void Find_bareMinisterInAStoryOfSeveralMinisters_isTheStorysOwnNamedFirst()
    {
        var g = TestData.Extract("Georgetown, Apr 22 (PTI) External Affairs Minister S Jaishankar on Saturday called on Guyanese President Irfaan Ali.\nLater in the day, the minister co-chaired the Joint Commission Meeting with Guyana's Foreign Minister Hugh Todd.", "en", new DateOnly(2023, 4, 22));
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Hugh Todd") && m.Participants.Any(p => p.Contains("Jaishankar", StringComparison.Ordinal)));
        Assert.DoesNotContain(g.Meetings, m => m.Participants.Contains("Hugh Todd") && m.Participants.Contains("Irfaan Ali"));
    }

    [Fact]
    public void Find_duringTheMeetingWithSomeoneAlreadyMet_isThatMeetingAgain()
    {
        var g = TestData.Extract("RIYADH, Oct. 9 - Iranian Foreign Minister Abbas Araghchi met Saudi Crown Prince Mohammed bin Salman in Riyadh on Wednesday, after talks with Saudi Foreign Minister Faisal bin Farhan.\nDuring the meeting with the crown prince, the two sides discussed the situation in the region.", "en", new DateOnly(2024, 10, 9));
        Assert.DoesNotContain(g.Meetings, m => m.Participants.Contains("Faisal bin Farhan") && m.Participants.Contains("Mohammed bin Salman"));
        Assert.True(HasMeeting(g, "Abbas Araghchi", "Mohammed bin Salman"));
    }

    [Fact]
    public void Find_meetingListedInTheProgramOfAVisit_isStillToCome()
    {
        var g = TestData.Extract("ANKARA, June 9 - Turkish President Recep Tayyip Erdogan held talks with Kyrgyz President Sadyr Japarov in Ankara on Wednesday.\nThe program of the visit includes a business forum, a meeting with Parliament Speaker Mustafa Sentop, and a visit to a university.", "en", new DateOnly(2021, 6, 9));
        var m = Assert.Single(g.Meetings);
        Assert.DoesNotContain("Mustafa Sentop", m.Participants);
    }

    [Fact]
    public void Find_englishPortfolioInCapitalsBeforeATitle_joinsTheListOfThoseMet()
    {
        var g = TestData.Extract("PRETORIA, Aug. 22 - Chinese President Xi Jinping arrived in Pretoria on Monday evening and was received at the air base by International Relations and Cooperation Minister Naledi Pandor and Small Business Development Minister Stella Ndabeni-Abrahams.", "en", new DateOnly(2023, 8, 22));
        var m = Assert.Single(g.Meetings);
        Assert.Equal(3, m.Participants.Count);
    }

    [Theory]
    [InlineData("OYO, July 25 - Congolese President Denis Sassou Nguesso on Monday received Russian Foreign Minister Sergey Lavrov at his residence in Oyo, about 400 kilometers north of the capital Brazzaville.", "en")]
    [InlineData("أويو 25 يوليو - استقبل رئيس الكونغو دينيس ساسو نغيسو اليوم الاثنين وزير الخارجية الروسي سيرغي لافروف في مقر إقامته في أويو، على بعد 400 كيلومتر شمال العاصمة برازافيل.", "ar")]
    public void Find_placeThatOnlyGivesTheBearingOfAnother_isNotTheVenue(string body, string lang)
    {
        var m = Assert.Single(TestData.Extract(body, lang, new DateOnly(2022, 7, 25)).Meetings);
        Assert.NotEqual("Brazzaville", m.Place);
    }

    [Fact]
    public void Find_theHeadOfStateWithoutACountry_isTheStorysOwnPresident()
    {
        var g = TestData.Extract("TASHKENT - President Shavkat Mirziyoyev held talks with German President Frank-Walter Steinmeier in Samarkand on Tuesday.\nLater in the day, the Head of State met Chancellor Olaf Scholz.", "en", new DateOnly(2024, 9, 15));
        Assert.True(HasMeeting(g, "Shavkat Mirziyoyev", "Olaf Scholz"));
        Assert.False(HasMeeting(g, "Frank-Walter Steinmeier", "Olaf Scholz"));
    }

    [Theory]
    [InlineData("TUNIS, Dec. 21 - Russian Foreign Minister Sergey Lavrov held talks with Tunisian Foreign Minister Nabil Ammar on Thursday, and the two agreed to hold the next session of the joint commission in Moscow.", "en")]
    [InlineData("تونس 21 ديسمبر 2023 - أجرى وزير الخارجية الروسي سيرغي لافروف اليوم جلسة محادثات مع نظيره التونسي نبيل عمار، اتفق خلالها الجانبان على عقد الدورة الثامنة للجنة المشتركة بموسكو.", "ar")]
    public void Find_cityOfASessionStillToBeHeld_isNotTheVenue(string body, string lang)
    {
        var m = Assert.Single(TestData.Extract(body, lang, new DateOnly(2023, 12, 21)).Meetings);
        Assert.Equal("Tunis", m.Place);
    }
}
