using DiplomacyGraph.Extraction.Pipeline;

namespace DiplomacyGraph.Extraction.Tests.Pipeline;

public sealed class PhoneticIndexTests
{
    private static readonly PhoneticIndex Index = new(DiplomacyGraph.Extraction.Gazetteer.Gazetteer.Load(TestData.GazetteerDirectory));

    [Theory]
    // Spellings the gazetteer does not list: an Arabic variant of a Chinese given name, a Latin vowel.
    [InlineData("شين جين بينغ", "Xi Jinping")]
    [InlineData("Sergey Lavrov", "Sergei Lavrov")]
    public void Find_spellingsOfAKnownName_findThatPerson(string name, string expected) =>
        Assert.Equal(expected, Index.Find(name)?.NameEn);

    [Theory]
    // Every sound shared with "Fahad Al-Yousef", but another given name where the words break.
    [InlineData("Fadillah Yusof")]
    // Breaks like "William Lai" and begins like "Lai Ching-te": neither name of that person.
    [InlineData("El Molla")]
    // Every class shared with "Hamid Ansari" (the h between two m's is dropped), and a given name of one of his names
    // (Mohammad Hamid Ansari); but it opens on m where his opens on h.
    [InlineData("Mohamed Ennaceur")]
    public void Find_latinNameWithAnotherGivenName_findsNoOne(string name) => Assert.Null(Index.Find(name));

    [Theory]
    // The key drops h and ح: محمد, أحمد and حمد all sound M-D. In a lineage the father's name tells two men apart.
    [InlineData("Abdullah bin Mohammed")]
    [InlineData("عبدالله بن محمد")]
    [InlineData("Abdullah bin Ahmed")]
    public void Find_lineageWithAnotherFathersName_findsNoOne(string name) => Assert.Null(Index.Find(name));

    [Theory]
    // The same father's name in the other script or another spelling is still the same man.
    [InlineData("عبد الله بن حمد آل ثاني", "Abdullah bin Hamad Al Thani")]
    [InlineData("Abdulla bin Hamad Al-Thani", "Abdullah bin Hamad Al Thani")]
    public void Find_lineageWithTheSameFathersName_findsThatPerson(string name, string expected) =>
        Assert.Equal(expected, Index.Find(name)?.NameEn);

    [Theory]
    // The first and last words of a known name, but as many words with another middle name: another person (a
    // Vietnamese middle name; a Kuwaiti father's name).
    [InlineData("Tran Luu Quang")]
    [InlineData("محمد عبدالله المبارك الصباح")]
    public void Find_sameEndsWithAnotherMiddleName_findsNoOne(string name) => Assert.Null(Index.Find(name));

    [Theory]
    [InlineData("Abdullah bin Mohammed", "عبدالله بن محمد")]
    [InlineData("Mohammed bin Ahmed Al Bowardi", "محمد بن أحمد البواردي")]
    [InlineData("Sultan bin Abdulaziz", "سلطان بن عبد العزيز")]
    public void LineageKey_sameNameInBothScripts_agrees(string latin, string arabic) =>
        Assert.Equal(PhoneticIndex.LineageKey(arabic), PhoneticIndex.LineageKey(latin));

    [Theory]
    [InlineData("Abdullah bin Mohammed", "Abdullah bin Hamad")]
    [InlineData("Khalid bin Ahmed", "Khalid bin Hamad")]
    public void LineageKey_anotherFathersName_differs(string a, string b) =>
        Assert.NotEqual(PhoneticIndex.LineageKey(a), PhoneticIndex.LineageKey(b));

    [Fact]
    // One sound off "تشن وي تشينغ" (Chen Weiqing) only by running two of its words together: another man.
    public void Find_nameOneSoundOffByItsWordBreaks_findsNoOne() => Assert.Null(Index.Find("تشو تشيانغ"));

    [Theory]
    // One sound apart from ميلوش زيمان (M-D-Z-M-N, M-L-Z-M-N), but محمد opens many Arabic names and none of his.
    [InlineData("محمد عزمين")]
    public void Find_commonArabicGivenNameTheCandidateLacks_findsNoOne(string name) => Assert.Null(Index.Find(name));
}
