namespace DiplomacyGraph.Extraction.Text;

/// <summary>Script tests on word keys, read as spans (no enumerator per call: they run for every word).</summary>
internal static class ArabicScript
{
    /// <summary>Whether the key has any character of the Arabic block (U+0600–06FF).</summary>
    public static bool HasArabic(string key) => key.AsSpan().ContainsAnyInRange('\u0600', '\u06FF');

    /// <summary>Whether the key is a non-empty run of the basic Arabic letters (U+0621–064A) only.</summary>
    public static bool IsArabicWord(string key) => key.Length > 0 && !key.AsSpan().ContainsAnyExceptInRange('\u0621', '\u064A');
}
