using DiplomacyGraph.Domain.Documents;
using DiplomacyGraph.Domain.Storage;

namespace DiplomacyGraph.Domain.Ingestion;

/// <summary>What ingesting one article did.</summary>
/// <param name="ArticleId">The Article node id.</param>
/// <param name="Graph">The document graph that was written.</param>
/// <param name="Write">Nodes and edges created or merged.</param>
/// <param name="AlreadyIngested">True when the article was in the store before: nothing changed.</param>
public sealed record IngestReport(string ArticleId, DocumentGraph Graph, WriteResult Write, bool AlreadyIngested);
