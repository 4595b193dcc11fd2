using DiplomacyGraph.Cli.Articles;

namespace DiplomacyGraph.Cli.Tests.Articles;

public sealed class ArticleFilesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dg-files-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Read_validArticle_isParsed()
    {
        var path = Write("a.txt", "lang: en\ndate: 2018-11-22\n\nBEIJING -- Xi Jinping met Bakytzhan Sagintayev.");
        var file = ArticleFiles.Read(path);
        Assert.Null(file.Error);
        Assert.Equal("en", file.Article!.Lang);
    }

    [Theory]
    [InlineData(new byte[] { 0xC3, 0x28, 0x41 }, "not valid UTF-8")]
    [InlineData(new byte[] { 0x41, 0x00, 0x42 }, "binary")]
    [InlineData(new byte[0], "empty")]
    public void Read_badBytes_areReportedNotThrown(byte[] bytes, string reason)
    {
        var path = Path.Combine(_dir, "bad.txt");
        File.WriteAllBytes(path, bytes);
        var file = ArticleFiles.Read(path);
        Assert.Null(file.Article);
        Assert.Contains(reason, file.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_missingFile_isReported() =>
        Assert.Contains("no such file", ArticleFiles.Read(Path.Combine(_dir, "none.txt")).Error, StringComparison.Ordinal);

    [Fact]
    public void Expand_folder_givesTxtFilesInNameOrder()
    {
        Write("b.txt", "x");
        Write("a.txt", "x");
        Write("c.md", "x");
        var files = ArticleFiles.Expand([_dir]).Select(Path.GetFileName).ToList();
        Assert.Equal(["a.txt", "b.txt"], files);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
