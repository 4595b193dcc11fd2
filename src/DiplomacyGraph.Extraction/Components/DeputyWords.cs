namespace DiplomacyGraph.Extraction.Components;

/// <summary>
/// Folded words that make the office after them a deputy's or an assistant's (نائب وزير الدفاع، مساعد، وكيل, deputy,
/// vice, assistant): whoever holds it is not the office's holder.
/// </summary>
internal static class DeputyWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal) { "نائب", "مساعد", "وكيل", "deputy", "vice", "assistant" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WordsBySpan = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(string key) => Words.Contains(key);

    /// <summary>As <see cref="Contains"/>, or with the conjunction و glued on (ونائب، ومساعد).</summary>
    public static bool ContainsWithConjunction(string key) => Words.Contains(key) || key.Length > 1 && key[0] == 'و' && WordsBySpan.Contains(key.AsSpan(1));
}
