namespace DiplomacyGraph.Domain.Documents;

/// <summary>A name in both languages as the document graph writes it (<c>{"en": …, "ar": …}</c>).</summary>
public sealed record DocumentName(string? En, string? Ar);
