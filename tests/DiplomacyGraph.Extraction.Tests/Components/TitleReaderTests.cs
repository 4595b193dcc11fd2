namespace DiplomacyGraph.Extraction.Tests.Components;

public sealed class TitleReaderTests
{
    private static readonly DateOnly Date = new(2022, 11, 15);

    [Fact]
    public void Read_englishListOfTitledNames_eachTitleTakesTheNameAfterIt()
    {
        var g = TestData.Extract("Chinese President Xi Jinping met French President Emmanuel Macron, Australian Prime Minister Anthony Albanese and South Korean President Yoon Suk Yeol.", "en", Date);
        Assert.Contains(g.Offices, o => o is { Person: "Anthony Albanese", Title: "Prime Minister", Country: "AU" });
        Assert.DoesNotContain(g.Offices, o => o.Person == "Emmanuel Macron" && o.Title == "Prime Minister");
    }

    [Theory]
    [InlineData("Saudi Health Minister Tawfiq Al-Rabiah met him on Monday.", "Tawfiq Al-Rabiah", "SA")]
    [InlineData("Iraqi Oil and Electricity Minister Karim Mahmoud Jaber met him on Monday.", "Karim Mahmoud Jaber", "IQ")]
    public void Read_portfolioBetweenDemonymAndMinister_keepsTheDemonymsCountry(string body, string person, string country) =>
        Assert.Contains(TestData.Extract(body, "en", Date).Offices, o => o.Person == person && o.Title == "Minister" && o.Country == country);

    [Fact]
    public void Read_headOfTheNationalGuard_isNoPresident()
    {
        var g = TestData.Extract("استقبل صاحب السمو الملكي الأمير عبدالله بن عبدالعزيز آل سعود ولي العهد نائب رئيس مجلس الوزراء رئيس الحرس الوطني في قصره بالرياض اليوم مستشار جمهورية ألمانيا الاتحادية جيرهارد شرودر.", "ar", new DateOnly(2005, 2, 27));
        Assert.DoesNotContain(g.Offices, o => o.Title == "President");
        Assert.Single(g.Meetings);
    }

    [Fact]
    public void Read_givenNameThatIsAlsoATitle_beforeBin_givesNoSuchOffice()
    {
        var g = TestData.Extract("كراكاس في 27 سبتمبر /قنا/ اجتمع سعادة الدكتور سلطان بن سعد المريخي وزير الدولة للشؤون الخارجية، اليوم، مع الرئيس نيكولاس مادورو.", "ar", Date);
        Assert.DoesNotContain(g.Offices, o => o.Title == "Sultan");
        Assert.Equal("Caracas", Assert.Single(g.Meetings).Place);
    }

    [Fact]
    public void Read_definiteTitleBeforeAClause_isNotAnApposition()
    {
        var g = TestData.Extract("Chinese President Xi Jinping met Saudi King Salman. During his meeting with the king, Xi said ties were strong.", "en", Date);
        Assert.DoesNotContain(g.Offices, o => o.Person == "Xi Jinping" && o.Title == "King");
    }

    [Fact]
    public void Read_titlesJoinedByAnd_shareTheName()
    {
        var g = TestData.Extract("Xi Jinping held talks with Crown Prince and Prime Minister Mohammed bin Salman in Riyadh.", "en", new DateOnly(2022, 12, 8));
        Assert.Contains(g.Offices, o => o is { Person: "Mohammed bin Salman", Title: "Crown Prince", Country: "SA" });
        Assert.Contains(g.Offices, o => o is { Person: "Mohammed bin Salman", Title: "Prime Minister", Country: "SA" });
    }

    [Fact]
    public void Read_titleWordInsideAHyphenatedName_isNoTitle()
    {
        var g = TestData.Extract("Saudi Foreign Minister Faisal bin Farhan met Iranian Foreign Minister Hossein Amir-Abdollahian. Faisal bin Farhan and Amir-Abdollahian thanked China.", "en", new DateOnly(2023, 4, 6));
        Assert.DoesNotContain(g.Offices, o => o.Title == "Emir");
    }

    [Theory]
    [InlineData("وسلم وانغ يي الرئيس السيسي رسالة من الرئيس الصيني شي جين بينغ.", "Wang Yi", "President")]
    [InlineData("ويضم الوفد المرافق للرئيس الروسي وزير الخارجية سيرغي لافروف.", "Sergei Lavrov", "President")]
    [InlineData("حضر اللقاء المتحدث الرسمي باسم الرئيس دميتري بيسكوف.", "Dmitry Peskov", "President")]
    [InlineData("حضر اللقاء رئيس الاستخبارات العامة خالد الحميدان.", "Khalid al-Humaidan", "President")]
    public void Read_arabicTitleOfAnotherPerson_isNotThisPersonsOffice(string body, string person, string title)
    {
        var g = TestData.Extract(body, "ar", Date);
        Assert.DoesNotContain(g.Offices, o => o.Person == person && o.Title == title);
    }

    [Fact]
    public void Read_ambassadorToACountry_isNotThatCountrysAmbassador()
    {
        var g = TestData.Extract("حضر الاستقبال سفير خادم الحرمين الشريفين لدى الصين يحيى الزيد.", "ar", Date);
        Assert.DoesNotContain(g.Offices, o => o is { Title: "Ambassador", Country: "CN" });
    }

    [Fact]
    public void Read_titleThenCommaAndHonorific_isThePersonAfterThem()
    {
        var g = TestData.Extract("الجزائر - استقبل رئيس الجمهورية، السيد عبد المجيد تبون، اليوم بالجزائر العاصمة، وزير الخارجية الروسي سيرغي لافروف.", "ar", new DateOnly(2022, 5, 10));
        Assert.Contains(g.Offices, o => o.Person == "Abdelmadjid Tebboune" && o.Title == "President" && o.Country == "DZ");
    }

    [Fact]
    public void Read_malayHonorificsBetweenTitleAndName_andBareTitlesOfTheHomeCountry()
    {
        var g = TestData.Extract("PUTRAJAYA, June 19 (Bernama) -- Prime Minister Datuk Seri Anwar Ibrahim hosted a luncheon, attended by Foreign Minister Datuk Seri Mohamad Hasan and Transport Minister Anthony Loke.", "en", new DateOnly(2024, 6, 19));
        Assert.Contains(g.Offices, o => o.Person == "Anwar Ibrahim" && o.Title == "Prime Minister" && o.Country == "MY");
        Assert.Contains(g.Offices, o => o.Person == "Mohamad Hasan" && o.Title == "Foreign Minister" && o.Country == "MY");
        Assert.Contains(g.Offices, o => o.Person == "Anthony Loke" && o.Title == "Minister" && o.Country == "MY");
        Assert.DoesNotContain(g.Entities, e => e.Name.En == "Datuk Seri");
    }

    [Fact]
    public void Read_bareTitleInASentenceNamingAnotherCountry_isNotOfTheHomeCountry()
    {
        var g = TestData.Extract("RIYADH, Oct. 14 (SPA) -- The Russian side included Deputy Prime Minister Alexander Novak and Minister Maxim Reshetnikov.", "en", new DateOnly(2019, 10, 14));
        Assert.DoesNotContain(g.Offices, o => o.Country == "SA");
    }

    [Theory]
    [InlineData("RABAT, Dec. 14 (MAP) - Minister of Interior Abdelouafi Laftit held talks on Thursday in Rabat with his Spanish counterpart Fernando Grande-Marlaska.", "en")]
    [InlineData("الرباط 14 ديسمبر 2023 (ومع) - أجرى وزير الداخلية عبد الوافي لفتيت اليوم الخميس بالرباط مباحثات مع نظيره الإسباني فرناندو غراندي مارلاسكا.", "ar")]
    public void Read_bareTitleBeforeACounterpartOfAnotherCountry_isOfTheHomeCountry(string body, string lang)
    {
        var g = TestData.Extract(body, lang, new DateOnly(2023, 12, 14));
        Assert.Contains(g.Offices, o => o.Title == "Minister" && o.Country == "MA");
    }

    [Theory]
    [InlineData("DAR ES SALAAM, March 24 (Xinhua) -- Chinese President Xi Jinping held talks with his Tanzanian counterpart Jakaya Mrisho Kikwete here Sunday.", "en", "TZ", "President", "2013-03-24")]
    [InlineData("طهران 27 مارس 2021 (شينخوا) التقى وزير الخارجية الصيني وانغ يي ونظيره الإيراني محمد جواد ظريف.", "ar", "IR", "Foreign Minister", "2021-03-27")]
    public void Read_namedCounterpart_holdsThePossessorsOfficeInTheDemonymsCountry(string body, string lang, string iso, string title, string date)
    {
        var g = TestData.Extract(body, lang, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(g.Offices, o => o.Country == iso && o.Title == title);
    }

    [Fact]
    public void Read_arabicAdviserWithoutArticle_isNoChancellor()
    {
        var g = TestData.Extract("كما التقى وانغ يي علي لاريجاني مستشار قائد الثورة الإسلامية في إيران.", "ar", new DateOnly(2021, 3, 27));
        Assert.DoesNotContain(g.Offices, o => o.Title == "Chancellor");
    }

    [Theory]
    [InlineData("جرى اتصال هاتفي بين سمو ولي العهد وفخامة الرئيس رجب طيب أردوغان رئيس الجمهورية التركية.", "Crown Prince")]
    [InlineData("بوتين يلتقي أردوغان وأمير قطر على هامش القمة في أستانا", "Emir")]
    [InlineData("وشهد خادم الحرمين الشريفين والرئيس جوكو ويدودو توقيع الاتفاقيات.", "King")]
    public void Read_titleJoinedAfterAnotherPersonsPhrase_isNotThatPersons(string body, string title)
    {
        var g = TestData.Extract(body, "ar", new DateOnly(2022, 10, 13));
        Assert.DoesNotContain(g.Offices, o => o.Title == title && o.Person is "Recep Tayyip Erdogan" or "Joko Widodo");
    }

    [Fact]
    public void Read_titleWithDemonymAfterATitledName_isTheNextNames_butAfterAnUntitledNameItIsThatNames()
    {
        var g = TestData.Extract("استقبل الرئيس الإيراني إبراهيم رئيسي وزير الخارجية السعودي الأمير فيصل بن فرحان.\nواستقبل سامح شكري وزير الخارجية المصري فيسنا بوسيتش نائبة رئيس الوزراء ووزيرة خارجية كرواتيا.", "ar", new DateOnly(2023, 6, 17));
        Assert.Contains(g.Offices, o => o.Person == "Faisal bin Farhan" && o.Title == "Foreign Minister" && o.Country == "SA");
        Assert.DoesNotContain(g.Offices, o => o.Person == "Ebrahim Raisi" && o.Title == "Foreign Minister");
        Assert.Contains(g.Offices, o => o.Person == "Sameh Shoukry" && o.Title == "Foreign Minister" && o.Country == "EG");
    }

    [Fact]
    public void Read_countryAfterFi_isTheTitlesCountry_butAfterLadaItIsTheHostOfAnAccreditedPost()
    {
        var g = TestData.Extract("استقبل الملك رئيس مجلس الوزراء في جمهورية العراق السيد مصطفى الكاظمي. حضر الاستقبال صاحب السمو الملكي الأمير سعود الفيصل وزير الخارجية وسفير خادم الحرمين الشريفين لدى الصين.", "ar", new DateOnly(2012, 3, 31));
        Assert.Contains(g.Offices, o => o.Person == "Mustafa al-Kadhimi" && o.Country == "IQ");
        Assert.DoesNotContain(g.Offices, o => o.Country == "CN");
    }

    [Fact]
    public void Read_wordsAfterADefiniteTitleWhoseHolderIsNamed_areNoNewPerson()
    {
        var g = TestData.Extract("أبوظبي في 21 يونيو / وام / استقبل سمو الشيخ منصور بن زايد آل نهيان، اليوم، معالي بختيار سعيدوف وزير خارجية جمهورية أوزبكستان.\nوبحث سموه خلال اللقاء مع الوزير الأوزبكي فرص تطوير العلاقات الثنائية.", "ar", new DateOnly(2023, 6, 21));
        Assert.DoesNotContain(g.Entities, e => e.Name.Ar?.Contains("فرص", StringComparison.Ordinal) == true);
        Assert.Equal(2, g.Entities.Count(e => e.Type == "Person"));
    }

    [Theory]
    [InlineData("الجزائر، 28 نوفمبر 2022 (واج) - استقبل الوزير الأول، السيد أيمن بن عبد الرحمان، اليوم السفير.", "Aymen Benabderrahmane", "DZ")]
    [InlineData("تونس 3 مارس 2022 (وات) - أشرفت رئيسة الحكومة التونسية نجلاء بودن رمضان اليوم على اجتماع وزاري.", "Najla Bouden", "TN")]
    public void Read_maghrebAndFeminineFormsOfPrimeMinister(string body, string person, string iso)
    {
        var g = TestData.Extract(body, "ar", new DateOnly(2022, 11, 28));
        Assert.Contains(g.Offices, o => o.Person == person && o.Title == "Prime Minister" && o.Country == iso);
    }

    [Fact]
    public void Read_portfolioLongerThanThePhraseReader_endsAtTheCommaBeforeTheHonorific()
    {
        var g = TestData.Extract("القاهرة - 06 مارس 2024 (ومع) - أجرى وزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج، السيد ناصر بوريطة، اليوم مباحثات.", "ar", new DateOnly(2024, 3, 6));
        Assert.Contains(g.Offices, o => o.Person == "Nasser Bourita" && o.Title == "Foreign Minister" && o.Country == "MA");
    }

    [Fact]
    public void Read_ministersAccompanyingAVisitor_areNotOfTheDatelinesCountry()
    {
        var g = TestData.Extract("الجزائر، 18 يوليو 2022 (واج) - حل رئيس مجلس الوزراء الإيطالي ماريو دراغي اليوم بالجزائر.\nويرافق السيد دراغي في هذه الزيارة وزير التحول البيئي روبرتو تشينغولاني.", "ar", new DateOnly(2022, 7, 18));
        Assert.DoesNotContain(g.Offices, o => o.Country == "DZ");
    }

    [Fact]
    public void Read_presidentOfAnEnglishBody_holdsNoOfficeOfAState()
    {
        var g = TestData.Extract("The summit was attended by President of Kazakhstan Kassym-Jomart Tokayev and President of the European Council Antonio Costa.", "en", new DateOnly(2025, 4, 4));
        Assert.Contains(g.Offices, o => o.Person == "Kassym-Jomart Tokayev" && o.Title == "President" && o.Country == "KZ");
        Assert.DoesNotContain(g.Offices, o => o.Person == "Antonio Costa");
    }

    [Fact]
    public void Read_directorOfTheMinistersOffice_holdsNoMinistersOffice()
    {
        var g = TestData.Extract("حضر الاستقبال مدير عام مكتب سمو وزير الخارجية عبدالرحمن الداود.", "ar", new DateOnly(2022, 9, 29));
        Assert.DoesNotContain(g.Offices, o => o.Title == "Foreign Minister");
    }

    [Fact]
    public void Read_dayAfterATitle_endsItsPhrase()
    {
        var g = TestData.Extract("الخرطوم 9-2-2023 (سونا) - استقبل الفريق أول عبد الفتاح البرهان وزير الخارجية الروسي سيرغي لافروف. كما التقى الوزير الروسي اليوم نائب رئيس مجلس السيادة الانتقالي الفريق أول محمد حمدان دقلو.", "ar", new DateOnly(2023, 2, 9));
        Assert.DoesNotContain(g.Offices, o => o.Person == "Mohamed Hamdan Dagalo" && o.Country == "RU");
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Mohamed Hamdan Dagalo") && m.Participants.Contains("Sergei Lavrov"));
    }

    [Fact]
    public void Read_headOfANamedGovernment_isPrimeMinister_butNotOfARegionsGovernment()
    {
        var g = TestData.Extract("طرابلس 25 مارس 2021 (وال) - استقبل رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة اليوم وزير الخارجية الإيطالي لويجي دي مايو.", "ar", new DateOnly(2021, 3, 25));
        Assert.Contains(g.Offices, o => o.Person == "Abdul Hamid Dbeibah" && o.Title == "Prime Minister" && o.Country == "LY");
        var region = TestData.Extract("التقى رئيس الوزراء التركي بن علي يلدريم اليوم في أربيل رئيس حكومة الإقليم نيجيرفان بارزاني.", "ar", new DateOnly(2017, 1, 8));
        Assert.DoesNotContain(region.Offices, o => o.Title == "Prime Minister" && o.Country == "IQ");
        var caretaker = TestData.Extract("استقبل رئيس حكومة تصريف الأعمال نجيب ميقاتي اليوم في بيروت وزير الخارجية السعودي الأمير فيصل بن فرحان.", "ar", new DateOnly(2025, 1, 23));
        Assert.Contains(caretaker.Meetings, m => m.Participants.Contains("Najib Mikati") && m.Participants.Contains("Faisal bin Farhan"));
    }

    [Fact]
    public void Read_addressOfAnotherHeadAfterATitle_opensAnotherPersonsPhrase()
    {
        var g = TestData.Extract("الرياض 19 أكتوبر 2023 (واس) استقبل صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد رئيس مجلس الوزراء اليوم عددا من قادة دول آسيان.\nفقد استقبل سمو ولي العهد دولة رئيس وزراء جمهورية سنغافورة لي هسين لونغ.\nواستقبل سمو ولي العهد فخامة رئيس جمهورية إندونيسيا جوكو ويدودو.", "ar", new DateOnly(2023, 10, 19));
        Assert.DoesNotContain(g.Offices, o => o.Title == "Crown Prince" && o.Person != "Mohammed bin Salman");
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Mohammed bin Salman") && m.Participants.Contains("Lee Hsien Loong"));
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Mohammed bin Salman") && m.Participants.Contains("Joko Widodo"));
    }

    [Fact]
    public void Read_portfolioJoinedByAndToTheTitles_runsOnToTheName()
    {
        var g = TestData.Extract("BEIJING, Jan. 24 (Xinhua) -- Chinese Foreign Minister Wang Yi and Nauru's Minister for Foreign Affairs and Trade Lionel Aingimea signed a joint communique in Beijing.\nWang held talks with Aingimea before the signing ceremony.", "en", new DateOnly(2024, 1, 24));
        Assert.Contains(g.Offices, o => o.Person == "Lionel Aingimea" && o.Title == "Foreign Minister" && o.Country == "NR");
        Assert.Contains(g.Meetings, m => m.Participants.Contains("Wang Yi") && m.Participants.Contains("Lionel Aingimea"));
    }

    [Theory]
    [InlineData("الدوحة 22 يناير (قنا) التقى رئيس مجلس الشورى القطري حسن بن عبدالله الغانم اليوم رئيس الجمعية الوطنية الفيتنامية فونغ دينه هوي.", "ar")]
    [InlineData("DOHA, Jan. 22 (QNA) -- Shura Council Speaker Hassan bin Abdullah Al-Ghanim met Chairman of the National Assembly of Vietnam Vuong Dinh Hue.", "en")]
    public void Read_headsOfLegislatures_holdTheSpeakersOffice(string body, string lang)
    {
        var g = TestData.Extract(body, lang, new DateOnly(2022, 1, 22));
        Assert.Contains(g.Offices, o => o.Person == "Hassan bin Abdullah Al-Ghanim" && o.Title == "Speaker" && o.Country == "QA");
        Assert.Contains(g.Offices, o => o.Title == "Speaker" && o.Country == "VN");
    }

    [Fact]
    public void Read_vietnameseNameWithItsParticleThi_isOneUnknownName()
    {
        var g = TestData.Extract("هانوي 7 سبتمبر (أ ش أ) التقى الرئيس عبد الفتاح السيسي اليوم رئيسة مجلس الوزراء الفيتنامي نجوين تي لان.", "ar", new DateOnly(2017, 9, 7));
        var office = Assert.Single(g.Offices, o => o.Title == "Prime Minister" && o.Country == "VN");
        Assert.Contains(g.Entities, e => e.Name.En == office.Person && e.Name.Ar == "نجوين تي لان");
    }

    [Fact]
    public void Read_firstDeputyOfThePresident_isVicePresident()
    {
        var g = TestData.Extract("استقبل الرئيس بشار الأسد اليوم النائب الأول للرئيس الإيراني محمد مخبر والوفد المرافق له.", "ar", new DateOnly(2022, 1, 10));
        Assert.Contains(g.Offices, o => o.Person == "Mohammad Mokhber" && o.Title == "Vice President" && o.Country == "IR");
        Assert.DoesNotContain(g.Offices, o => o.Person == "Mohammad Mokhber" && o.Title == "President");
    }

    [Fact]
    public void Read_womanDeputyOfTheStateCouncil_isVicePremier()
    {
        var g = TestData.Extract("استقبل الرئيس عبد الفتاح السيسي اليوم سون تشون لان نائبة رئيس مجلس الدولة الصيني.", "ar", new DateOnly(2019, 6, 3));
        Assert.Contains(g.Offices, o => o.Person == "Sun Chunlan" && o.Title == "Vice Premier");
    }

    [Fact]
    public void Read_deputyPresident_isVicePresident()
    {
        var g = TestData.Extract("Deputy President William Ruto met visiting Ugandan President Yoweri Museveni in Nairobi on Wednesday.", "en", new DateOnly(2019, 3, 13));
        Assert.Contains(g.Offices, o => o.Person == "William Ruto" && o.Title == "Vice President");
    }

    [Fact]
    public void Read_arabicFirstVicePresidentBeforeTheFullCountryName_isVicePresident()
    {
        var g = TestData.Extract("طهران 11 نوفمبر 2024 (إرنا) - استقبل النائب الأول لرئيس الجمهورية الإسلامية الإيرانية محمد رضا عارف اليوم وزير الخارجية العماني.", "ar", new DateOnly(2024, 11, 11));
        Assert.Contains(g.Offices, o => o is { Person: "Mohammad Reza Aref", Title: "Vice President", Country: "IR" });
        Assert.DoesNotContain(g.Offices, o => o is { Person: "Mohammad Reza Aref", Title: "President" });
    }

    // Oman's "Minister Responsible for Foreign Affairs" is its foreign minister (titles.tsv).
    [Theory]
    [InlineData("Oman's Minister Responsible for Foreign Affairs Yusuf bin Alawi bin Abdullah arrived in Jakarta on Wednesday.", "en")]
    [InlineData("وصل الوزير المسؤول عن الشؤون الخارجية العماني يوسف بن علوي بن عبدالله إلى جاكرتا اليوم.", "ar")]
    public void Read_omansMinisterResponsibleForForeignAffairs_isForeignMinister(string body, string lang) =>
        Assert.Contains(TestData.Extract(body, lang, new DateOnly(2019, 3, 13)).Offices, o => o is { Person: "Yusuf bin Alawi bin Abdullah", Title: "Foreign Minister", Country: "OM" });
}
