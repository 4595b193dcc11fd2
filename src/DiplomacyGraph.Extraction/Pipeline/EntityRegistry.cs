using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Text;
using DiplomacyGraph.Extraction.Gazetteer;
using DiplomacyGraph.Extraction.Text;

namespace DiplomacyGraph.Extraction.Pipeline;

/// <summary>Gets or adds the document's entity for a gazetteer entry or for a person found in the text.</summary>
internal static class EntityRegistry
{
    public static DocEntity ForEntry(ExtractionDocument doc, GazetteerEntry entry)
    {
        var id = entry.NodeId;
        if (doc.Entities.TryGetValue(id, out var e)) return e;
        e = new DocEntity(entry.Kind, id)
        {
            Entry = entry,
            NameEn = entry.NameEn,
            NameAr = entry.NameAr,
            Iso = entry.Iso,
            Country = entry.Country,
        };
        doc.Entities[id] = e;
        return e;
    }

    /// <summary>
    /// A person not in the gazetteer. Its id is NodeIds.Entity(Person, "ph " + PhoneticKey(name)): the consonant
    /// skeleton both scripts share, so ساجينتاييف and Sagintayev (one unknown name in two stories) get one id.
    /// Arabic names keep name.ar as written and get a machine transliteration as name.en.
    /// </summary>
    public static DocEntity ForUnknownPerson(ExtractionDocument doc, string surface)
    {
        var (id, arabic, nameEn) = UnknownPersonNames.Of(surface);
        if (doc.Entities.TryGetValue(id, out var e)) return e;
        e = new DocEntity(NodeKind.Person, id)
        {
            NameAr = arabic ? surface : null,
            NameEn = nameEn,
            MachineTransliterated = arabic,
        };
        doc.Entities[id] = e;
        return e;
    }

    /// <summary>
    /// A place not in the gazetteer, read from a dateline (TUNXI, ووشي): English names in title case, Arabic ones as
    /// written with a machine transliteration.
    /// </summary>
    public static DocEntity ForUnknownPlace(ExtractionDocument doc, string surface)
    {
        var arabic = surface.Any(ArabicFolding.IsArabicLetter);
        var nameEn = arabic ? Transliterator.ToLatin(surface) : TitleCase(surface);
        var id = NodeIds.Entity(NodeKind.Place, arabic ? "ar " + NameKey.Of(surface) : nameEn);
        if (doc.Entities.TryGetValue(id, out var e)) return e;
        e = new DocEntity(NodeKind.Place, id)
        {
            NameAr = arabic ? surface : null,
            NameEn = nameEn,
            MachineTransliterated = arabic,
        };
        doc.Entities[id] = e;
        return e;
    }

    // "TUNXI" → "Tunxi", "XI'AN" → "Xi'an", "NUR-SULTAN" → "Nur-Sultan".
    private static string TitleCase(string s)
    {
        var chars = s.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (i == 0 || chars[i - 1] is ' ' or '-') chars[i] = char.ToUpperInvariant(chars[i]);
        return new string(chars);
    }
}
