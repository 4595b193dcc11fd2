using System.Globalization;
using System.Text;

namespace DiplomacyGraph.Export.Tests.Support;

/// <summary>
/// A strict parser for the statements the export writes — a node MERGE, a relationship MATCH…MERGE, and the id
/// constraint — with Cypher's string-literal rules (backslash escapes, \uXXXX). It splits the script on ';'
/// outside literals, so an escaping mistake shows up as a failed parse or a changed value. The full Neo4j lint
/// runs in CI.
/// </summary>
internal sealed class CypherSubsetParser
{
    public sealed record Statement(string Kind, string? Id, string? Label, string? From, string? To, IReadOnlyDictionary<string, object> Properties);

    private readonly string _text;
    private int _pos;

    private CypherSubsetParser(string text) => _text = text;

    /// <summary>Splits a script into statements; each must sit on its own line and end with ';'.</summary>
    public static IReadOnlyList<Statement> ParseScript(string script)
    {
        var lines = script.Split('\n');
        Assert.Equal(string.Empty, lines[^1]);
        return lines[..^1].Select(line =>
        {
            Assert.EndsWith(";", line, StringComparison.Ordinal);
            return new CypherSubsetParser(line).ParseStatement();
        }).ToList();
    }

    private Statement ParseStatement()
    {
        Statement statement;
        if (TryWord("CREATE"))
        {
            foreach (var w in "CONSTRAINT dg_node_id IF NOT EXISTS FOR ( n : Node ) REQUIRE n . id IS UNIQUE".Split(' ')) Expect(w);
            statement = new Statement("constraint", null, null, null, null, new Dictionary<string, object>());
        }
        else if (TryWord("MERGE"))
        {
            Expect("("); Expect("n"); Expect(":"); Expect("Node"); Expect("{"); Expect("id"); Expect(":");
            var id = StringLiteral();
            Expect("}"); Expect(")"); Expect("SET"); Expect("n"); Expect(":");
            var label = Identifier();
            var props = new Dictionary<string, object>(StringComparer.Ordinal);
            while (TryWord(",")) SetItem("n", props);
            statement = new Statement("node", id, label, null, null, props);
        }
        else
        {
            Expect("MATCH"); Expect("("); Expect("a"); Expect(":"); Expect("Node"); Expect("{"); Expect("id"); Expect(":");
            var from = StringLiteral();
            Expect("}"); Expect(")"); Expect(","); Expect("("); Expect("b"); Expect(":"); Expect("Node"); Expect("{"); Expect("id"); Expect(":");
            var to = StringLiteral();
            Expect("}"); Expect(")"); Expect("MERGE"); Expect("("); Expect("a"); Expect(")"); Expect("-"); Expect("["); Expect("r"); Expect(":");
            var type = Identifier();
            Expect("{"); Expect("id"); Expect(":");
            var id = StringLiteral();
            Expect("}"); Expect("]"); Expect("-"); Expect(">"); Expect("("); Expect("b"); Expect(")");
            var props = new Dictionary<string, object>(StringComparer.Ordinal);
            if (TryWord("SET"))
            {
                SetItem("r", props);
                while (TryWord(",")) SetItem("r", props);
            }
            statement = new Statement("relationship", id, type, from, to, props);
        }
        Expect(";");
        SkipSpace();
        Assert.True(_pos == _text.Length, $"text after ';' at {_pos}: {_text[_pos..]}");
        return statement;
    }

    private void SetItem(string variable, Dictionary<string, object> props)
    {
        Expect(variable); Expect(".");
        var key = Identifier();
        Expect("=");
        Assert.True(props.TryAdd(key, Value()), $"property {key} set twice");
    }

    private object Value()
    {
        SkipSpace();
        var c = _text[_pos];
        if (c == '\'') return StringLiteral();
        if (c == '[')
        {
            _pos++;
            var items = new List<string>();
            if (!TryWord("]"))
            {
                do items.Add(StringLiteral()); while (TryWord(","));
                Expect("]");
            }
            return items;
        }
        if (char.IsAsciiDigit(c))
        {
            var start = _pos;
            while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos])) _pos++;
            return long.Parse(_text[start.._pos], CultureInfo.InvariantCulture);
        }
        if (TryWord("true")) return true;
        if (TryWord("false")) return false;
        Expect("date"); Expect("(");
        var text = StringLiteral();
        Expect(")");
        return DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private string StringLiteral()
    {
        SkipSpace();
        Assert.True(_text[_pos] == '\'', $"string literal expected at {_pos}: {_text[_pos..]}");
        _pos++;
        var sb = new StringBuilder();
        while (true)
        {
            Assert.True(_pos < _text.Length, "unterminated string literal");
            var c = _text[_pos++];
            if (c == '\'') return sb.ToString();
            Assert.False(c is '\n' or '\r', "raw line break inside a string literal");
            if (c != '\\') { sb.Append(c); continue; }
            var e = _text[_pos++];
            switch (e)
            {
                case '\\': sb.Append('\\'); break;
                case '\'': sb.Append('\''); break;
                case '"': sb.Append('"'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'u':
                    sb.Append((char)int.Parse(_text.AsSpan(_pos, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    _pos += 4;
                    break;
                default: Assert.Fail($"unknown escape \\{e}"); break;
            }
        }
    }

    private string Identifier()
    {
        SkipSpace();
        if (_text[_pos] == '`')
        {
            var end = _text.IndexOf('`', _pos + 1);
            var name = _text[(_pos + 1)..end];
            _pos = end + 1;
            return name;
        }
        var start = _pos;
        while (_pos < _text.Length && (char.IsAsciiLetterOrDigit(_text[_pos]) || _text[_pos] == '_')) _pos++;
        Assert.True(_pos > start, $"identifier expected at {start}: {_text[start..]}");
        return _text[start.._pos];
    }

    private bool TryWord(string word)
    {
        SkipSpace();
        if (string.CompareOrdinal(_text, _pos, word, 0, word.Length) != 0) return false;
        var end = _pos + word.Length;
        if (char.IsAsciiLetter(word[^1]) && end < _text.Length && (char.IsAsciiLetterOrDigit(_text[end]) || _text[end] == '_')) return false;
        _pos = end;
        return true;
    }

    private void Expect(string word) => Assert.True(TryWord(word), $"'{word}' expected at {_pos}: {_text[_pos..]}");

    private void SkipSpace()
    {
        while (_pos < _text.Length && _text[_pos] == ' ') _pos++;
    }
}
