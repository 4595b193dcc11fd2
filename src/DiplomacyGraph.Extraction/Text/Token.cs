namespace DiplomacyGraph.Extraction.Text;

/// <summary>A word or punctuation mark: [Start, End) in the original text, its match key and where that key sits in the key string.</summary>
/// <param name="KeyId">
/// The key's number in the tokenizing thread's <see cref="KeyPool"/> (-1 when not pooled): lets the matcher keep what it
/// learnt about a word in an array by this number instead of hashing the key again.
/// </param>
internal readonly record struct Token(int Start, int End, string Key, bool IsWord, int KeyStart, int KeyId = -1)
{
    public int KeyEnd => KeyStart + Key.Length;
}
