using System.Buffers;

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
        // Keys are made for every word and name the extractor handles: fold into a stack buffer (a key is never
        // longer than its name) and hand back the name itself when folding changed nothing.
        char[]? rented = null;
        var buffer = name.Length <= 256 ? stackalloc char[name.Length] : (rented = ArrayPool<char>.Shared.Rent(name.Length));
        var n = 0;
        var pendingSpace = false;
        foreach (var raw in name)
        {
            var c = ArabicFolding.Fold(raw);
            if (c == '\0') continue;
            if (IsSpace(c))
            {
                pendingSpace = n > 0;
                continue;
            }
            if (pendingSpace) buffer[n++] = ' ';
            pendingSpace = false;
            buffer[n++] = c;
        }
        var key = buffer[..n];
        var result = key.SequenceEqual(name) ? name : new string(key);
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    // char.IsWhiteSpace, without its Unicode-table look-up for the letters of Arabic and most scripts: no white space
    // stands between U+00FF and U+1680.
    private static bool IsSpace(char c) => c < '\u0100' ? char.IsWhiteSpace(c) : c >= '\u1680' && char.IsWhiteSpace(c);
}
