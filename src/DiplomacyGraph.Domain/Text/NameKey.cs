using System.Text;

namespace DiplomacyGraph.Domain.Text;

/// <summary>
/// The key under which a name is looked up: folded Arabic, invariant lower case, single spaces.
/// Equal keys mean "the same written name" in either script; the same rule as the reference scorer.
/// </summary>
public static class NameKey
{
    public static string Of(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return string.Empty;
        var sb = new StringBuilder(name.Length);
        var pendingSpace = false;
        foreach (var raw in name)
        {
            var c = ArabicFolding.Fold(raw);
            if (c == '\0') continue;
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
