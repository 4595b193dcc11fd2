using DiplomacyGraph.Domain.Graph;

namespace DiplomacyGraph.Ingestion.Mapping;

/// <summary>A document graph turned into nodes and edges, with what could not be mapped.</summary>
/// <param name="ArticleId">The Article node id.</param>
/// <param name="Batch">What to write, in one transaction.</param>
/// <param name="Dropped">One line per item left out (an unresolved reference, an unknown type), saying why.</param>
/// <param name="ParticipantsWithoutCountry">Meeting participants for whom the document states no office country.</param>
public sealed record MappedDocument(string ArticleId, GraphBatch Batch, IReadOnlyList<string> Dropped, IReadOnlyList<string> ParticipantsWithoutCountry);
