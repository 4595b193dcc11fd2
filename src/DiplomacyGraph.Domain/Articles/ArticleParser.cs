using System.Globalization;

namespace DiplomacyGraph.Domain.Articles;

/// <summary>
/// Reads an article file: an optional header of <c>key: value</c> lines ended by a blank line, then the body.
/// A first block that is not all <c>key: value</c> lines is body, not header.
/// </summary>
public static class ArticleParser
{
    private const int MaxHeaderLines = 40;

    public static Article Parse(string file, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.TrimStart('\uFEFF');
        var header = new Dictionary<string, string>(StringComparer.Ordinal);
        var body = text;
        var lines = text.Split('\n');
        var i = 0;
        for (; i < lines.Length && i < MaxHeaderLines; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0) break;
            var colon = line.IndexOf(':');
            if (colon <= 0 || !IsKey(line.AsSpan(0, colon))) { header.Clear(); i = -1; break; }
            header[line[..colon].Trim().ToLowerInvariant()] = line[(colon + 1)..].Trim();
        }
        if (i > 0 && i < lines.Length && header.Count > 0)
            body = string.Join('\n', lines, i + 1, lines.Length - i - 1);
        else
            header.Clear();

        return new Article(file, body)
        {
            Lang = Get(header, "lang") is { } l && (l == "ar" || l == "en") ? l : null,
            Url = Get(header, "url") is { } u && u != "unknown" ? u : null,
            Source = Get(header, "source"),
            Title = Get(header, "title"),
            PublishedDate = Get(header, "date") is { } d && DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
            Header = header,
        };
    }

    private static string? Get(Dictionary<string, string> h, string key) =>
        h.TryGetValue(key, out var v) && v.Length > 0 ? v : null;

    private static bool IsKey(ReadOnlySpan<char> s)
    {
        s = s.Trim();
        if (s.Length is 0 or > 32) return false;
        foreach (var c in s)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-')) return false;
        return true;
    }
}
