using DiplomacyGraph.Extraction.Text;

namespace DiplomacyGraph.Extraction.Tests.Text;

/// <summary>One test per match-key rule, with real Arabic; the original text is never altered.</summary>
public sealed class NormalisationTests
{
    private static string Key(string s) => Tokenizer.Tokenize(s).Key;

    [Fact]
    public void Key_diacritics_areDropped() => Assert.Equal(Key("شبه"), Key("شَبَّهَ"));

    [Fact]
    public void Key_tatweel_isDropped() => Assert.Equal(Key("الصين"), Key("الصـــين"));

    [Fact]
    public void Key_alefWithHamzaAbove_foldsToBareAlef() => Assert.Equal(Key("اعرب"), Key("أعرب"));

    [Fact]
    public void Key_alefWithHamzaBelow_foldsToBareAlef() => Assert.Equal(Key("الى"), Key("إلى"));

    [Fact]
    public void Key_alefMadda_foldsToBareAlef() => Assert.Equal(Key("ال سعود"), Key("آل سعود"));

    [Fact]
    public void Key_alefMaqsura_foldsToYa() => Assert.Equal(Key("الصيني"), Key("الصينى"));

    [Fact]
    public void Key_taMarbuta_foldsToHa() => Assert.Equal(Key("جده"), Key("جدة"));

    [Fact]
    public void Key_arabicIndicDigits_becomeAscii() => Assert.Equal("22 نوفمبر 2018", Key("٢٢ نوفمبر ٢٠١٨"));

    [Fact]
    public void Key_englishCase_isFolded() => Assert.Equal(Key("beijing"), Key("BEIJING"));

    [Fact]
    public void Key_zeroWidthAndBidiMarks_doNotSplitWords() => Assert.Equal(Key("قازقستان"), Key("قاز\u200cق\u200fستان"));

    [Fact]
    public void Tokens_offsets_pointIntoTheOriginalText()
    {
        const string text = "التقى الرئيسُ الصيني، شي";
        var t = Tokenizer.Tokenize(text);
        Assert.Equal(["التقى", "الرئيسُ", "الصيني", "،", "شي"], t.Tokens.Select(x => text[x.Start..x.End]));
        Assert.Equal("التقي الرييس الصيني | شي".Replace("الرييس", "الرئيس", StringComparison.Ordinal), t.Key);
    }

    [Fact]
    public void Tokens_joiners_doNotBreakAName()
    {
        var t = Tokenizer.Tokenize("NUR-SULTAN. KAZINFORM");
        Assert.Equal("nur sultan | kazinform", t.Key);
    }

    [Fact]
    public void Tokens_sameWordTwice_shareOneKeyString()
    {
        var t = Tokenizer.Tokenize("Beijing and BEIJING");
        Assert.Same(t.Tokens[0].Key, t.Tokens[2].Key);
    }

    [Fact]
    public void KeyToken_mapsEachKeyCharacterToItsToken()
    {
        var t = Tokenizer.Tokenize("Xi, Li");
        Assert.Equal("xi | li", t.Key);
        Assert.Equal([0, 0, -1, -1, -1, 2, 2], t.KeyToken);
    }
}
