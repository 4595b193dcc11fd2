namespace DiplomacyGraph.Extraction.Text;

/// <summary>
/// The match-key view of a text: its tokens and one key string (word keys joined by spaces, '|' where punctuation
/// or a line break separates them) with, for each key character, the token it came from (-1 for separators).
/// The original text is never changed; every offset maps back through the tokens.
/// </summary>
internal sealed class TokenizedText(IReadOnlyList<Token> tokens, string key, int[] keyToken)
{
    public IReadOnlyList<Token> Tokens { get; } = tokens;

    public string Key { get; } = key;

    public int[] KeyToken { get; } = keyToken;
}
