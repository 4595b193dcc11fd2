using System.Text;
using DiplomacyGraph.Domain.Articles;

namespace DiplomacyGraph.Cli.Articles;

/// <summary>
/// Finds and reads article files: each PATH is a file or a folder (its *.txt files, recursively, in name order).
/// A file that is not valid UTF-8, is empty or too large is reported with its reason; the others go on.
/// </summary>
internal static class ArticleFiles
{
    /// <summary>Larger files are not news articles; refusing them keeps one bad file from eating memory.</summary>
    public const long MaxBytes = 8 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        foreach (var p in paths)
        {
            if (Directory.Exists(p))
            {
                foreach (var f in Directory.EnumerateFiles(p, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                    yield return f;
            }
            else
            {
                yield return p;
            }
        }
    }

    public static ArticleFile Read(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return new ArticleFile(path, null, "no such file or folder");
            if (info.Length == 0) return new ArticleFile(path, null, "the file is empty");
            if (info.Length > MaxBytes) return new ArticleFile(path, null, $"the file is {info.Length:N0} bytes; articles are limited to {MaxBytes:N0}");
            var text = StrictUtf8.GetString(File.ReadAllBytes(path));
            if (text.Contains('\0')) return new ArticleFile(path, null, "the file is binary (NUL bytes), not UTF-8 text");
            var article = ArticleParser.Parse(System.IO.Path.GetFileName(path), text);
            if (string.IsNullOrWhiteSpace(article.Body)) return new ArticleFile(path, null, "the article has a header but no body");
            return new ArticleFile(path, article, null);
        }
        catch (DecoderFallbackException)
        {
            return new ArticleFile(path, null, "the file is not valid UTF-8 text");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ArticleFile(path, null, e.Message);
        }
    }
}
