using DiplomacyGraph.Domain.Articles;

namespace DiplomacyGraph.Domain.Tests.Articles;

public sealed class ArticleParserTests
{
    [Fact]
    public void Parse_headerBlock_isReadAndBodyFollowsBlankLine()
    {
        var text = "url: unknown\nsource: Xinhua Arabic\ndate: 2018-11-22\nlang: ar\n\nبكين 22 نوفمبر 2018 / التقى\n";
        var a = ArticleParser.Parse("000_ar.txt", text);
        Assert.Equal("ar", a.Lang);
        Assert.Null(a.Url); // "unknown" is no URL
        Assert.Equal(new DateOnly(2018, 11, 22), a.PublishedDate);
        Assert.Equal("Xinhua Arabic", a.Source);
        Assert.StartsWith("بكين", a.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_noHeader_wholeTextIsBody()
    {
        var text = "BEIJING, Oct. 17 (Xinhua) -- Chinese President Xi Jinping met\n\nmore text";
        var a = ArticleParser.Parse("x.txt", text);
        Assert.Equal(text, a.Body);
        Assert.Empty(a.Header);
        Assert.Null(a.Lang);
    }

    [Fact]
    public void Parse_firstBlockWithProse_isNotAHeader()
    {
        var text = "Note: this is prose, not a header\nsecond line without a key\n\nbody";
        var a = ArticleParser.Parse("x.txt", text);
        Assert.Equal(text, a.Body);
    }

    [Fact]
    public void Parse_badDateAndUnknownLang_areIgnored()
    {
        var a = ArticleParser.Parse("x.txt", "date: unknown\nlang: fr\n\nbody");
        Assert.Null(a.PublishedDate);
        Assert.Null(a.Lang);
        Assert.Equal("body", a.Body);
    }

    [Fact]
    public void Parse_crlfAndBom_areHandled()
    {
        var a = ArticleParser.Parse("x.txt", "\uFEFFlang: en\r\ndate: 2020-01-02\r\n\r\nBody text");
        Assert.Equal("en", a.Lang);
        Assert.Equal(new DateOnly(2020, 1, 2), a.PublishedDate);
        Assert.Equal("Body text", a.Body);
    }

    [Fact]
    public void Parse_emptyText_givesEmptyBody() => Assert.Equal(string.Empty, ArticleParser.Parse("e.txt", "").Body);
}
