using DiplomacyGraph.Domain.Text;

namespace DiplomacyGraph.Domain.Tests.Text;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("أحمد", "احمد")]            // alef with hamza above
    [InlineData("إسلام آباد", "اسلام اباد")] // hamza below, madda
    [InlineData("مصطفى", "مصطفي")]          // alef maqsura
    [InlineData("جدة", "جده")]              // ta marbuta
    [InlineData("شَيْ", "شي")]               // harakat
    [InlineData("الرئيـــس", "الرئيس")]      // tatweel
    [InlineData("٢٠١٨", "2018")]             // Arabic-Indic digits
    [InlineData("  Xi   JINPING ", "xi jinping")]
    [InlineData("\u200Fبكين\u200E", "بكين")] // bidi marks
    public void Of_foldsLikeTheReferenceScorer(string input, string expected) =>
        Assert.Equal(expected, NameKey.Of(input));

    [Theory]
    [InlineData("قازاقستان", "قازقستان", false)]
    [InlineData("شي جين بينغ", "شى جين بينغ", true)]
    public void Of_equalKeysOnlyForTheSameWrittenName(string a, string b, bool equal) =>
        Assert.Equal(equal, NameKey.Of(a) == NameKey.Of(b));

    [Fact]
    public void Of_isCultureInvariant()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
            Assert.Equal("istanbul", NameKey.Of("ISTANBUL"));
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
            Assert.Equal("istanbul", NameKey.Of("ISTANBUL"));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Of_nullOrBlank_isEmpty()
    {
        Assert.Equal(string.Empty, NameKey.Of(null));
        Assert.Equal(string.Empty, NameKey.Of(" \t"));
    }

    // Every character char.IsWhiteSpace calls white space separates words, and no other does (the fast path skips the
    // Unicode look-up between U+00FF and U+1680).
    [Fact]
    public void Of_splitsOnExactlyTheWhiteSpaceCharacters()
    {
        for (var c = '\u0001'; c < '\uFFFF'; c++)
        {
            if (ArabicFolding.Fold(c) != c || char.IsSurrogate(c)) continue;
            var key = NameKey.Of("x" + c + "y");
            Assert.True(char.IsWhiteSpace(c) ? key == "x y" : key != "x y", $"U+{(int)c:X4}");
        }
    }
}
