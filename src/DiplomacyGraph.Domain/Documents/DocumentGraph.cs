namespace DiplomacyGraph.Domain.Documents;

/// <summary>
/// What extraction produces for one article: the contract between extractors, the evaluator and the stores
/// (shared/spec/document-graph.md). Serialise with <see cref="DocumentGraphJson"/>.
/// </summary>
public sealed record DocumentGraph(DocumentInfo Document)
{
    public IReadOnlyList<DocumentEntity> Entities { get; init; } = [];
    public IReadOnlyList<DocumentMeeting> Meetings { get; init; } = [];
    public IReadOnlyList<DocumentOffice> Offices { get; init; } = [];
    public IReadOnlyList<DocumentRelation> Relations { get; init; } = [];
}
