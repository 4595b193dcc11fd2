namespace DiplomacyGraph.Extraction.Tests.Components;

public sealed class PersonFinderTests
{
    private static readonly DateOnly Date = new(2015, 8, 10);

    [Fact]
    public void Find_knownFamilyNameClosingALongerLineage_isAnotherPerson()
    {
        var g = TestData.Extract("استقبل الأمير محمد بن سلمان في جدة اللواء ركن حمد بن علي العطية والوفد المرافق له.", "ar", Date);
        Assert.DoesNotContain(g.Entities, e => e.Name.En == "Khalid al-Attiyah");
        var guest = Assert.Single(g.Entities, e => e.Type == "Person" && e.Name.Ar == "حمد بن علي العطية");
        Assert.Contains(g.Meetings, m => m.Participants.Contains(guest.Name.En!));
    }

    [Fact]
    public void Find_givenAndFathersNamesBeforeAKnownFamilyName_areThatPersons()
    {
        var g = TestData.Extract("استقبل وزير الخارجية الكويتي الشيخ أحمد ناصر المحمد الصباح اليوم الأمين العام لمجلس التعاون لدول الخليج العربية نايف فلاح مبارك الحجرف.", "ar", new DateOnly(2021, 3, 2));
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.En == "Nayef al-Hajraf");
        Assert.DoesNotContain(g.Entities, e => e.Type == "Person" && e.Name.Ar == "نايف فلاح مبارك");
    }

    [Fact]
    public void Find_titleOfAnOrganisationGluedToLam_namesThePersonAfterIt_andItsBareFormLaterIsThem()
    {
        var g = TestData.Extract("جدة 16 سبتمبر 2018 (واس) - حضر المراسم الأمين العام للأمم المتحدة أنطونيو غوتيريش.\nوكان الملك سلمان بن عبدالعزيز آل سعود قد استقبل في وقت سابق اليوم الأمين العام للأمم المتحدة، وجرى استعراض الأوضاع الدولية.", "ar", new DateOnly(2018, 9, 16));
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Antonio Guterres") && m.Participants.Count == 2);
    }

    [Fact]
    public void Find_conjoinedVerbAfterATitlesOrganisation_isNoName()
    {
        var g = TestData.Extract("القاهرة 21 يناير 2016 (شينخوا) الرئيس الصيني يلتقي الأمين العام للجامعة العربية ويلقي خطابا في مقرها.", "ar", new DateOnly(2016, 1, 21));
        Assert.DoesNotContain(g.Entities, e => e.Type == "Person" && e.Name.Ar?.Contains("يلقي", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("was received at the airport by")]
    [InlineData("was welcomed on arrival by")]
    [InlineData("was received by")]
    public void Find_passiveAgentWithoutATitle_isAPersonMet(string passive)
    {
        var g = TestData.Extract($"ABUJA, Jan. 9 - Chinese Foreign Minister Wang Yi arrived in Abuja on Wednesday evening and {passive} Dunoma Umar Ahmed, permanent secretary of the Ministry of Foreign Affairs.", "en", new DateOnly(2025, 1, 9));
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.En == "Dunoma Umar Ahmed");
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Dunoma Umar Ahmed") && m.Participants.Contains("Wang Yi"));
    }

    [Fact]
    public void Find_unknownNameAfterMetOnAWeekdayWith_isAPersonMet()
    {
        var g = TestData.Extract("NUR-SULTAN, Oct. 18 - Senate Speaker Maulen Ashimbayev met on Monday with Abdullah bin Ibrahim Al-Tamimi, who arrived on an official visit.", "en", new DateOnly(2021, 10, 18));
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Abdullah bin Ibrahim Al-Tamimi") && m.Participants.Contains("Maulen Ashimbayev"));
    }

    [Theory]
    // آل الشيخ in Latin script: the family's name after Al is a name word, though Sheikh is also a form of address.
    [InlineData("Abdullah bin Mohammed bin Ibrahim Al Al-Sheikh")]
    [InlineData("Abdullah bin Mohammed Al-Sheikh")]
    public void Find_familyNameAfterAlThatIsAlsoAnHonorific_staysInTheName(string name)
    {
        var g = TestData.Extract($"NUR-SULTAN, Oct. 18 - Senate Speaker Maulen Ashimbayev met Chairman of the Consultative Council of Saudi Arabia {name}, who arrived on an official visit.", "en", new DateOnly(2021, 10, 18));
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.En == name);
        // (Not Abdullah bin Hamad Al Thani, whose key Abdullah bin Mohammed shares once h is dropped.)
        Assert.DoesNotContain(g.Entities, e => e.Name.En == "Abdullah bin Hamad Al Thani");
    }

    [Fact]
    public void Find_nameAfterATitleOfACountrysInstitution_isThatTitlesPerson()
    {
        var g = TestData.Extract("Amman, Nov. 23 (Petra) -- Lower House Speaker Atef Tarawneh has held talks in Tokyo with the Speaker of Japan's House of Representatives, Tadamori Oshima.", "en", new DateOnly(2019, 11, 23));
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Tadamori Oshima") && m.Participants.Contains("Atef Tarawneh"));
    }

    [Theory]
    // After عبد a title word is the second half of a name (Abdul Malik, Abdul Amir), and no office.
    [InlineData("التقت وزيرة الثقافة نورة الكعبي اليوم معالي ريما عبد الملك وزيرة الثقافة الفرنسية.", "ريما عبد الملك")]
    [InlineData("عقد وزير الداخلية عبد الأمير الشمري اليوم جلسة مباحثات مع نظيره التركي.", "عبد الأمير الشمري")]
    public void Find_titleWordAfterAbd_isPartOfTheName(string body, string name)
    {
        var g = TestData.Extract(body, "ar", new DateOnly(2022, 7, 19));
        var person = Assert.Single(g.Entities, e => e.Type == "Person" && e.Name.Ar == name);
        Assert.DoesNotContain(g.Offices, o => o.Person == person.Name.En && o.Title is "King" or "Prince");
    }

    [Fact]
    public void Find_knownFamilyNameAfterAnothersGivenName_isPartOfThatName()
    {
        // غراندي alone is Filippo Grandi's family name; after a demonym and another given name it is Grande-Marlaska's.
        var g = TestData.Extract("الرباط 14 ديسمبر 2023 (ومع) - أجرى وزير الداخلية عبد الوافي لفتيت اليوم الخميس بالرباط مباحثات مع نظيره الإسباني فرناندو غراندي مارلاسكا.", "ar", new DateOnly(2023, 12, 14));
        Assert.DoesNotContain(g.Entities, e => e.Name.En == "Filippo Grandi");
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.Ar == "فرناندو غراندي مارلاسكا");
    }

    [Fact]
    public void Find_knownFamilyNameInsideAnotherLineage_isNotThatPerson()
    {
        // Mubarak (Hosni Mubarak's family name) is Nayef al-Hajraf's father's name here, not the start of a lineage.
        var g = TestData.Extract("ABU DHABI, 25th November, 2020 (WAM) -- Saqr Ghobash, Speaker of the Federal National Council, today received Dr. Nayef Falah Mubarak Al Hajraf, Secretary-General of the Gulf Cooperation Council, in Abu Dhabi.", "en", new DateOnly(2020, 11, 25));
        Assert.DoesNotContain(g.Entities, e => e.Name.En == "Hosni Mubarak");
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Saqr Ghobash") && m.Participants.Any(p => p.EndsWith("Hajraf", StringComparison.Ordinal)));
    }

    [Fact]
    public void Find_portfolioWordsBeforeAName_areNotPartOfIt()
    {
        var g = TestData.Extract("New Delhi, Dec 18 (PTI) Commerce and Industry Minister Piyush Goyal on Monday held talks with Oman's Minister of Commerce, Industry and Investment Promotion Qais bin Mohammed Al Yousef.", "en", new DateOnly(2023, 12, 18));
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.En == "Qais bin Mohammed Al Yousef");
    }

    [Fact]
    public void Find_nameThatSoundsLikeTheLettersOfARegnalNumber_isNotThatMonarch()
    {
        var g = TestData.Extract("وصرح السفير علاء يوسف المتحدث الرسمي باسم رئاسة الجمهورية بأن المباحثات تناولت سبل تطوير العلاقات.", "ar", new DateOnly(2015, 3, 24));
        Assert.DoesNotContain(g.Entities, e => e.Name.En == "Pope Leo XIV");
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.Ar == "علاء يوسف");
    }

    [Fact]
    public void Find_conjunctionGluedToAGivenName_isNotPartOfTheName_butANameThatBeginsWithItsLetterKeepsIt()
    {
        var g = TestData.Extract("ويضم الوفد المرافق للرئيس سامح شكري وزير الخارجية، وحسام المغازي وزير الموارد المائية والري، ووليد المعلم.", "ar", new DateOnly(2015, 3, 24));
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.Ar == "حسام المغازي");
        Assert.DoesNotContain(g.Entities, e => e.Name.Ar?.StartsWith("وحسام", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(g.Entities, e => e.Name.Ar == "ليد المعلم");
    }

    [Fact]
    public void Find_longArabicNameBetweenCommasAfterATitle_isTheTitlesPerson()
    {
        var g = TestData.Extract("لواندا - استقبل رئيس جمهورية أنغولا، جواو مانويل غونسالفيس لورنسو، اليوم الخميس بالقصر الرئاسي بلواندا، رئيس الحكومة المغربية، السيد عزيز أخنوش.", "ar", new DateOnly(2022, 9, 15));
        var m = Assert.Single(g.Meetings);
        Assert.Contains("Aziz Akhannouch", m.Participants);
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.Ar == "جواو مانويل غونسالفيس لورنسو" && m.Participants.Contains(e.Name.En!));
    }

    [Fact]
    public void Find_knownOneWordFamilyNameAfterOtherGivenNamesBehindATitle_isAnotherPerson()
    {
        var g = TestData.Extract("وحضر حفل التنصيب نائبة الرئيس الأنغولي إسبيرانسا دا كوستا.", "ar", new DateOnly(2022, 9, 15));
        Assert.DoesNotContain(g.Entities, e => e.Name.En == "Antonio Costa");
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.Ar == "إسبيرانسا دا كوستا");
    }

    [Fact]
    public void Find_thanksOfTheHeadsOfStateAfterAKing_isNoName()
    {
        var g = TestData.Extract("الرباط - وخلال هذا الاستقبال، أبلغ الوزراء الثلاثة جلالة الملك محمد السادس، ثم أبلغوا جلالة الملك شكر رؤساء دولهم.", "ar", new DateOnly(2025, 4, 28));
        Assert.DoesNotContain(g.Entities, e => e.Type == "Person" && e.Name.Ar?.Contains("شكر", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Find_titleOfWhomAnEnvoyServes_isNeitherTheEnvoysOfficeNorAPersonPresent()
    {
        var g = TestData.Extract("بغداد 17 كانون الأول 2018 - استقبل رئيس الوزراء العراقي عادل عبد المهدي اليوم الممثلة الخاصة للأمين العام للأمم المتحدة في العراق جينين هينيس-بلاسخارت.\nوكان الأمين العام للأمم المتحدة أنطونيو غوتيريش قد أعلن تعيينها في آب الماضي.", "ar", new DateOnly(2018, 12, 17));
        Assert.DoesNotContain(g.Offices, o => o.Title == "Secretary-General" && o.Country == "IQ");
        Assert.DoesNotContain(g.Meetings, m => m.Participants.Contains("Antonio Guterres"));
    }

    [Fact]
    public void Find_nameSharingOnlyAGivenNameAndArticle_doesNotMatchAKnownPerson()
    {
        var g = TestData.Extract("حضر الاستقبال مساعد وزير الدفاع محمد العايش.", "ar", Date);
        Assert.DoesNotContain(g.Entities, e => e.Name.En == "Ahmed al-Sharaa");
    }

    [Fact]
    public void Find_kinshipAndHonorificWords_endAnUnknownName()
    {
        var g = TestData.Extract("حضر المباحثات الأمير مولاي رشيد شقيق جلالة الملك محمد السادس.", "ar", Date);
        Assert.DoesNotContain(g.Entities, e => e.Name.Ar?.Contains("شقيق", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Find_stopWordBeforeATitle_isNoName()
    {
        var g = TestData.Extract("خادم الحرمين الشريفين يعقد جلسة مباحثات رسمية مع سلطان عمان", "ar", Date);
        Assert.DoesNotContain(g.Entities, e => e.Type == "Person" && e.Name.Ar?.Contains("مع", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Find_englishRolesAndPortfolios_introduceNames()
    {
        var g = TestData.Extract("Ministry spokesperson Randhir Jaiswal said Union Minister of Petroleum and Natural Gas, Hardeep Singh Puri, attended.", "en", Date);
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.En == "Randhir Jaiswal");
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.En == "Hardeep Singh Puri");
    }

    [Fact]
    public void Find_shortFormOfAPersonAlreadyRead_isThatPerson()
    {
        var g = TestData.Extract("Indian Prime Minister Narendra Modi met Abu Dhabi Crown Prince Sheikh Khaled bin Mohamed bin Zayed Al Nahyan. Sheikh Khaled bin Zayed Al Nahyan arrived on Sunday.", "en", Date);
        Assert.DoesNotContain(g.Entities, e => e.Name.En == "Khalifa bin Zayed");
    }

    [Fact]
    public void Find_religiousHonorifics_areNotNames()
    {
        var g = TestData.Extract("والتقى أمير قطر الشيخ تميم بن حمد آل ثاني سماحة آية الله علي خامنئي في طهران.", "ar", Date);
        Assert.DoesNotContain(g.Entities, e => e.Name.Ar?.Contains("سماحة", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("وصل الرئيس الأمريكي باراك أوباما إلى مطار الملك خالد الدولي في الرياض.", "ar")]
    [InlineData("Indian Prime Minister Narendra Modi received the King Abdulaziz Sash from King Salman in Riyadh.", "en")]
    public void Find_personsNameInsideAThingsName_isNoPerson(string body, string lang)
    {
        var g = TestData.Extract(body, lang, Date);
        Assert.DoesNotContain(g.Entities, e => e.Type == "Person" && (e.Name.Ar?.Contains("الدولي", StringComparison.Ordinal) == true || e.Name.En == "King Abdulaziz"));
    }

    [Fact]
    public void Find_shortArabicFamilyNameThatIsAlsoAWord_isNoPersonAlone()
    {
        var g = TestData.Extract("ترأس ولي العهد الأمير محمد بن سلمان القمة الأولى في جدة.", "ar", Date);
        Assert.DoesNotContain(g.Entities, e => e.Name.En == "Liz Truss");
    }

    [Fact]
    public void Find_englishFamilyNameInsideALongerName_isTheLongerName()
    {
        var g = TestData.Extract("Indian External Affairs Minister S. Jaishankar met GCC Secretary-General Nayef Falah Mubarak Al-Hajraf in Riyadh.", "en", Date);
        Assert.DoesNotContain(g.Entities, e => e.Name.En == "Hosni Mubarak");
    }

    [Fact]
    public void Find_titleOrDemonymWordBeforeBin_isAGivenNameAndTheKnownNameAfterBinAForefather()
    {
        var g = TestData.Extract("وكان في الاستقبال الأمير تركي بن محمد بن فهد بن عبدالعزيز وزير الدولة والأمير سلطان بن سعد بن خالد.", "ar", Date);
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.Ar == "تركي بن محمد بن فهد بن عبدالعزيز");
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.Ar == "سلطان بن سعد بن خالد");
        Assert.DoesNotContain(g.Entities, e => e.Name.En == "King Fahd");
        Assert.DoesNotContain(g.Offices, o => o.Title == "Sultan");
    }

    [Fact]
    public void Find_englishLineageAfterAnAbbreviatedHonorific_isOnePerson()
    {
        var g = TestData.Extract("The talks were attended by Dr. Majid bin Abdullah Al-Qasabi, Minister of Commerce.", "en", Date);
        var person = Assert.Single(g.Entities, e => e.Type == "Person");
        Assert.Contains("Qasabi", person.Name.En, StringComparison.Ordinal);
        Assert.DoesNotContain(g.Entities, e => e.Name.En is "King Abdullah" or "Majid");
    }

    [Fact]
    public void Find_royalNameAfterSheikh_keepsAGivenNameThatIsAlsoAWordAndRunsToFiveWords()
    {
        var g = TestData.Extract("وعقد سمو ولي العهد الشيخ صباح خالد الحمد المبارك الصباح اليوم جلسة مباحثات.", "ar", Date);
        Assert.Contains(g.Entities, e => e.Type == "Person" && NameKeyOf(e.Name.Ar) == NameKeyOf("صباح خالد الحمد المبارك الصباح"));
    }

    [Theory]
    [InlineData("وحضر الاستقبال سفير دولة الكويت الشيخ صباح ناصر صباح الأحمد الصباح.", "ar")]
    [InlineData("The reception was attended by Crown Prince Sheikh Sabah Khalid Al-Hamad Al-Sabah.", "en")]
    public void Find_knownNameInsideALongerRoyalName_isAnotherPerson(string body, string lang)
    {
        var g = TestData.Extract(body, lang, Date);
        Assert.DoesNotContain(g.Entities, e => e.Name.En == "Sabah Al-Ahmad Al-Jaber Al-Sabah");
        Assert.Contains(g.Entities, e => e.Type == "Person");
    }

    [Fact]
    public void Find_lineageSharingFatherAndDynasty_isNotAFuzzyMatchOfABrother()
    {
        var g = TestData.Extract("وحضر القمة السيد أسعد بن طارق آل سعيد نائب رئيس الوزراء، والشيخ ناصر بن حمد آل خليفة ممثل ملك البحرين.", "ar", Date);
        Assert.DoesNotContain(g.Entities, e => e.Name.En == "Haitham bin Tariq");
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.Ar == "أسعد بن طارق آل سعيد");
        // The dynasty's name closes the name: the role after it is not part of it.
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.Ar == "ناصر بن حمد آل خليفة");
    }

    [Fact]
    public void Find_englishCounterpart_introducesAName()
    {
        var g = TestData.Extract("Chinese President Xi Jinping held talks with his Congolese counterpart Denis Sassou Nguesso on Saturday.", "en", Date);
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Xi Jinping") && m.Participants.Any(p => p.Contains("Sassou", StringComparison.Ordinal)));
    }

    [Fact]
    public void Find_portfolioJoinedByWaw_andInstitutionConstruct_areNoNames()
    {
        var g = TestData.Extract("استقبل الرئيس بشار الأسد وزير الخارجية وشؤون المغتربين فيصل المقداد، ثم اجتمع مع رئيس حزب القوات اللبنانية سمير جعجع.", "ar", Date);
        Assert.DoesNotContain(g.Entities, e => e.Name.Ar?.Contains("وشؤون", StringComparison.Ordinal) == true || e.Name.Ar?.Contains("حزب", StringComparison.Ordinal) == true);
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.Ar == "سمير جعجع");
    }

    [Fact]
    public void Find_feminineViceAndCliticForeignMinisterTitles_giveBothOffices()
    {
        var g = TestData.Extract("وقعت البيان نائبة رئيس بنما ووزيرة خارجيتها إيزابيل دي سانت مالو.", "ar", new DateOnly(2017, 6, 13));
        var person = Assert.Single(g.Entities, e => e.Type == "Person");
        Assert.Contains(g.Offices, o => o.Person == person.Name.En && o.Title == "Vice President" && o.Country == "PA");
        Assert.Contains(g.Offices, o => o.Person == person.Name.En && o.Title == "Foreign Minister" && o.Country == "PA");
    }

    [Fact]
    public void Find_knownPersonWrittenWithAMiddleName_isThatPerson()
    {
        var g = TestData.Extract("وشارك في الاجتماع الأمين العام لمجلس التعاون الدكتور نايف فلاح مبارك الحجرف.", "ar", new DateOnly(2021, 1, 5));
        var person = Assert.Single(g.Entities, e => e.Type == "Person");
        Assert.Equal("Nayef al-Hajraf", person.Name.En);
    }

    [Fact]
    public void Find_nameEndsBeforeAConjoinedPossessedNoun_andLeadershipRanksAreNoNames()
    {
        var g = TestData.Extract("وأشاد بالقرار الذي اتخذه الرئيس البنمي خوان كارلوس فاريلا وحكومته، والتقى مستشار قائد الثورة الإسلامية علي لاريجاني.", "ar", new DateOnly(2017, 6, 13));
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.Ar == "خوان كارلوس فاريلا");
        Assert.DoesNotContain(g.Entities, e => e.Name.Ar?.Contains("الثورة", StringComparison.Ordinal) == true);
    }

    [Theory]
    // A preposition written with ى is no name علي; prose with a preposition and the article, or a possessive, is no name.
    [InlineData("وأعرب الرئيس رامافوزا عن شكره لسمو الأمير على حفاوة الاستقبال وكرم الضيافة.", "حفاوة")]
    [InlineData("ورحب الرئيس عون بالضيف مؤكدا عمق العلاقات.", "بالضيف")]
    [InlineData("وتختتم فخامة الرئيسة زيارتها للسلطنة يوم الخميس.", "زيارتها")]
    public void Find_proseAfterATitleOrHonorific_isNoPerson(string body, string word)
    {
        var g = TestData.Extract(body, "ar", new DateOnly(2024, 5, 2));
        Assert.DoesNotContain(g.Entities, e => e.Type == "Person" && e.Name.Ar?.Contains(word, StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Find_attendeeNamedWithALineage_keepsTheGivenNameBeforeBin()
    {
        var g = TestData.Extract("وحضر اللقاء المشرف العام على العلاقات الدولية راكان بن إبراهيم الطوق، وسفير خادم الحرمين الشريفين لدى دولة إريتريا صقر بن سليمان القرشي.", "ar", new DateOnly(2023, 5, 2));
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.Ar == "راكان بن إبراهيم الطوق");
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.Ar == "صقر بن سليمان القرشي");
        Assert.DoesNotContain(g.Entities, e => e.Name.Ar?.StartsWith("بن ", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Find_nameEndsBeforeARoleNoun_andAConjoinedFunctionWord()
    {
        var g = TestData.Extract("وكان في استقباله سعادة السيد خالد سعيد المري مدير إدارة المراسم، وحضر اللقاء الدكتور سالم بن ناصر الحارثي وعدد من المسؤولين.", "ar", new DateOnly(2024, 5, 2));
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.Ar == "خالد سعيد المري");
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.Ar == "سالم بن ناصر الحارثي");
        Assert.DoesNotContain(g.Entities, e => e.Name.Ar?.Contains("مدير", StringComparison.Ordinal) == true || e.Name.Ar?.Contains("وعدد", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("واستقبل سمو الأمير اليوم بمجلس الشيخ حمد بن جاسم في الديوان الضيف.")]
    [InlineData("ووصل الوزير إلى مطار رفيق الحريري الدولي صباح اليوم.")]
    public void Find_personsNameInAVenuesName_isNoPerson(string body)
    {
        var g = TestData.Extract(body, "ar", new DateOnly(2024, 5, 2));
        Assert.DoesNotContain(g.Entities, e => e.Type == "Person" && (e.Name.Ar?.Contains("جاسم", StringComparison.Ordinal) == true || e.Name.Ar?.Contains("الحريري", StringComparison.Ordinal) == true));
    }

    [Theory]
    // حضرة (His Presence) folds like حضره (attended it), but opens no attendee list.
    [InlineData("وعقد حضرة صاحب السمو أمير البلاد والرئيس الضيف جلسة مباحثات، جرى خلالها استعراض سبل دعمها وتطويرها، لا سيما في مجالات الاستثمار.", "مجالات")]
    // An honorific with its pronoun (لسموه، جلالته) stands for a person already named; no name follows it.
    [InlineData("ونقل تحيات السلطان هيثم بن طارق وتمنياته لسموه بموفور الصحة والعافية.", "بموفور")]
    [InlineData("وقلد جلالة الملك عبدالله الثاني سموه أرفع وسام مدني أردني تقديرا للعلاقات.", "وسام")]
    // "رئيسي البلدين": the two countries' presidents, not the name رئيسي.
    [InlineData("وتوج اللقاء بتوقيع رئيسي البلدين على إعلان الشراكة.", "رئيسي")]
    [InlineData("وأضاف المتحدث أن وزير الخارجية استعرض الجهود التي تبذلها مصر.", "الجهود")]
    // إلى after a title's country is no portfolio word that leads on to a name.
    [InlineData("ونقل تحيات السلطان هيثم بن طارق سلطان عمان إلى أخيه حضرة صاحب السمو أمير البلاد الشيخ مشعل الأحمد الجابر الصباح.", "أخيه")]
    public void Find_wordsAfterHonorificsAndTitles_thatNameNoOne(string body, string word)
    {
        var g = TestData.Extract(body, "ar", new DateOnly(2024, 10, 31));
        Assert.DoesNotContain(g.Entities, e => e.Type == "Person" && e.Name.Ar?.Contains(word, StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Find_anotherGivenNameBeforeAKnownFamilyName_afterATitle_isAnotherPerson()
    {
        var g = TestData.Extract("وحضر اللقاء رئيس مجلس النواب أحمد الصفدي، ووزير الخارجية أيمن الصفدي.", "ar", new DateOnly(2024, 12, 17));
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.Ar == "أحمد الصفدي" && e.MachineTransliterated);
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.En == "Ayman Safadi");
    }

    [Fact]
    public void Find_familyNameAlone_standsForTheOtherPersonTheStoryNamedInFull()
    {
        var g = TestData.Extract("عمان 17 كانون الأول (بترا) استقبل رئيس مجلس النواب أحمد الصفدي اليوم رئيس مجلس النواب العراقي محمود المشهداني.\nوأجرى المشهداني مباحثات مع الصفدي في مقر المجلس، بحضور عدد من النواب، أكد خلالها أن الأردن يحظى بالأولوية في زياراته الرسمية.", "ar", new DateOnly(2024, 12, 17));
        Assert.DoesNotContain(g.Entities, e => e.Name.En == "Ayman Safadi");
        Assert.DoesNotContain(g.Entities, e => e.Name.Ar?.Contains("زياراته", StringComparison.Ordinal) == true);
        Assert.All(g.Meetings, m => Assert.Contains(m.Participants, p => p.Contains("Sfdi", StringComparison.Ordinal) || p.Contains("Safadi", StringComparison.Ordinal)));
    }

    [Fact]
    public void Find_ownGivenNameInAnotherSpelling_beforeAKnownFamilyName_isPartOfTheName()
    {
        var g = TestData.Extract("استقبل الشيخ صباح اليوم وزير الخارجية الهندي سوبرامانيام جايشانكار.", "ar", new DateOnly(2024, 8, 18));
        Assert.Contains(g.Offices, o => o.Person == "S. Jaishankar" && o.Title == "Foreign Minister" && o.Country == "IN");
    }

    [Fact]
    public void Find_familyNameAfterAal_thatIsAlsoAnHonorific_andEnglishSenatorAndChiefAdviser()
    {
        var ar = TestData.Extract("الجزائر - استقبل رئيس الجمهورية عبد المجيد تبون اليوم رئيس مجلس الشورى السعودي الشيخ عبدالله بن محمد بن إبراهيم آل الشيخ.", "ar", new DateOnly(2023, 5, 2));
        Assert.Contains(ar.Entities, e => e.Type == "Person" && e.Name.Ar?.EndsWith("آل الشيخ", StringComparison.Ordinal) == true);
        var en = TestData.Extract("DHAKA, Aug 24 (APP): Deputy Prime Minister and Foreign Minister Senator Mohammad Ishaq Dar on Sunday called on Chief Adviser Professor Muhammad Yunus.", "en", new DateOnly(2025, 8, 24));
        Assert.DoesNotContain(en.Entities, e => e.Type == "Person" && (e.Name.En?.Contains("Senator", StringComparison.Ordinal) == true || e.Name.En?.Contains("Adviser", StringComparison.Ordinal) == true));
    }

    private static string NameKeyOf(string? name) => Domain.Text.NameKey.Of(name ?? string.Empty);

    [Theory]
    [InlineData("Japanese Foreign Minister Yoko Kamikawa held talks with Samoan Prime Minister Fiame Naomi Mata'afa in Apia.", "Fiame Naomi Mata'afa")]
    [InlineData("First Vice Foreign Minister Kim Hong-kyun held talks with Tajik Foreign Minister Sirojiddin Muhriddin.", "Kim Hong-kyun")]
    public void Find_partGluedByAnApostropheOrAHyphen_belongsToTheName(string body, string name) =>
        Assert.Contains(TestData.Extract(body, "en", new DateOnly(2024, 2, 10)).Entities, e => e.Type == "Person" && e.Name.En == name);

    [Fact]
    public void Find_capitalisedNameBeforeACommaAndATitle_isThePersonTheTitleDescribes()
    {
        var g = TestData.Extract("The talks were attended by Hamish Cowell, the UK Ambassador to the Sultanate, and Ben Wallace, Secretary of State for Defence of the United Kingdom.", "en", new DateOnly(2020, 9, 9));
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.En == "Hamish Cowell");
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.En == "Ben Wallace");
    }

    [Fact]
    public void Find_venueBeforeACommaAndATitle_isNoPerson()
    {
        var g = TestData.Extract("At Seri Perdana, Prime Minister Anwar Ibrahim received the delegation at the Congress Centre, President Joko Widodo said.", "en", new DateOnly(2023, 6, 8));
        Assert.DoesNotContain(g.Entities, e => e.Type == "Person" && (e.Name.En == "Seri Perdana" || e.Name.En == "Congress Centre"));
    }

    [Fact]
    public void Find_middleInitial_doesNotEndTheSentenceOrTheName()
    {
        var g = TestData.Extract("Wang paid a courtesy call on President Ferdinand R. Marcos Jr. in Manila.", "en", new DateOnly(2022, 7, 6));
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.En == "Ferdinand R. Marcos Jr." && e.Aliases.Contains("Ferdinand Marcos Jr"));
        Assert.DoesNotContain(g.Entities, e => e.Type == "Person" && e.Name.En == "Ferdinand R");
    }

    [Fact]
    public void Find_givenNameWrittenWithYaAfterATitle_isAName()
    {
        var g = TestData.Extract("وأجرى وزير الخارجية المكلف السفير علي الصادق اليوم مباحثات مع نظيره الروسي سيرغي لافروف.", "ar", new DateOnly(2023, 2, 9));
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.Ar == "علي الصادق");
    }

    [Fact]
    public void Find_prepositionWrittenWithAlefMaqsuraAfterATitle_isNoName()
    {
        var g = TestData.Extract("التقى وزير الخارجية على هامش القمة نظيره الروسي سيرغي لافروف.", "ar", new DateOnly(2023, 2, 9));
        Assert.DoesNotContain(g.Entities, e => e.Type == "Person" && e.Name.Ar!.StartsWith("على", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Chairman of the Senate of the Uzbek Parliament Tanzila Narbaeva received Speaker of the Hungarian National Assembly Laszlo Kover.", "Tanzila Narbaeva", "Laszlo Kover")]
    [InlineData("President Ilham Aliyev received Chairman of the Great Hural (Parliament) of Mongolia Gombojav Zandanshatar.", "Ilham Aliyev", "Gombojav Zandanshatar")]
    public void Find_englishInstitutionAfterATitle_endsBeforeTheName(string body, string first, string second)
    {
        var g = TestData.Extract(body, "en", new DateOnly(2019, 5, 14));
        var persons = g.Entities.Where(e => e.Type == "Person").Select(e => e.Name.En).ToList();
        Assert.Contains(first, persons);
        Assert.Contains(second, persons);
        Assert.DoesNotContain(persons, p => p!.Contains("Assembly", StringComparison.Ordinal) || p.Contains("Hural", StringComparison.Ordinal));
        Assert.Equal(new[] { first, second }.Order(StringComparer.Ordinal), Assert.Single(g.Meetings).Participants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Find_knownShortNameWithOneMoreWord_isTheFullerNameReadBefore()
    {
        var g = TestData.Extract("The Amir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah received the envoy in the presence of Foreign Minister Sheikh Sabah Khaled Al-Hamad Al-Sabah. Later, Sheikh Sabah Khaled held talks with Russian Foreign Minister Sergey Lavrov.", "en", new DateOnly(2017, 8, 28));
        Assert.Contains(g.Meetings, m => m.Participants.Contains(TestData.Known(g, "Sergei Lavrov")) && m.Participants.Contains(TestData.Known(g, "Sabah Al-Khalid Al-Sabah")));
        Assert.DoesNotContain(g.Meetings, m => m.Participants.Contains(TestData.Known(g, "Sergei Lavrov")) && m.Participants.Contains(TestData.Known(g, "Sabah Al-Ahmad Al-Jaber Al-Sabah")));
    }

    [Theory]
    [InlineData("وصافح الرئيس كبار المسؤولين في الوزارة.")]
    [InlineData("وبحث وزير الخارجية مع المبعوث الأممي أبرز التطورات في المنطقة.")]
    [InlineData("وناقش رئيس الوزراء مع السفير الجديد أهم الملفات المشتركة.")]
    public void Find_wordsOpeningATopicOrAGroup_areNoName(string body)
    {
        var g = TestData.Extract(body, "ar", new DateOnly(2022, 11, 30));
        Assert.DoesNotContain(g.Entities, e => e.Type == "Person");
    }

    [Fact]
    public void Find_shortUnknownNameReadBeforeItsFullForm_isOnePerson()
    {
        var g = TestData.Extract("\"Met Foreign Minister Alvaro Leyva of Colombia this morning,\" Jaishankar wrote. Earlier, Jaishankar held talks with his Colombian counterpart Alvaro Leyva Duran.", "en", new DateOnly(2023, 4, 27));
        Assert.Single(g.Entities, e => e.Type == "Person" && e.Name.En!.StartsWith("Alvaro", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_twoWordNameEndingTheOneLongerName_isThatPerson()
    {
        var g = TestData.Extract("Rabat - King Mohammed VI received on Tuesday President of the Gabonese Republic Ali Bongo Ondimba. The Sovereign and President Bongo Ondimba first met in Abidjan.", "en", new DateOnly(2018, 6, 5));
        Assert.Single(g.Entities, e => e.Type == "Person" && e.Name.En!.EndsWith("Bongo Ondimba", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_acronymInBracketsAfterATitle_isNoName()
    {
        var g = TestData.Extract("Speaker of the House of Representatives (DPR RI) Puan Maharani received Speaker of the National Parliament of Papua New Guinea Job Pomat on Friday.", "en", new DateOnly(2024, 9, 27));
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.En == "Puan Maharani");
        Assert.Single(g.Meetings);
    }

    [Fact]
    public void Find_peopleAndGovernmentAfterATitle_areNoName()
    {
        var g = TestData.Extract("ونقل سموه تحيات ولي العهد لفخامته ولحكومة وشعب الفلبين.", "ar", new DateOnly(2022, 9, 29));
        Assert.DoesNotContain(g.Entities, e => e.Type == "Person" && e.Name.Ar!.Contains("شعب", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_portfolioAfterForEndsAtItsNoun()
    {
        var g = TestData.Extract("Minister of State for External Affairs V Muraleedharan met Marshal of the Senate of Poland Tomasz Grodzki in Doha.", "en", new DateOnly(2022, 5, 8));
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.En == "V Muraleedharan");
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.En == "Tomasz Grodzki");
        Assert.Single(g.Meetings);
    }

    [Fact]
    public void Find_portugueseConnectorDo_staysInTheName()
    {
        var g = TestData.Extract("Sheikh Mohammed bin Rashid Al Maktoum received Prime Minister of Mozambique Carlos Agostinho do Rosario in Dubai.", "en", new DateOnly(2019, 11, 18));
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.En == "Carlos Agostinho do Rosario");
    }

    [Fact]
    public void Find_portfolioListAfterAComma_isNoName()
    {
        var g = TestData.Extract("Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates Nasser Bourita held talks in Rabat.", "en", new DateOnly(2021, 9, 28));
        Assert.DoesNotContain(g.Entities, e => e.Type == "Person" && e.Name.En!.Contains("Cooperation", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_decorationAfterATitle_isNoName()
    {
        var g = TestData.Extract("وقلد الملك عبدالله الثاني الرئيس الضيف قلادة الحسين بن علي.", "ar", new DateOnly(2022, 6, 21));
        Assert.DoesNotContain(g.Entities, e => e.Type == "Person" && e.Name.Ar!.StartsWith("قلادة", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_regionAfterATitle_isNoName()
    {
        var g = TestData.Extract("استقبل رئيس إقليم شمال العراق مسعود بارزاني اليوم في أربيل رئيس الوزراء التركي بن علي يلدريم.", "ar", new DateOnly(2017, 1, 8));
        Assert.DoesNotContain(g.Entities, e => e.Type == "Person" && e.Name.Ar!.Contains("إقليم", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_officeWordsWithoutACanonicalTitle_areNoName()
    {
        var g = TestData.Extract("Minister of State for Foreign Affairs Sultan bin Saad Al Muraikhi met State Secretary for Foreign and Global Affairs of Spain Angeles Moreno Bau and High Representative of the EU Josep Borrell.", "en", new DateOnly(2023, 10, 10));
        Assert.DoesNotContain(g.Entities, e => e.Type == "Person" && (e.Name.En == "State Secretary" || e.Name.En == "High Representative"));
        Assert.DoesNotContain(g.Meetings, m => m.Participants.Any(p => p.Contains("Secretary", StringComparison.Ordinal)));
    }

    [Fact]
    public void Find_furtherGivenNameBeforeAKnownName_isThatPerson()
    {
        var date = new DateOnly(2023, 6, 1);
        var ar = TestData.Extract("استقبل الرئيس الصيني شي جين بينغ في بكين اليوم السيد محمد شهباز شريف رئيس وزراء باكستان.", "ar", date);
        Assert.Contains(ar.Entities, e => e.Name.En == "Shehbaz Sharif");
        Assert.DoesNotContain(ar.Entities, e => e.Name.En == "Nawaz Sharif");
        var en = TestData.Extract("Prime Minister Muhammad Shehbaz Sharif arrived in Amman on Monday.\nLater, the prime minister met King Abdullah II at the palace.", "en", date);
        Assert.Contains(en.Offices, o => o.Person == TestData.Known(en, "Shehbaz Sharif") && o.Title == "Prime Minister");
        Assert.Contains(en.Meetings, m => m.Participants.Contains(TestData.Known(en, "Shehbaz Sharif")) && m.Participants.Contains("King Abdullah II"));
    }

    [Fact]
    public void Find_sonNamedBeforeHisFathersKnownName_isAnotherPerson()
    {
        var g = TestData.Extract("The Amir received Sheikh Ahmad Meshal Al-Ahmad Al-Jaber Al-Sabah on Monday.", "en", new DateOnly(2024, 3, 5));
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.En?.StartsWith("Ahmad Meshal", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Find_portfolioOpenedByThe_reachesTheNameAfterTheComma()
    {
        var g = TestData.Extract("The minister was received by the President of the Transition of the Republic of Mali, Bah Ndaw, on Tuesday.", "en", new DateOnly(2020, 9, 29));
        Assert.Contains(g.Offices, o => o.Person == "Bah Ndaw" && o.Title == "President" && o.Country == "ML");
    }

    [Fact]
    public void Find_capitalsThatOfOrAndContinueAfterAComma_areNoName()
    {
        var g = TestData.Extract("President of the Republic, Supreme Commander of the Armed Forces, Abdelmadjid Tebboune, received the Minister of the Interior, Local Authorities and Town Planning, Kamel Beldjoud.", "en", new DateOnly(2022, 1, 23));
        Assert.DoesNotContain(g.Entities, e => e.Type == "Person" && e.Name.En is "Supreme Commander" or "Local Authorities");
    }

    [Fact]
    public void Find_documentNounsAfterAName_endIt()
    {
        var g = TestData.Extract("وقع وزير الخارجية الصيني وانغ يي ونظيره الدومينيكاني فارغاس البيان المشترك في بكين.", "ar", new DateOnly(2018, 5, 1));
        Assert.DoesNotContain(g.Entities, e => e.Type == "Person" && e.Name.Ar?.Contains("البيان", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Find_nameAfterAPortfolioOfResources_isReadAndItsShortFormWithAParticleIsThatPerson()
    {
        var g = TestData.Extract("Prime Minister Bisher Al Khasawneh on Wednesday met Egyptian Minister of Petroleum and Mineral Resources Tarek El Molla and Syrian Minister of Oil Bassam Tohme.\nEl Molla said gas would reach Lebanon.", "en", new DateOnly(2021, 9, 8));
        Assert.Contains(g.Offices, o => o.Person == "Tarek El Molla" && o.Country == "EG");
        Assert.Contains(g.Offices, o => o.Person == "Bassam Tohme" && o.Country == "SY");
        Assert.DoesNotContain(g.Entities, e => e.Type == "Person" && e.Name.En == "El Molla");
        Assert.DoesNotContain(g.Entities, e => e.Type == "Person" && e.Name.En == "Lai Ching-te");
    }

    [Fact]
    public void Find_knownFamilyNameAfterATitle_withAFurtherNameWord_isAnotherPersonsGivenName()
    {
        var g = TestData.Extract("The delegation included Director General of General Security Major General Abbas Ibrahim.", "en", new DateOnly(2021, 9, 4));
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.En == "Abbas Ibrahim");
        Assert.DoesNotContain(g.Entities, e => e.Type == "Person" && e.Name.En == "Mahmoud Abbas");
        var known = TestData.Extract("President Abbas met the envoy in Ramallah on Tuesday.", "en", new DateOnly(2021, 9, 4));
        Assert.Contains(known.Entities, e => e.Type == "Person" && e.Name.En == "Mahmoud Abbas");
    }

    [Fact]
    public void Find_ministerWithPortfolioAndDemonym_keepsTheNameAfterIt_besideAnotherMinisterOfThatCountry()
    {
        var g = TestData.Extract("عقد وزير الخارجية فيصل المقداد اليوم جلسة مباحثات مع وزيرة الدفاع اللبنانية زينة عكر.\nوشارك في المباحثات وزير المالية اللبناني غازي وزني.", "ar", new DateOnly(2021, 9, 4));
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.Ar == "زينة عكر");
    }

    [Fact]
    public void Find_portfolioNounsJoinedByACommaAndAnInitial_reachTheKnownName()
    {
        var g = TestData.Extract("Petroleum Minister Dharmendra Pradhan on Saturday met Saudi Minister of Energy, Industry and Mineral Resources Khalid A Al-Falih.", "en", new DateOnly(2019, 3, 9));
        Assert.Contains(g.Offices, o => o.Person == TestData.Known(g, "Khalid al-Falih") && o.Country == "SA");
        Assert.Contains(g.Meetings, m => m.Participants.Contains(TestData.Known(g, "Khalid al-Falih")) && m.Participants.Contains("Dharmendra Pradhan"));
    }

    [Fact]
    public void Find_monarchsSingleName_isAPerson_butKingInsideANameIsNot()
    {
        var g = TestData.Extract("BANGKOK, April 26 (BSS) - Prime Minister Sheikh Hasina on Thursday paid a courtesy call on King Maha Vajiralongkorn and Queen Suthida at Dusit Palace.", "en", new DateOnly(2024, 4, 26));
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Suthida") && m.Participants.Contains("Sheikh Hasina") && m.Participants.Count == 3);
        var name = TestData.Extract("Tourism Minister Datuk Seri Tiong King Sing attended the dinner.", "en", new DateOnly(2024, 4, 26));
        Assert.DoesNotContain(name.Entities, e => e.Type == "Person" && e.Name.En == "Sing");
    }

    [Fact]
    public void Find_prepositionGluedToACommonWord_opensNoNameAfterATitle()
    {
        var g = TestData.Extract("استقبل الرئيس الألماني فرانك فالتر شتاينماير اليوم نظيره التركي بمراسم رسمية في قصر بلفيو.", "ar", new DateOnly(2018, 9, 28));
        Assert.DoesNotContain(g.Entities, e => e.Type == "Person" && e.Name.Ar is { } ar && ar.Contains("مراسم", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_conjunctionGluedToACommonWord_endsAnArabicName()
    {
        var g = TestData.Extract("التقى الرئيس الصيني شي جين بينغ اليوم رئيس الجمعية التشريعية الكوستاريكية لويس فرناندو مندوزا وممثلين عن الأحزاب السياسية.", "ar", new DateOnly(2013, 6, 3));
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.Ar == "لويس فرناندو مندوزا");
        Assert.DoesNotContain(g.Entities, e => e.Type == "Person" && e.Name.Ar is { } ar && ar.Contains("ممثلين", StringComparison.Ordinal));
    }
    [Fact]
    public void Find_portfolioNounsThatCompound_endThePortfolioAtTheLast()
    {
        var g = TestData.Extract("DUSHANBE, April 17 (Xinhua) -- Tajik President Emomali Rahmon met Kazakh Minister of Energy and Water Resources Daler Juma on Wednesday.", "en", new DateOnly(2019, 4, 17));
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.En == "Daler Juma");
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Daler Juma") && m.Participants.Contains("Emomali Rahmon"));
    }

    [Theory]
    [InlineData("Li Zhanshu on Saturday met with President of the Dominican Republic Danilo Medina in Beijing.")]
    [InlineData("Li Zhanshu on Saturday met with Dominican President Danilo Medina in Beijing.")]
    public void Find_placeNameAfterTheGivenNameThatFollowsATitle_isTheFamilyName(string sentence)
    {
        var g = TestData.Extract($"BEIJING, April 13 (Xinhua) -- {sentence}", "en", new DateOnly(2019, 4, 13));
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Danilo Medina") && m.Participants.Contains("Li Zhanshu"));
        Assert.DoesNotContain(g.Entities, e => e.Type == "Place" && e.Name.En == "Medina");
    }

    [Fact]
    public void Find_anotherGivenNameBeforeAKnownFamilyNameInEnglish_isAnotherPerson_whoseBareNameLaterIsTheirs()
    {
        var g = TestData.Extract("AMMAN, Jan. 11 (Petra) -- King Abdullah II on Wednesday received his Iraqi counterpart Ahmed al-Safadi. Safadi said the talks were fruitful.", "en", new DateOnly(2023, 1, 11));
        Assert.DoesNotContain(g.Entities, e => e.Name.En == "Ayman Safadi");
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Ahmed al-Safadi") && m.Participants.Contains("King Abdullah II"));
    }

    [Fact]
    public void Find_spouseNamedBesideAKnownPerson_isAnotherPerson_andTheBareFamilyNameBeforeStaysTheKnownOne()
    {
        var g = TestData.Extract("NAIROBI, Dec. 3 (AA) -- Erdogan, accompanied by his wife Emine Erdogan, arrived in Nairobi on Wednesday. Erdogan met Kenyatta on Thursday.", "en", new DateOnly(2015, 12, 3));
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.En == "Emine Erdogan");
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Recep Tayyip Erdogan") && !m.Participants.Contains("Emine Erdogan"));
    }

    [Fact]
    public void Find_spouseInAHostsSubject_attendsButIsNoParticipant()
    {
        var g = TestData.Extract("PARIS, July 18 (WAM) -- President Emmanuel Macron and his wife, Brigitte Macron, received Mohamed bin Zayed at the Elysee Palace on Monday.", "en", new DateOnly(2022, 7, 18));
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.En == "Brigitte Macron");
        var meeting = Assert.Single(g.Meetings);
        Assert.Equal(2, meeting.Participants.Count);
        Assert.DoesNotContain("Brigitte Macron", meeting.Participants);
    }

    [Fact]
    public void Find_knownFamilyNameAloneInAStoryThatNamesAnotherOfThatNameInFull_isThatOther()
    {
        var g = TestData.Extract("ANKARA (AA) - Turkish Parliament Speaker Mustafa Sentop on Tuesday received Aguila Saleh, the speaker of Libya's House of Representatives, in Ankara. Later on Tuesday, President Recep Tayyip Erdogan received Saleh in a meeting also attended by Sentop.", "en", new DateOnly(2022, 8, 2));
        Assert.DoesNotContain(g.Entities, e => e.Name.En == "Ali Abdullah Saleh");
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Aguila Saleh") && m.Participants.Contains("Recep Tayyip Erdogan"));
    }

    [Fact]
    public void Find_knownFamilyNameRightAfterAnotherKnownName_endsThatName()
    {
        var g = TestData.Extract("RIYADH, June 2 (Saba) - Vice President of the Republic Lieutenant General Ali Mohsen Saleh met here today with the US Special Envoy for Yemen, Timothy Lenderking.", "en", new DateOnly(2021, 6, 2));
        Assert.DoesNotContain(g.Entities, e => e.Name.En == "Ali Abdullah Saleh");
        Assert.Contains(g.Meetings, m => m.Participants.Contains(TestData.Known(g, "Ali Mohsen al-Ahmar")) && m.Participants.Contains("Timothy Lenderking"));
    }

    [Theory]
    [InlineData("the US Special Envoy for Yemen, Timothy Lenderking,")]
    [InlineData("the UN envoy to Yemen Timothy Lenderking")]
    public void Find_envoyWithTheRemitHeldFor_introducesTheName(string envoy)
    {
        var g = TestData.Extract($"ADEN, June 2 (Saba) - Foreign Minister Ahmed Awad bin Mubarak met on Wednesday with {envoy} in Aden.", "en", new DateOnly(2021, 6, 2));
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.En == "Timothy Lenderking");
    }

    [Fact]
    public void Find_lowerCaseRoleAfterAComma_setsOffTheNameBeforeIt()
    {
        var g = TestData.Extract("ANKARA (AA) - Aguila Saleh is accompanied on his visit by Abdullah al-Lafi, deputy head of Libya's Presidential Council. President Recep Tayyip Erdogan received al-Lafi on Tuesday.", "en", new DateOnly(2022, 8, 2));
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.En == "Abdullah al-Lafi");
    }

    [Fact]
    public void Find_anotherKnownFamilyNameInsideAKnownPersonsFullName_isThatPersons()
    {
        var g = TestData.Extract("Riyadh, Sep 11 (PTI) Jaishankar held a meeting with GCC Secretary-General Nayef Mubarak Al-Hajraf on Saturday.", "en", new DateOnly(2022, 9, 11));
        Assert.DoesNotContain(g.Entities, e => e.Name.En == "Hosni Mubarak");
        Assert.Contains(g.Meetings, m => m.Participants.Contains(TestData.Known(g, "Nayef al-Hajraf")));
    }

    [Fact]
    public void Find_ownGivenNamesInAnotherSpellingBeforeAKnownName_arePartOfIt_pastAGluedConjunction()
    {
        var g = TestData.Extract("نيودلهي 9 سبتمبر 2023 (أ ش أ) التقى الرئيس السيسي كلا من فوميو كيشيدا رئيس وزراء اليابان، ولويز إيناسيو لولا دا سيلفا رئيس جمهورية البرازيل.", "ar", new DateOnly(2023, 9, 9));
        Assert.DoesNotContain(g.Entities, e => e.Name.En == "Aloysio Nunes");
        Assert.Contains(g.Meetings, m => m.Participants.Order(StringComparer.Ordinal).SequenceEqual(["Abdel Fattah al-Sisi", "Luiz Inacio Lula da Silva"]));
    }
    [Fact]
    public void Find_counterpartWithAGluedConjunctionAfterATitle_isNoName()
    {
        var g = TestData.Extract("الكويت - 1 - 5 (كونا) -- استقبل رئيس مجلس الوزراء الشيخ جابر المبارك الحمد الصباح اليوم رئيس وزراء جمهورية كوريا لي ناك يون.\nوعقب المباحثات شهد سمو رئيس مجلس الوزراء ونظيره الكوري التوقيع على ثماني اتفاقيات.", "ar", new DateOnly(2019, 5, 1));
        Assert.DoesNotContain(g.Entities, e => e.Type == "Person" && e.Name.Ar is { } ar && ar.Contains("نظيره", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_institutionsNounInTheDualConstruct_endsNoAttendeesName()
    {
        var g = TestData.Extract("أنقرة/ الأناضول\nوعقد الوزيران لقاء ثنائيا أعقبه اجتماع موسع بحضور وفدي البلدين، تناول سبل تطوير التعاون القائم والمستقبلي بين وزارتي الدفاع.", "ar", new DateOnly(2024, 7, 2));
        Assert.DoesNotContain(g.Entities, e => e.Type == "Person");
    }

    [Fact]
    public void Find_givenNameAfterTheFormOfAddressOfAPersonNamedInFull_isThatPerson()
    {
        var g = TestData.Extract("BEIJING, May 30 (Xinhua) -- Chinese President Xi Jinping held talks with President of the United Arab Emirates Sheikh Mohamed bin Zayed Al Nahyan in Beijing on Thursday.\nAlso on Thursday, Zhao Leji met with Sheikh Mohamed at the Great Hall of the People.", "en", new DateOnly(2024, 5, 30));
        Assert.True(TestData.HasMeeting(g, "Mohamed bin Zayed", "Zhao Leji"));
    }

    [Theory]
    [InlineData("DOHA, Nov. 9 (Xinhua) -- U.S. Central Intelligence Agency (CIA) Director William Burns held talks in Cairo on Tuesday with Egyptian President Abdel Fattah al-Sisi.", "en")]
    [InlineData("القاهرة في 7 نوفمبر /أ ش أ/ استقبل الرئيس عبد الفتاح السيسي اليوم /الثلاثاء/ وليام بيرنز مدير وكالة المخابرات المركزية الأمريكية.", "ar")]
    [InlineData("القاهرة في 7 نوفمبر /أ ش أ/ استقبل الرئيس عبد الفتاح السيسي اليوم الثلاثاء فريد شفييف وزير خارجية أذربيجان.", "ar")]
    public void Find_roleNounWithoutACanonicalTitle_introducesTheName(string body, string lang)
    {
        var g = TestData.Extract(body, lang, new DateOnly(2023, 11, 7));
        Assert.Equal(2, Assert.Single(g.Meetings).Participants.Count);
        Assert.Equal(2, g.Entities.Count(e => e.Type == "Person"));
    }

    [Fact]
    public void Find_roleWordAfterARoleWord_isNoName()
    {
        var g = TestData.Extract("LONDON, Feb. 1 -- Prime Minister Boris Johnson met the Emir, in the presence of Sir Edward Lister, Chief Strategic Adviser to the British Prime Minister.", "en", new DateOnly(2020, 2, 1));
        Assert.DoesNotContain(g.Entities, e => e.Name.En == "Strategic Adviser");
    }
    [Fact]
    public void Find_headOfGovernment_introducesTheName()
    {
        var g = TestData.Extract("Rabat - King Felipe VI of Spain held talks on Thursday morning in Rabat with Head of Government Saad Dine El Otmani, on the second day of the state visit.", "en", new DateOnly(2019, 2, 14));
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Saad Dine El Otmani"));
    }

    [Fact]
    public void Find_sultanGoesByOneName_butNotBeforeMoreOfAName()
    {
        var g = TestData.Extract("IPOH, May 1 -- Sultan Nazrin received Chinese Vice President Li Yuanchao in Ipoh on Monday.", "en", new DateOnly(2015, 5, 1));
        Assert.Contains(g.Meetings, m => m.Participants.Count == 2 && m.Participants.Contains("Li Yuanchao"));
        var longer = TestData.Extract("KUWAIT, Jan. 5 -- Wang Yi conveyed President Xi Jinping's greetings to Kuwaiti Emir Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah. Emir Nawaf's envoy thanked him.", "en", new DateOnly(2022, 1, 5));
        Assert.DoesNotContain(longer.Entities, e => e.Name.En == "Nawaf");
    }
    [Fact]
    public void Find_familyNameWithItsParticle_afterAKnownPersonNamedInFull_isThatPerson()
    {
        var g = TestData.Extract("KUWAIT, Feb 17 (KUNA) -- Foreign Minister Sheikh Sabah Al-Khaled Al-Hamad Al-Sabah met on Saturday UN Special Envoy for Yemen Ismail Ould Cheikh Ahmed.\nSeparately, Sheikh Sabah Al-Khaled received Ould Cheikh Ahmed.", "en", new DateOnly(2018, 2, 17));
        Assert.DoesNotContain(g.Entities, e => e.Name.En == "Ould Cheikh Ahmed");
    }

    [Fact]
    public void Find_anotherRomanisationOfAKnownPersonsGivenName_isThatPerson()
    {
        var g = TestData.Extract("KUWAIT, June 1 (KUNA) -- His Highness the Amir Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah and Syrian President Ahmad Al-Sharaa held official talks at Bayan Palace on Sunday.", "en", new DateOnly(2025, 6, 1));
        Assert.Contains(TestData.Known(g, "Ahmed al-Sharaa"), Assert.Single(g.Meetings).Participants);
        Assert.Contains(g.Entities, e => e.Name.En == "Ahmad Al-Sharaa" && e.Aliases.Contains("Ahmed al-Sharaa"));
        Assert.Equal(2, g.Meetings[0].Participants.Count);
    }
    [Fact]
    public void Find_arabicNameOpeningOnBen_isTheGivenNameBen()
    {
        var g = TestData.Extract("الرياض - واس\nاستقبل الأمير محمد بن سلمان ولي العهد في الرياض اليوم وزير الدولة لشؤون الدفاع في المملكة المتحدة بن والاس.", "ar", new DateOnly(2021, 12, 16));
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.Ar == "بن والاس");
        Assert.Equal(2, Assert.Single(g.Meetings).Participants.Count);
    }
    [Fact]
    public void Find_fieldMarshalsRank_isNoPartOfTheNameBeforeIt()
    {
        var g = TestData.Extract("بنغازي (ليبيا) - أجرى وزير الشؤون الخارجية، صبري بوقادوم، يوم الأربعاء ببنغازي، محادثات مع قائد الجيش الوطني الليبي، المشير خليفة حفتر.\nوبهذه المناسبة، سلّم السيد بوقادوم المشير حفتر دعوة رسمية لزيارة الجزائر.", "ar", new DateOnly(2020, 2, 5));
        Assert.Equal(2, g.Entities.Count(e => e.Type == "Person"));
    }
    [Fact]
    public void Find_roleWordBeforeAnInstitutionsName_introducesNoPerson()
    {
        var g = TestData.Extract("KUWAIT, Jan. 5 (KUNA) -- The talks were attended by Sheikh Ahmad Meshal Al-Ahmad Al-Jaber Al-Sabah, head of the Government Performance Follow-up Agency, and senior officials.", "en", new DateOnly(2024, 1, 5));
        Assert.DoesNotContain(g.Entities, e => e.Type == "Person" && e.Name.En is { } en && en.StartsWith("Performance", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_sultanAfterSheikh_isTheGivenNameOfAPersonTheStoryNames()
    {
        var g = TestData.Extract("أبوظبي في 3 مارس / وام / التقى معالي الدكتور ثاني بن أحمد الزيودي اليوم الشيخ سلطان الحمودي رئيس غرفة التجارة.", "ar", new DateOnly(2024, 3, 3));
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.Ar == "سلطان الحمودي");
        Assert.DoesNotContain(g.Offices, o => o.Title == "Sultan");
    }

    [Fact]
    public void Find_institutionWithAPossessiveAndItsAcronym_isPartOfTheTitleBeforeTheName()
    {
        var g = TestData.Extract("ALGIERS, Oct. 6 (APS) - President of the People's National Assembly (APN) Slimane Chenine received on Sunday a delegation of the Pan-African Parliament.", "en", new DateOnly(2019, 10, 6));
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.En == "Slimane Chenine");
    }

    [Fact]
    public void Find_wordsBeforeATitleOpeningWithAnAirportsNoun_areNoPerson()
    {
        var g = TestData.Extract("الجزائر 29 فبراير 2024 (واج) - وكان الرئيس الموزمبيقي فيليبي نيوسي قد حل بالجزائر مساء أمس، حيث استقبله بمطار هواري بومدين الدولي الوزير الأول، السيد نذير العرباوي.", "ar", new DateOnly(2024, 2, 29));
        Assert.DoesNotContain(g.Entities, e => e.Type == "Person" && e.Name.Ar is { } ar && ar.Contains("مطار", StringComparison.Ordinal));
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.En == "Nadir Larbaoui");
    }

    [Fact]
    public void Find_unknownNameAfterTheOpeningVerb_setOffByACommaBeforeARole_isThatPerson()
    {
        var g = TestData.Extract("لواندا 26 سبتمبر 2022 (شينخوا) حضر وانغ دونغ مينغ، المبعوث الخاص للرئيس الصيني شي جين بينغ، اليوم مراسم تنصيب الرئيس الأنغولي.", "ar", new DateOnly(2022, 9, 26));
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.Ar == "وانغ دونغ مينغ");
        Assert.DoesNotContain(g.Entities, e => e.Type == "Person" && e.Name.Ar!.StartsWith("حضر", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_nameAfterTheDaySetOffByCommas_isTheObjectOfTheVerb()
    {
        var g = TestData.Extract("القاهرة في 3 يونيو /أ ش أ/ استقبل الرئيس عبد الفتاح السيسي، اليوم /الاثنين/، سون تشون لان نائبة رئيس مجلس الدولة الصيني.", "ar", new DateOnly(2019, 6, 3));
        var m = Assert.Single(g.Meetings);
        Assert.Equal(["Abdel Fattah al-Sisi", "Sun Chunlan"], m.Participants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Find_nounOfTheDiscussionAfterATitle_isNoName()
    {
        var g = TestData.Extract("وبحث سموه والرئيس الكوري علاقات الصداقة والتعاون بين البلدين.", "ar", new DateOnly(2022, 1, 16));
        Assert.DoesNotContain(g.Entities, e => e.Type == "Person" && e.Name.Ar!.Contains("علاقات", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_listedNounInTheAccusativeAfterATitle_isNoName()
    {
        var g = TestData.Extract("عشق آباد 27 نوفمبر 2021 (الأناضول) - أجرى الرئيس التركي رجب طيب أردوغان مباحثات مع نظيره التركمانستاني قربان قولي بردي محمدوف. وقلّد بردي محمدوف الرئيس التركي وساما رفيعا.", "ar", new DateOnly(2021, 11, 27));
        Assert.Equal(2, g.Entities.Count(e => e.Type == "Person"));
        Assert.True(TestData.HasMeeting(g, "Recep Tayyip Erdogan", "Gurbanguly Berdimuhamedov"));
    }

    [Fact]
    public void Find_knownNameFollowedByAnotherFather_isSomeoneElse_butAGrandfatherContinuesIt()
    {
        var g = TestData.Extract("RIYADH, Nov. 9 (SPA) -- The Deputy Governor of Riyadh, Prince Mohammed bin Abdulrahman bin Abdulaziz, welcomed the guests. Sultan Qaboos bin Said bin Taimour sent a cable.", "en", new DateOnly(2019, 11, 9));
        Assert.DoesNotContain(g.Entities, e => e.Name.En == "Mohammed bin Abdulrahman Al Thani");
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.En == "Mohammed bin Abdulrahman bin Abdulaziz");
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.En == "Qaboos bin Said");
    }

    [Fact]
    public void Find_nameAfterALongArabicPortfolio_joinedByAndEndingAbroad_isThePerson()
    {
        var g = TestData.Extract("باريس 28 يونيو 2023 (كونا) - بحث وزير الخارجية الكويتي الشيخ سالم عبدالله الجابر الصباح اليوم مع الوزير المنتدب الفرنسي للتجارة الخارجية والجاذبية الاقتصادية والفرنسيين في الخارج أوليفييه بيشت سبل تعزيز التعاون.", "ar", new DateOnly(2023, 6, 28));
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.Ar == "أوليفييه بيشت");
        Assert.Single(g.Meetings);
    }

    [Fact]
    public void Find_nameAfterMinisterOfState_isThePerson_notThePortfolio()
    {
        var g = TestData.Extract("DHAKA, Nov 25, 2022 (BSS) - United Arab Emirates Minister of State Ahmed Ali Al Sayegh paid a courtesy call on Prime Minister Sheikh Hasina here today.", "en", new DateOnly(2022, 11, 25));
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.En == "Ahmed Ali Al Sayegh");
        Assert.True(TestData.HasMeeting(g, "Ahmed Ali Al Sayegh", "Sheikh Hasina"));
    }

    [Fact]
    public void Find_nationalDayAfterACountry_isNoPersonsName()
    {
        var g = TestData.Extract("كمبالا في 9 أكتوبر/ وام/ نيابة عن صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة \"حفظه الله\"، حضر معالي الشيخ شخبوط بن نهيان آل نهيان وزير دولة، اليوم، احتفالات جمهورية أوغندا الصديقة بعيدها الوطني، والتقى معاليه فخامة يوري موسيفيني رئيس جمهورية أوغندا في العاصمة كمبالا.", "ar", new DateOnly(2023, 10, 9));
        Assert.DoesNotContain(g.Entities, e => e.Type == "Person" && e.Name.Ar is { } ar && ar.Contains("عيد", StringComparison.Ordinal));
        var m = Assert.Single(g.Meetings);
        Assert.Contains("Yoweri Museveni", m.Participants);
    }

    [Fact]
    public void Find_malaysianHonorificsInArabic_openNoName()
    {
        var g = TestData.Extract("الدوحة في 29 مارس /قنا/ عقد حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى، ودولة السيد داتوك سري إسماعيل صبري يعقوب رئيس وزراء ماليزيا الصديقة، جلسة مباحثات رسمية بالديوان الأميري صباح اليوم.", "ar", new DateOnly(2022, 3, 29));
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Tamim bin Hamad Al Thani") && m.Participants.Contains("Ismail Sabri Yaakob"));
    }

    [Fact]
    public void Find_knownLineageCarriedOnToAnotherFamilyName_isSomeoneElse()
    {
        // (بن تركي: after بن the word is a father's name, not the demonym "Turkish".)
        var g = TestData.Extract("وكان في استقباله بمطار الدوحة الدولي سعادة الدكتور عبدالله بن عبدالعزيز بن تركي السبيعي وزير البلدية.", "ar", new DateOnly(2022, 3, 27));
        Assert.DoesNotContain(g.Entities, e => e.Name.En == "King Abdullah");
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.Ar == "عبدالله بن عبدالعزيز بن تركي السبيعي");
        Assert.DoesNotContain(g.Entities, e => e.Type == "Country" && e.Iso == "TR");
    }

    [Fact]
    public void Find_nameAfterTheOfficeOfACity_isAPerson()
    {
        var g = TestData.Extract("طوكيو في 24 أغسطس /أ ش أ/ التقى الدكتور بدر عبد العاطي وزير الخارجية، صباح اليوم /السبت/، حاكمة طوكيو يوريكو كويكي على مائدة إفطار عمل.", "ar", new DateOnly(2024, 8, 24));
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.Ar == "يوريكو كويكي");
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Badr Abdelatty") && m.Participants.Count == 2);
    }

    [Fact]
    public void Find_formOfAddressAndAGivenNameOfSomeoneNamedInFull_isThatPerson_notTheGazetteersOther()
    {
        var g = TestData.Extract("KUWAIT CITY (AA) - Turkish Foreign Minister Mevlut Cavusoglu was received on Tuesday by Kuwaiti Prime Minister Sheikh Sabah Al-Khalid Al-Sabah. "
            + "\"We had a fruitful meeting with Kuwaiti Prime Minister Sheikh Sabah,\" Cavusoglu wrote.", "en", new DateOnly(2021, 2, 9));
        Assert.DoesNotContain(g.Entities, e => e.Name.En == "Sabah Al-Ahmad Al-Jaber Al-Sabah");
        Assert.True(TestData.HasMeeting(g, "Mevlut Cavusoglu", "Sabah Al-Khalid Al-Sabah"));
    }

    [Fact]
    public void Find_lineageOfFiveWordsBeforeATitle_isOneName()
    {
        var g = TestData.Extract("بكين 28 أغسطس 2023 (شينخوا) أجرى كبير المشرعين الصينيين تشاو له جي اليوم (الاثنين) في قاعة الشعب الكبرى ببكين محادثات مع عادل بن عبد الرحمن العسومي رئيس البرلمان العربي، داعيا إلى تعزيز التبادلات.", "ar", new DateOnly(2023, 8, 28));
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.Ar == "عادل بن عبد الرحمن العسومي");
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Zhao Leji") && m.Participants.Count == 2);
    }

    // Words of news prose (وتعد, المشاركة) after a title and its country are no name: the name reader stops at the
    // generated news words as at the function words.
    [Fact]
    public void Find_newsProseAfterATitleAndItsCountry_isNoName()
    {
        var g = TestData.Extract("موسكو 22 أكتوبر 2024 (وام) -- حضر سمو الشيخ محمد بن زايد آل نهيان أعمال القمة التي افتتحها فخامة الرئيس فلاديمير بوتين رئيس روسيا الاتحادية، وتعد المشاركة الأولى لدولة الإمارات في القمة.", "ar", new DateOnly(2024, 10, 22));

        Assert.Equal(TestData.Sorted("Mohamed bin Zayed", "Vladimir Putin"), TestData.Sorted(g.Entities.Where(e => e.Type == "Person").Select(e => e.Name.En!)));
    }

    // "الشعبي" is a word of news prose ("popular") and a family name: after بن and a father's name it is the name's.
    [Fact]
    public void Find_nisbaAfterALineage_isTheFamilyName_thoughAlsoANewsWord()
    {
        var g = TestData.Extract("الرياض 12 مارس 2023 (واس) -- استقبل وزير الخارجية السعودي الأمير فيصل بن فرحان اليوم السفير خالد بن محمد الشعبي.", "ar", new DateOnly(2023, 3, 12));
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.Ar == "خالد بن محمد الشعبي");
    }

    // Samdech Techo, سامديتش تيكو: Cambodian honorifics, not part of Hun Sen's name.
    [Theory]
    [InlineData("بنوم بنه 12 أكتوبر 2020 (شينخوا) التقى رئيس الوزراء الكمبودي سامديتش تيكو هون سين اليوم (الاثنين) في بنوم بنه عضو مجلس الدولة وزير الخارجية الصيني وانغ يي.", "ar")]
    [InlineData("PHNOM PENH, Oct. 12 (Xinhua) -- Cambodian Prime Minister Samdech Techo Hun Sen met with visiting Chinese State Councilor and Foreign Minister Wang Yi here on Monday.", "en")]
    public void Find_cambodianHonorifics_openNoName(string body, string lang)
    {
        var g = TestData.Extract(body, lang, new DateOnly(2020, 10, 12));
        Assert.True(TestData.HasMeeting(g, "Hun Sen", "Wang Yi"));
    }

    // A name written in full whose last word the gazetteer knows as a family name: one person, the known one.
    [Fact]
    public void Find_givenNamesBeforeAKnownFamilyName_areThatPersonsFullName()
    {
        var g = TestData.Extract("RIYADH, March 3 (SPA) -- Chinese Foreign Minister Wang Yi met with Saudi Foreign Minister Adel Ahmad Al-Jubeir on Sunday.", "en", new DateOnly(2019, 3, 3));
        var jubeir = Assert.Single(g.Entities, e => e.Type == "Person" && e.Name.En!.Contains("Jubeir", StringComparison.Ordinal));
        Assert.Equal(2, g.Entities.Count(e => e.Type == "Person"));
        Assert.True(TestData.HasMeeting(g, "Wang Yi", jubeir.Name.En!));
    }

    // A middle initial with its full stop and a generational number are part of the name, and the known person is
    // found without them.
    [Theory]
    [InlineData("MANAMA, Sept. 7 (BNA) -- His Majesty King Hamad bin Isa Al Khalifa received US Secretary of Defense Lloyd J. Austin III today.")]
    [InlineData("MANAMA, Sept. 7 (BNA) -- His Majesty King Hamad bin Isa Al Khalifa received today the US Secretary of Defense, Lloyd J. Austin III, on the occasion of his visit.")]
    public void Find_middleInitialAndGenerationalNumber_belongToTheKnownName(string body)
    {
        var g = TestData.Extract(body, "en", new DateOnly(2021, 9, 7));
        var austin = Assert.Single(g.Entities, e => e.Type == "Person" && e.Aliases.Contains("Lloyd Austin"));
        Assert.Equal("Lloyd J. Austin III", austin.Name.En);
        Assert.True(TestData.HasMeeting(g, "Hamad bin Isa Al Khalifa", "Lloyd J. Austin III"));
    }

    [Fact]
    public void Find_timeOpeningASentenceBeforeATitle_isNoName()
    {
        var g = TestData.Extract("DOHA (AA) - Austria has been intensifying its contacts with the Gulf states. Last October, Foreign Minister Michael Linhart visited Doha.", "en", new DateOnly(2022, 3, 7));
        Assert.DoesNotContain(g.Entities, e => e.Type == "Person" && e.Name.En!.Contains("October", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_monthAsAFamilyName_inAnApposition_isStillAName()
    {
        var g = TestData.Extract("AMMAN, Nov. 30 (Petra) -- King Abdullah II received Nigel Bruce May, Minister of State for the Middle East, on Thursday.", "en", new DateOnly(2017, 11, 30));
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.En == "Nigel Bruce May");
    }

    [Fact]
    public void Find_malaysianHonorificSeriUtama_isNotPartOfTheName()
    {
        var g = TestData.Extract("ASHGABAT, Sept. 10 (TDH) -- President Serdar Berdimuhamedov received Minister of Foreign Affairs of Malaysia Dato' Seri Utama Mohamad Hasan today.", "en", new DateOnly(2024, 9, 10));
        Assert.Contains(g.Entities, e => e.Type == "Person" && e.Name.En == "Mohamad Hasan");
    }

    // "Emperor" is a monarch's style, not a canonical title: the name is the emperor's given name alone.
    [Theory]
    [InlineData("TOKYO, March 21 Kyodo - Emperor Akihito met Wednesday with Kuwaiti Emir Sheikh Sabah al-Ahmad al-Jaber al-Sabah at the Imperial Palace in Tokyo.", "en")]
    [InlineData("طوكيو 21 مارس (كونا) -- استقبل الإمبراطور الياباني أكيهيتو اليوم سمو أمير البلاد الشيخ صباح الأحمد الجابر الصباح في القصر الإمبراطوري.", "ar")]
    public void Find_emperorsStyle_isNotPartOfTheName(string body, string lang)
    {
        var g = TestData.Extract(body, lang, new DateOnly(2012, 3, 21));
        Assert.True(TestData.HasMeeting(g, "Akihito", "Sabah Al-Ahmad Al-Jaber Al-Sabah"));
    }
}
