using DiplomacyGraph.Domain.Articles;

namespace DiplomacyGraph.Cli.Articles;

/// <summary>One article file as read from disk: the parsed article, or the reason it could not be read.</summary>
internal sealed record ArticleFile(string Path, Article? Article, string? Error)
{
    public string Name => System.IO.Path.GetFileName(Path);
}
