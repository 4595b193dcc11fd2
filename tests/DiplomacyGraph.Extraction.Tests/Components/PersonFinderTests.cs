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
}
