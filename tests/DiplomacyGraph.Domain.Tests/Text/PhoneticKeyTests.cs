using DiplomacyGraph.Domain.Text;

namespace DiplomacyGraph.Domain.Tests.Text;

public sealed class PhoneticKeyTests
{
    [Theory]
    [InlineData("ساجينتاييف", "Sagintayev")]
    [InlineData("نزارباييف", "Nazarbayev")]
    [InlineData("شي جين بينغ", "Xi Jinping")]
    [InlineData("توكاييف", "Tokayev")]
    [InlineData("لافروف", "Lavrov")]
    public void Of_arabicAndLatinSpellingsOfOneName_agree(string arabic, string latin) =>
        Assert.Equal(PhoneticKey.Of(latin), PhoneticKey.Of(arabic));

    [Theory]
    [InlineData("Sagintayev", "Nazarbayev")]
    [InlineData("لافروف", "بوتين")]
    public void Of_differentNames_differ(string a, string b) =>
        Assert.NotEqual(PhoneticKey.Of(a), PhoneticKey.Of(b));

    [Theory]
    [InlineData("محمد", "Mohammed")]
    [InlineData("حمد", "Hamad")]
    [InlineData("عبدالله", "Abdullah")]
    [InlineData("شهباز", "Shehbaz")]
    public void Of_keepingH_arabicAndLatinSpellingsOfOneName_agree(string arabic, string latin) =>
        Assert.Equal(PhoneticKey.Of(latin, keepH: true), PhoneticKey.Of(arabic, keepH: true));

    [Fact]
    public void Of_keepingH_tellsMohammedFromHamad_whichTheKeyAloneDoesNot()
    {
        Assert.Equal(PhoneticKey.Of("Hamad"), PhoneticKey.Of("Mohammed"));
        Assert.NotEqual(PhoneticKey.Of("Hamad", keepH: true), PhoneticKey.Of("Mohammed", keepH: true));
    }

    [Fact]
    public void Of_blank_isEmpty() => Assert.Equal(string.Empty, PhoneticKey.Of("  "));
}
