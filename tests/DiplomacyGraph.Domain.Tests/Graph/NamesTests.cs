using DiplomacyGraph.Domain.Graph;

namespace DiplomacyGraph.Domain.Tests.Graph;

public sealed class NamesTests
{
    [Fact]
    public void MergeWith_curatedEnglishBeatsMachineMade()
    {
        var machine = new Names("Bakitjan Sajintayif", "باكيتجان ساجينتاييف", EnIsMachineMade: true);
        var curated = new Names("Bakytzhan Sagintayev", null);
        var merged = machine.MergeWith(curated);
        Assert.Equal("Bakytzhan Sagintayev", merged.En);
        Assert.Equal("باكيتجان ساجينتاييف", merged.Ar);
        Assert.False(merged.EnIsMachineMade);
    }

    [Fact]
    public void MergeWith_firstCuratedNameStays()
    {
        var merged = new Names("Xi Jinping", null).MergeWith(new Names("Xi Jin Ping", "شي جين بينغ"));
        Assert.Equal("Xi Jinping", merged.En);
        Assert.Equal("شي جين بينغ", merged.Ar);
    }

    [Fact]
    public void MergeWith_isIdempotent()
    {
        var n = new Names("Xi Jinping", "شي جين بينغ");
        Assert.Equal(n, n.MergeWith(n));
    }

    [Theory]
    [InlineData("ar", "شي جين بينغ")]
    [InlineData("en", "Xi Jinping")]
    [InlineData("AR", "شي جين بينغ")]
    public void Get_picksLanguage(string lang, string expected) =>
        Assert.Equal(expected, new Names("Xi Jinping", "شي جين بينغ").Get(lang));

    [Fact]
    public void Get_fallsBackToOtherLanguage() => Assert.Equal("Xi Jinping", new Names("Xi Jinping", null).Get("ar"));
}
