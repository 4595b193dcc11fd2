namespace DiplomacyGraph.Extraction.Text;

/// <summary>A word or punctuation mark: [Start, End) in the original text, its match key and where that key sits in the key string.</summary>
internal readonly record struct Token(int Start, int End, string Key, bool IsWord, int KeyStart)
{
    public int KeyEnd => KeyStart + Key.Length;
}
