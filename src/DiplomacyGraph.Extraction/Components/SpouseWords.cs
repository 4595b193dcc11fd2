namespace DiplomacyGraph.Extraction.Components;

/// <summary>Words that name someone's spouse ("his wife", عقيلته): the person named after them is there as a spouse.</summary>
internal static class SpouseWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "wife", "husband", "spouse", "consort", "زوجته", "وزوجته", "عقيلته", "وعقيلته", "حرمه", "وحرمه", "قرينته", "وقرينته", "زوجها", "وزوجها",
    };

    public static bool Contains(string key) => Words.Contains(key);
}
