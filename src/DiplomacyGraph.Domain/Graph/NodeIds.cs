using System.Security.Cryptography;
using System.Text;
using DiplomacyGraph.Domain.Text;

namespace DiplomacyGraph.Domain.Graph;

/// <summary>
/// Stable ids. The same entity read from two articles, in either language, must get the same id:
/// that is what makes ingestion idempotent and merges an Arabic and an English story of one meeting.
/// </summary>
public static class NodeIds
{
    public static string Country(string iso) => "country:" + iso.ToUpperInvariant();

    /// <summary>An entity id from its kind and a canonical key (the English canonical name, or a phonetic key).</summary>
    public static string Entity(NodeKind kind, string canonicalKey) => Prefix(kind) + ":" + Slug(canonicalKey);

    /// <summary>
    /// A meeting is the same meeting when the same persons met on the same date. Undated meetings cannot be
    /// told apart from other meetings of the same persons, so they stay tied to the article that reports them.
    /// </summary>
    public static string Meeting(IEnumerable<string> participantIds, DateOnly? date, string articleId)
    {
        var parts = string.Join("|", participantIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        var when = date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return when is null
            ? "meeting:undated:" + Hash(parts + "|" + articleId)
            : "meeting:" + when + ":" + Hash(parts);
    }

    /// <summary>An article is identified by its body text, so the same text under another file name is the same article.</summary>
    public static string Article(string body) => "article:" + Hash(body.Trim());

    /// <summary>An edge id from its type, ends and the property that distinguishes parallel edges (an office title).</summary>
    public static string Edge(string type, string from, string to, string? discriminator = null)
    {
        if (RelationshipTypes.IsSymmetric(type) && string.CompareOrdinal(from, to) > 0) (from, to) = (to, from);
        return "edge:" + Hash(type + "|" + from + "|" + to + "|" + (discriminator ?? string.Empty));
    }

    public static string Prefix(NodeKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>Lower-case, hyphen-joined key; Arabic letters are kept (folded) when there is no Latin name.</summary>
    public static string Slug(string text)
    {
        var key = NameKey.Of(text);
        var sb = new StringBuilder(key.Length);
        var dash = false;
        foreach (var c in key.Normalize(NormalizationForm.FormD))
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                if (dash && sb.Length > 0) sb.Append('-');
                dash = false;
                sb.Append(c);
            }
            else dash = true;
        }
        return sb.Length == 0 ? Hash(text) : sb.ToString();
    }

    private static string Hash(string s) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(s)))[..16];
}
