namespace DiplomacyGraph.Domain.Graph;

/// <summary>Provenance of one fact: the article it came from and the sentence that states it.</summary>
/// <param name="ArticleId">Id of the Article node.</param>
/// <param name="Url">The article's URL, when known.</param>
/// <param name="File">The article's file name or ingestion id.</param>
/// <param name="Lang">"ar" or "en".</param>
/// <param name="Evidence">The evidence sentence, as written.</param>
/// <param name="Start">UTF-16 offset of the evidence in the article body.</param>
/// <param name="End">End offset (exclusive).</param>
public sealed record EdgeSource(string ArticleId, string? Url, string? File, string? Lang, string? Evidence, int Start, int End);
