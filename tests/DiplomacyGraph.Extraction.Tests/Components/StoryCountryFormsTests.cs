namespace DiplomacyGraph.Extraction.Tests.Components;

public sealed class StoryCountryFormsTests
{
    private static readonly DateOnly Date = new(2024, 4, 23);

    [Fact]
    public void Read_countryWrittenLikeACityOfTheStorysCountry_isTheCity()
    {
        var g = TestData.Extract("عمان 23 نيسان (بترا) - أجرى جلالة الملك عبدالله الثاني اليوم مباحثات مع أمير الكويت الشيخ مشعل الأحمد الجابر الصباح في قصر بسمان بالعاصمة الأردنية عمان.", "ar", Date);
        Assert.DoesNotContain(g.Entities, e => e.Type == "Country" && e.Iso == "OM");
        Assert.Contains(g.Entities, e => e.Type == "Place" && e.Name.En == "Amman");
    }

    [Fact]
    public void Read_countryNamedInFull_staysTheCountryEverywhere()
    {
        var g = TestData.Extract("عمان 23 نيسان (بترا) - استقبل جلالة الملك عبدالله الثاني اليوم وزير خارجية سلطنة عمان بدر البوسعيدي، وبحث معه العلاقات بين الأردن وعمان.", "ar", Date);
        Assert.Contains(g.Entities, e => e.Type == "Country" && e.Iso == "OM");
    }

    [Fact]
    public void Read_theKingdom_inAStoryFromAnotherKingdom_isThatKingdom()
    {
        var g = TestData.Extract("عمان 23 نيسان (بترا) - وصل الرئيس الإندونيسي برابوو سوبيانتو إلى عمان أمس، في أول زيارة له إلى المملكة منذ توليه منصبه.", "ar", Date);
        Assert.DoesNotContain(g.Entities, e => e.Iso == "SA");
        Assert.Contains(g.Entities, e => e.Type == "Country" && e.Iso == "JO");
        var saudi = TestData.Extract("الرياض 23 أبريل (واس) - وصل الرئيس الإندونيسي إلى الرياض أمس، في أول زيارة له إلى المملكة منذ توليه منصبه.", "ar", Date);
        Assert.Contains(saudi.Entities, e => e.Iso == "SA");
    }
}
