namespace DiplomacyGraph.Extraction.Text;

/// <summary>
/// Forms of address written at the head of a person's name (Sheikh, Prince, Sayyid, الشيخ, الأمير) that are no part of the name
/// (annotation guidelines), as folded keys.
/// </summary>
internal static class PersonalHonorifics
{
    public static readonly HashSet<string> Keys = new(StringComparer.Ordinal) { "الشيخ", "الشيخه", "الامير", "الاميره", "sheikh", "sheikha", "prince", "princess", "sayyid", "sayyida" };

    /// <summary>Whether a folded key is one of them.</summary>
    public static bool Contains(string key) => Keys.Contains(key);
}
