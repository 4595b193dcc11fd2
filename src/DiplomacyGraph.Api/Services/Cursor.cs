using System.Buffers.Text;
using System.Globalization;
using System.Text;
using DiplomacyGraph.Api.GraphQL;

namespace DiplomacyGraph.Api.Services;

/// <summary>Opaque Relay cursors. A cursor is the position of a row in its ordered result ("o:42", base64url).</summary>
internal static class Cursor
{
    private const string Prefix = "o:";

    public static string Encode(int offset) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The offset of the row after <paramref name="after"/>; 0 when null.</summary>
    public static int OffsetAfter(string? after)
    {
        if (after is null) return 0;
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(after));
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
                && offset < int.MaxValue)
                return offset + 1;
        }
        catch (FormatException)
        {
            // Falls through to the error below: a cursor we did not make.
        }
        throw ApiError.InvalidArgument("after", $"'{after}' is not a cursor returned by this API.");
    }
}
