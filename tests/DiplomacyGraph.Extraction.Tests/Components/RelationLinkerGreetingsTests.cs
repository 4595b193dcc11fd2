namespace DiplomacyGraph.Extraction.Tests.Components;

public sealed class RelationLinkerGreetingsTests
{
    private static IEnumerable<(string From, string To)> Greetings(Domain.Documents.DocumentGraph g) =>
        g.Relations.Where(r => r.Type == "CONVEYED_GREETINGS").Select(r => (r.From, r.To));

    [Fact]
    public void Link_sendersWithLongOfficesAndBlessings_allGoToTheOneAfterIlaPastTheirOffices()
    {
        var g = TestData.Extract("كمبالا في 9 أكتوبر / وام / التقى معالي الشيخ شخبوط بن نهيان آل نهيان وزير دولة اليوم فخامة يوري موسيفيني رئيس جمهورية أوغندا.\n"
            + "ونقل معاليه تحيات صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة \"حفظه الله\"، وصاحب السمو الشيخ محمد بن راشد آل مكتوم نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي \"رعاه الله\"، وسمو الشيخ منصور بن زايد آل نهيان نائب رئيس الدولة نائب رئيس مجلس الوزراء، إلى فخامته.", "ar", new DateOnly(2023, 10, 9));
        var sent = Greetings(g).ToList();
        Assert.Contains(("Mohamed bin Zayed", "Yoweri Museveni"), sent);
        Assert.Contains(("Mohammed bin Rashid Al Maktoum", "Yoweri Museveni"), sent);
        Assert.Contains(sent, s => s.From.StartsWith("Mansour bin Zayed", StringComparison.Ordinal) && s.To == "Yoweri Museveni");
    }

    [Fact]
    public void Link_greetingsLoadedOnTheGuest_goFromTheSubjectOfHammala_toEachOneJoined()
    {
        var g = TestData.Extract("نيروبي - واس\nاستقبل الرئيس الكيني وليام روتو اليوم المستشار بالديوان الملكي أحمد بن عبدالعزيز قطان.\n"
            + "من جانبه، حمّل الرئيس روتو المستشار قطان تحياته لخادم الحرمين الشريفين الملك سلمان بن عبدالعزيز ولسمو ولي العهد الأمير محمد بن سلمان.", "ar", new DateOnly(2023, 7, 14));
        var sent = Greetings(g).ToList();
        Assert.Contains(("William Ruto", "King Salman"), sent);
        Assert.Contains(("William Ruto", "Mohammed bin Salman"), sent);
        Assert.DoesNotContain(sent, s => s.From == "Ahmed Kattan");
    }

    [Fact]
    public void Link_bareHammalaWithOnlyTheGuestNamed_isTheSentenceSubjectsGreetings()
    {
        var g = TestData.Extract("القاهرة - أ ش أ\nاستقبل الرئيس عبد الفتاح السيسي اليوم الشيخ أحمد ناصر المحمد الصباح وزير الخارجية الكويتي.\n"
            + "وأعرب الرئيس السيسي عن تقديره لجهود الكويت، وحمل الشيخ أحمد ناصر تحياته إلى سمو الشيخ نواف الأحمد الجابر الصباح أمير الكويت.", "ar", new DateOnly(2021, 1, 20));
        var sent = Greetings(g).ToList();
        Assert.Contains(sent, s => s.From == "Abdel Fattah al-Sisi" && s.To.StartsWith("Nawaf", StringComparison.Ordinal));
        Assert.DoesNotContain(sent, s => s.From.StartsWith("Ahmad Nasser", StringComparison.Ordinal));
    }

    [Fact]
    public void Link_ownGreetingsAfterAReciprocalHammalahu_addNoGreetingsFromTheGuest()
    {
        var g = TestData.Extract("الرياض - واس\nاستقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود اليوم معالي وزير الخارجية الفرنسي لوران فابيوس.\n"
            + "ونقل معاليه لخادم الحرمين الشريفين تحيات فخامة الرئيس فرانسوا هولاند، فيما حمله – أيده الله – تحياته لفخامته.", "ar", new DateOnly(2015, 7, 20));
        var sent = Greetings(g).ToList();
        Assert.Contains(("François Hollande", "King Salman"), sent);
        Assert.Contains(("King Salman", "François Hollande"), sent);
        Assert.DoesNotContain(sent, s => s.From == "Laurent Fabius");
    }

    [Fact]
    public void Link_greetingsFromAListToOne_isEachOfTheList_andANameWordToIsNoPreposition()
    {
        var g = TestData.Extract("RIYADH, Oct. 30 (VNA) -- Vietnamese Prime Minister Pham Minh Chinh met Saudi Crown Prince Mohammed bin Salman. "
            + "Chinh conveyed greetings from Party General Secretary To Lam, State President Luong Cuong and National Assembly Chairman Tran Thanh Man to King Salman bin Abdulaziz Al Saud.", "en", new DateOnly(2024, 10, 30));
        var sent = Greetings(g).ToList();
        Assert.Equal(3, sent.Count(s => s.To == TestData.Known(g, "King Salman")));
        Assert.DoesNotContain(sent, s => s.To == "Luong Cuong" || s.To == "Tran Thanh Man");
    }

    [Fact]
    public void Link_greetingsPassedOnAfterMeetingSomeone_goToTheOneMet_notFromThem()
    {
        var g = TestData.Extract("OUAGADOUGOU, Oct. 5 (TASS) -- Russian Foreign Minister Sergey Lavrov met on Wednesday with Burkina Faso's interim President Ibrahim Traore and passed on best wishes from Russian President Vladimir Putin.", "en", new DateOnly(2023, 10, 5));
        Assert.DoesNotContain(Greetings(g), s => s.To == "Sergei Lavrov" || s.To == "Sergey Lavrov");
    }

    [Fact]
    public void Link_roundsFiredInSalute_areNoGreetings()
    {
        var g = TestData.Extract("أنقرة - وام\nاستقبل الرئيس التركي رجب طيب أردوغان اليوم صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة، حيث جرت لسموه مراسم استقبال رسمية وأطلقت المدفعية 21 طلقة تحية لسموه.", "ar", new DateOnly(2021, 11, 24));
        Assert.Empty(Greetings(g));
    }

    [Fact]
    public void Link_toInReferringTo_isNoRecipient()
    {
        var g = TestData.Extract("KUWAIT CITY, Dec. 4 (PTI) -- External Affairs Minister S Jaishankar met Kuwaiti Crown Prince Sheikh Sabah Khalid Al-Hamad Al-Sabah. \"Conveyed the greetings of President and Prime Minister,\" Jaishankar posted on X, referring to President Droupadi Murmu and Prime Minister Narendra Modi.", "en", new DateOnly(2024, 12, 4));
        Assert.DoesNotContain(Greetings(g), s => s.To == "Narendra Modi" || s.To == "Droupadi Murmu");
    }

    [Fact]
    public void Link_askedAfterAnd_isTheSubjectAsking_notTheOneThankedBefore()
    {
        var g = TestData.Extract("HARARE, Aug. 26 (Xinhua) -- Zimbabwean President Emmerson Mnangagwa met Chinese President Xi Jinping's special envoy Zhou Qiang. Mnangagwa expressed his gratitude to Xi for sending a special envoy to the ceremony, and asked Zhou to convey his sincere greetings to the Chinese president.", "en", new DateOnly(2018, 8, 26));
        Assert.Contains(Greetings(g), s => s == ("Emmerson Mnangagwa", "Xi Jinping"));
        Assert.DoesNotContain(Greetings(g), s => s.To == "Zhou Qiang");
    }

    [Fact]
    public void Link_recipientGluedToLamBeforeAResolvedTitle_isThatTitlesHolder()
    {
        var g = TestData.Extract("الرياض - واس\nاستقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود اليوم وزير الخارجية المصري سامح شكري.\nونقل معاليه لخادم الحرمين الشريفين تحيات فخامة الرئيس عبدالفتاح السيسي رئيس جمهورية مصر العربية.\nوقد حمل الملك المفدى معاليه نقل تحياته لفخامة رئيس جمهورية مصر العربية.", "ar", new DateOnly(2015, 3, 2));
        Assert.Contains(Greetings(g), s => s == ("King Salman", "Abdel Fattah al-Sisi"));
        Assert.DoesNotContain(Greetings(g), s => s.To == "Sameh Shoukry");
    }
}
