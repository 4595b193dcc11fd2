using System.Globalization;
using System.Text;

namespace DiplomacyGraph.Export.Writers;

/// <summary>Cypher literals and names, escaped so any text (Arabic, quotes, backslashes, newlines) survives parsing.</summary>
internal static class CypherLiteral
{
    /// <summary>A single-quoted string literal. Non-ASCII text stays as it is; only quote, backslash and control characters are escaped.</summary>
    public static void String(StringBuilder sb, string value)
    {
        sb.Append('\'');
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '\'': sb.Append("\\'"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    // Other control and separator characters would break a line-based reading of the script.
                    if (char.IsControl(c) || c is '\u2028' or '\u2029')
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else
                        sb.Append(c);
                    break;
            }
        }
        sb.Append('\'');
    }

    public static void List(StringBuilder sb, IEnumerable<string> items)
    {
        sb.Append('[');
        var first = true;
        foreach (var item in items)
        {
            if (!first) sb.Append(", ");
            first = false;
            String(sb, item);
        }
        sb.Append(']');
    }

    /// <summary>A label or relationship type: bare when it is a plain name, else back-quoted with back-quotes doubled.</summary>
    public static void Name(StringBuilder sb, string name)
    {
        if (Selection.RelationshipTypeNames.IsWellFormed(name) || IsPlainName(name)) sb.Append(name);
        else sb.Append('`').Append(name.Replace("`", "``", StringComparison.Ordinal)).Append('`');
    }

    private static bool IsPlainName(string name) =>
        name.Length > 0 && char.IsAsciiLetter(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
