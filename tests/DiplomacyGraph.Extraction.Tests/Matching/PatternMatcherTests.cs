using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Extraction.Gazetteer;
using DiplomacyGraph.Extraction.Matching;
using DiplomacyGraph.Extraction.Text;

namespace DiplomacyGraph.Extraction.Tests.Matching;

public sealed class PatternMatcherTests
{
    private static Pattern P(string form, string lang = "ar", PatternKind kind = PatternKind.Entity, string? name = null)
    {
        var key = Tokenizer.Tokenize(form).Key;
        var article = lang == "ar" && ArabicClitics.TryStripArticle(key, out key);
        var entry = new GazetteerEntry { Kind = NodeKind.Country, Key = name ?? form, NameEn = name ?? form };
        return new Pattern(key, form, lang, kind, entry, null) { HasArticle = article, Capitalised = lang == "en" && char.IsUpper(form[0]) };
    }

    private static List<string> Found(PatternMatcher m, string text) =>
        m.Match(Tokenizer.Tokenize(text), text).Select(x => x.Pattern.Form).ToList();

    [Fact]
    public void Match_overlappingNames_takesLongestFirst()
    {
        var m = new PatternMatcher([P("الحزام والطريق"), P("مبادرة الحزام والطريق"), P("الطريق")]);
        Assert.Equal(["مبادرة الحزام والطريق"], Found(m, "في إطار مبادرة الحزام والطريق الصينية"));
    }

    [Fact]
    public void Match_equalLengthOverlap_takesEarliest()
    {
        var m = new PatternMatcher([P("a b", "en"), P("b c", "en")]);
        Assert.Equal(["a b"], Found(m, "x a b c"));
    }

    [Theory]
    [InlineData("وقازاقستان")]
    [InlineData("بقازاقستان")]
    [InlineData("لقازاقستان")]
    [InlineData("فقازاقستان")]
    [InlineData("كقازاقستان")]
    public void Match_arabicProclitic_isAllowedBeforeAName(string word) =>
        Assert.Equal(["قازاقستان"], Found(new PatternMatcher([P("قازاقستان")]), "زار " + word + " امس"));

    [Theory]
    [InlineData("الصين")]
    [InlineData("والصين")]
    [InlineData("بالصين")]
    [InlineData("للصين")]
    public void Match_nameWithArticle_takesArticleForms(string word) =>
        Assert.Equal(["الصين"], Found(new PatternMatcher([P("الصين")]), "زار " + word));

    [Fact]
    public void Match_nameWithArticle_needsTheArticleInText() =>
        Assert.Empty(Found(new PatternMatcher([P("الصين")]), "زار صين"));

    [Fact]
    public void Match_insideALongerWord_isNotAMatch() =>
        Assert.Empty(Found(new PatternMatcher([P("مصر")]), "المصرف مصري"));

    [Fact]
    public void Match_englishName_needsACapital() =>
        Assert.Equal(["Li"], Found(new PatternMatcher([P("Li", "en")]), "li said Li"));

    [Fact]
    public void Match_manyPatterns_stillFindsEachOnce()
    {
        var patterns = Enumerable.Range(0, 5000).Select(i => P("name" + i, "en", name: "N" + i)).Append(P("Kazakhstan", "en")).ToList();
        var m = new PatternMatcher(patterns);
        Assert.Equal(["Kazakhstan", "name4999"], Found(m, "In Kazakhstan name4999 met namex"));
    }
}
