using static DiplomacyGraph.Extraction.Tests.TestData;

namespace DiplomacyGraph.Extraction.Tests.Components;

public sealed class CoreferenceResolverTests
{
    [Fact]
    public void Resolve_bareTitle_withTwoHoldersOfItsWording_isTheOneNamedBefore_notTheOneNamedAfter()
    {
        // "King Salman" carries the wording "King" in its name; King Hamad gets it from a title.
        var g = Extract("RIYADH, Dec. 10 -- King Salman on Tuesday received Gulf leaders arriving for the GCC summit. The King received Kuwait's Emir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah and Bahrain's King Hamad bin Isa Al Khalifa.", "en", new DateOnly(2019, 12, 10));
        Assert.Contains(g.Meetings, m => m.Participants.Contains("King Salman") && m.Participants.Contains("Hamad bin Isa Al Khalifa"));
        Assert.False(HasMeeting(g, "Hamad bin Isa Al Khalifa", "Sabah Al-Ahmad Al-Jaber Al-Sabah"));
    }

    [Theory]
    [InlineData("The Russian diplomat")]
    [InlineData("The Russian guest")]
    public void Resolve_epithetWithADemonym_isTheOnePersonOfThatCountry(string epithet)
    {
        var g = Extract($"TRIPOLI, Aug 5 - Russian Foreign Minister Sergei Lavrov held talks here on Saturday with Prime Minister Fayez al-Sarraj. {epithet} also held talks with Foreign Minister Mohamed Siala.", "en", new DateOnly(2017, 8, 5));
        Assert.True(HasMeeting(g, "Sergei Lavrov", "Mohamed Siala"));
        Assert.False(HasMeeting(g, "Fayez al-Sarraj", "Mohamed Siala"));
    }

    [Fact]
    public void Resolve_titleAfterAFormOfAddress_followingAName_isAnotherPerson()
    {
        // "جلالة الملك" after the host's name is the guest addressed as His Majesty, not the host's own title.
        var g = Extract("الرباط 3 مايو 2015 (ومع) - وصل صاحب الجلالة الملك محمد السادس اليوم إلى الرياض. وخص خادم الحرمين الشريفين الملك سلمان بن عبد العزيز جلالة الملك باستقبال رسمي في المطار.", "ar", new DateOnly(2015, 5, 3));
        Assert.True(HasMeeting(g, "King Salman", "King Mohammed VI"));
    }

    [Fact]
    public void Resolve_shaikhSpelling_isAFormOfAddress_notAShortName()
    {
        var g = Extract("Doha: Lebanese President Michel Aoun held talks with the Emir of Qatar, His Highness Shaikh Tamim Bin Hamad Al Thani, in Doha on Wednesday.\n\nQatar's Foreign Minister Shaikh Mohammad Bin Abdul Rahman Al Thani attended.", "en", new DateOnly(2017, 1, 11));
        Assert.True(HasMeeting(g, "Michel Aoun", "Tamim bin Hamad Al Thani"));
        Assert.Equal(2, Assert.Single(g.Meetings).Participants.Count);
    }

    [Fact]
    public void Resolve_honorificPronoun_isThePersonTheHonorificIntroduced_notTheOneJoinedByAnd()
    {
        var g = TestData.Extract("بغداد - 20 - 1 (كونا) -- استقبل فخامة رئيس جمهورية العراق برهم صالح حضرة صاحب السمو أمير البلاد الشيخ نواف الأحمد الجابر الصباح اليوم.\nوعقد سمو الأمير والرئيس العراقي جلسة مباحثات رسمية.\nكما التقى سموه رئيس مجلس الوزراء العراقي مصطفى الكاظمي.", "ar", new DateOnly(2021, 1, 20));
        Assert.Contains(g.Meetings, m => m.Participants.Order(StringComparer.Ordinal).SequenceEqual(["Mustafa al-Kadhimi", "Nawaf Al-Ahmad Al-Jaber Al-Sabah"]));
        Assert.DoesNotContain(g.Meetings, m => m.Participants.Contains("Mustafa al-Kadhimi") && m.Participants.Contains("Barham Salih"));
    }

    [Fact]
    public void Resolve_honorificGluedToBa_opensTheObjectsPhrase_soTheHonorificPronounStaysTheKings()
    {
        var g = TestData.Extract("عمان 15 كانون الأول (بترا)- استقبل جلالة الملك عبدالله الثاني اليوم وزير الدفاع السعودي الأمير خالد بن سلمان بن عبدالعزيز.\nورحب جلالة الملك بالأمير خالد بن سلمان في الأردن، وحمّل جلالته، خلال اللقاء، الأمير خالد بن سلمان تحياته إلى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود.", "ar", new DateOnly(2024, 12, 15));
        Assert.DoesNotContain(g.Offices, o => o.Person == "Khalid bin Salman" && o.Title == "King");
        Assert.Contains(g.Relations, r => r is { Type: "CONVEYED_GREETINGS", From: "King Abdullah II", To: "King Salman" });
    }

    [Fact]
    public void Resolve_titleAfterAnHonorificGluedToLam_takesNoCountryFromThePhraseBefore()
    {
        var g = TestData.Extract("الرياض - واس\nاستقبل صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد اليوم وزير الخارجية الصيني وانغ يي.\nونقل الوزير وانغ تحيات فخامة الرئيس شي جين بينغ رئيس جمهورية الصين الشعبية لسمو ولي العهد.", "ar", new DateOnly(2022, 1, 12));
        Assert.Contains(g.Relations, r => r is { Type: "CONVEYED_GREETINGS", From: "Xi Jinping", To: "Mohammed bin Salman" });
        Assert.DoesNotContain(g.Offices, o => o.Title == "Crown Prince" && o.Country == "CN");
    }

    [Fact]
    public void Resolve_twoLetterShortNameAsThePastPerfectsSubject_isThePerson()
    {
        var g = TestData.Extract("إسلام آباد 23 مايو 2013 (شينخوا) التقى رئيس مجلس الدولة الصيني لي كه تشيانغ اليوم في إسلام آباد مع نواز شريف رئيس الوزراء الباكستاني المنتخب.\nوكان لي، الذي وصل إلى باكستان أمس قادما من الهند، قد أجرى أمس محادثات مع الرئيس الباكستاني آصف علي زرداري.", "ar", new DateOnly(2013, 5, 23));
        Assert.Contains(g.Meetings, m => m.Participants.Order(StringComparer.Ordinal).SequenceEqual(["Asif Ali Zardari", "Li Keqiang"]));
        Assert.DoesNotContain(g.Meetings, m => m.Participants.Contains("Asif Ali Zardari") && m.Participants.Contains("Nawaz Sharif"));
    }

    // "the IAEA chief", "the UN chief": the one person introduced with that organisation in the title before the name.
    [Theory]
    [InlineData("TEHRAN, Sept 20 (IRNA) -- President Hassan Rouhani received Director General of the International Atomic Energy Agency (IAEA) Yukiya Amano on Sunday. Before being received by the President, the IAEA chief met Foreign Minister Mohammad Javad Zarif.", "Yukiya Amano", "Mohammad Javad Zarif")]
    [InlineData("MOSCOW, April 26. /TASS/. Russian President Vladimir Putin on Tuesday received United Nations Secretary-General Antonio Guterres in the Kremlin. Earlier in the day, Russian Foreign Minister Sergey Lavrov held a working meeting with the UN chief.", "Antonio Guterres", "Sergey Lavrov")]
    public void Resolve_organisationsChief_isThePersonIntroducedWithIt(string body, string chief, string other)
    {
        var g = Extract(body, "en", new DateOnly(2020, 1, 1));
        Assert.True(HasMeeting(g, chief, other));
    }

    // "the Omani minister" where the story read no office for its one Omani person: that person.
    [Fact]
    public void Resolve_genericMinisterOfACountry_isItsOnePersonNamedWithoutAnOffice()
    {
        var g = Extract("Jakarta (ANTARA) - Indonesian Foreign Minister Retno LP Marsudi held talks with Omani envoy Yusuf bin Alawi bin Abdullah here on Thursday.\nOn the same day, Vice President Jusuf Kalla received the Omani minister at the Vice Presidential Palace.", "en", new DateOnly(2019, 3, 14));
        Assert.True(HasMeeting(g, "Jusuf Kalla", "Yusuf bin Alawi bin Abdullah"));
    }

    // A foreign minister's counterpart of a country whose president the story also names: the one person of it below the
    // head of state, though the story read no office for them.
    [Fact]
    public void Resolve_ministersCounterpart_isTheCountrysOnePersonBelowItsHeadOfState()
    {
        var g = Extract("الكويت - 5 - 10 (كونا) -- نقل الوزير السنغالي أمادو با اليوم إلى سمو الأمير تعازي فخامة الرئيس ماكي سال رئيس جمهورية السنغال.\nكما استقبل وزير الخارجية الشيخ الدكتور أحمد ناصر المحمد الصباح اليوم نظيره السنغالي الذي يزور البلاد حاليا.", "ar", new DateOnly(2020, 10, 5));
        Assert.True(HasMeeting(g, "Ahmad Nasser Al-Mohammad Al-Sabah", "Amadou Ba"));
    }

    // "Al-Jubeir" matched by its last word: the article is the name's, which then stands joined by "and".
    [Fact]
    public void Resolve_familyNameWithItsArticle_isJoinedByAnd()
    {
        var g = Extract("RIYADH, March 3 (SPA) -- Chinese Foreign Minister Wang Yi met with Saudi Foreign Minister Adel al-Jubeir in Riyadh on Sunday.\n\nWang and Al-Jubeir held talks in New York in September last year.", "en", new DateOnly(2019, 3, 3));
        Assert.Contains(g.Meetings, m => m.Place == "New York" && m.Participants.Count == 2 && m.Participants.Contains("Adel al-Jubeir"));
    }

    // البروفيسور, an academic form of address between a title and the name, as الدكتور: the bare title later is that person.
    [Fact]
    public void Resolve_bareTitle_afterTitleProfessorAndName_isThatPerson()
    {
        var g = Extract("الدوحة 27 مارس 2013 (واس) -- التقى معالي الأمين العام لمنظمة التعاون الإسلامي البروفيسور أكمل الدين إحسان أوغلي عدداً من قادة الدول الأعضاء في الدوحة.\nفقد استقبل الرئيس المصري محمد مرسي بمقر إقامته في الدوحة معالي الأمين العام، وبحث معه سبل متابعة قرارات القمة.", "ar", new DateOnly(2013, 3, 27));
        Assert.True(HasMeeting(g, "Mohamed Morsi", "Ekmeleddin Ihsanoglu"));
    }

    // "Hu" after "Hu Chunhua": a one-word gazetteer match (Hu Jintao's) is the short name of the known person the story
    // names in full with that word.
    [Fact]
    public void Resolve_oneWordMatchOfAnotherKnownPerson_isTheShortNameOfThePersonNamedInFull()
    {
        var g = Extract("BEIJING, May 5 (Xinhua) -- Chinese Vice Premier Hu Chunhua met with Gambian President Adama Barrow in Beijing on Monday. Barrow thanked Hu for China's support.", "en", new DateOnly(2019, 5, 5));
        Assert.DoesNotContain(g.Entities, e => e.Name.En == "Hu Jintao");
        Assert.Contains("Hu", Assert.Single(g.Entities, e => e.Name.En == "Hu Chunhua").Aliases);
    }
}
