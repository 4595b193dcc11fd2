namespace DiplomacyGraph.Domain.Documents;

/// <summary>One entity of a document graph (spec: document-graph.md).</summary>
/// <param name="Type">Person | Country | Place | Initiative | Organization | Event.</param>
public sealed record DocumentEntity(string Type, DocumentName Name)
{
    /// <summary>Extension: the stable node id the extractor resolved this entity to.</summary>
    public string? Id { get; init; }

    /// <summary>ISO 3166-1 alpha-2 for a Country.</summary>
    public string? Iso { get; init; }

    /// <summary>For a Place: the ISO code of its country.</summary>
    public string? Country { get; init; }

    /// <summary>Extension: true when <c>name.en</c> is our own transliteration.</summary>
    public bool MachineTransliterated { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public IReadOnlyList<Span> Mentions { get; init; } = [];

    /// <summary>The English canonical name, else the Arabic one: how meetings and relations refer to it.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Reference => Name.En ?? Name.Ar ?? Iso ?? string.Empty;
}
