using DiplomacyGraph.Domain.Graph;

namespace DiplomacyGraph.Storage.Tests.Contract;

/// <summary>
/// The meeting fixture: four persons, four countries, two places, six meetings (one undated, two on one day),
/// two articles, one of which mentions an initiative.
/// </summary>
/// <remarks>
/// m1 2018-11-22 A,B Beijing CN KZ (art1) · m2 2019-03-01 A,C Cairo CN EG (art2) · m3 2019-03-01 A,B Cairo CN KZ (art2)
/// · m4 2020-01-10 A,B,C Beijing CN KZ EG (art1) · m5 undated A,D CN RU (art2) · m6 2017-05-05 B,C KZ EG (art2).
/// </remarks>
public sealed class MeetingGraph
{
    public MeetingGraph()
    {
        var b = new TestGraphBuilder();
        Cn = b.Country("CN", "China", "الصين");
        Kz = b.Country("KZ", "Kazakhstan", "قازاقستان");
        Eg = b.Country("EG", "Egypt", "مصر");
        Ru = b.Country("RU", "Russia", "روسيا");
        A = b.Person("Xi Jinping", "شي جين بينغ", "شي");
        B = b.Person("Bakytzhan Sagintayev", "باكيتجان ساجينتاييف");
        C = b.Person("Abdel Fattah al-Sisi", "عبد الفتاح السيسي");
        D = b.Person("Vladimir Putin", "فلاديمير بوتين");
        b.Edge(RelationshipTypes.HoldsOffice, A, Cn, "President", new Dictionary<string, string> { ["title"] = "President" });
        Beijing = b.Place("Beijing", "بكين", "CN");
        Cairo = b.Place("Cairo", "القاهرة", "EG");
        Initiative = b.Entity(NodeKind.Initiative, "Belt and Road Initiative", "مبادرة الحزام والطريق");

        Article1 = b.Article("art1");
        b.Edge(RelationshipTypes.Mentions, Article1, Initiative);
        M1 = b.Meeting(new DateOnly(2018, 11, 22), [A, B], ["CN", "KZ"], Beijing);
        M4 = b.Meeting(new DateOnly(2020, 1, 10), [A, B, C], ["CN", "KZ", "EG"], Beijing);

        Article2 = b.Article("art2");
        M2 = b.Meeting(new DateOnly(2019, 3, 1), [A, C], ["CN", "EG"], Cairo);
        M3 = b.Meeting(new DateOnly(2019, 3, 1), [A, B], ["CN", "KZ"], Cairo);
        M5 = b.Meeting(null, [A, D], ["CN", "RU"]);
        M6 = b.Meeting(new DateOnly(2017, 5, 5), [B, C], ["KZ", "EG"]);
        Batch = b.Build();
    }

    public GraphBatch Batch { get; }
    public string Cn { get; }
    public string Kz { get; }
    public string Eg { get; }
    public string Ru { get; }
    public string A { get; }
    public string B { get; }
    public string C { get; }
    public string D { get; }
    public string Beijing { get; }
    public string Cairo { get; }
    public string Initiative { get; }
    public string Article1 { get; }
    public string Article2 { get; }
    public string M1 { get; }
    public string M2 { get; }
    public string M3 { get; }
    public string M4 { get; }
    public string M5 { get; }
    public string M6 { get; }

    /// <summary>m2 and m3 share a date; in ascending order the smaller id comes first.</summary>
    public (string First, string Second) SameDayAscending =>
        string.CompareOrdinal(M2, M3) < 0 ? (M2, M3) : (M3, M2);
}
