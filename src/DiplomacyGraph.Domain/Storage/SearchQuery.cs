using DiplomacyGraph.Domain.Graph;

namespace DiplomacyGraph.Domain.Storage;

/// <summary>A name search. The store folds <see cref="Text"/> with NameKey and PhoneticKey itself.</summary>
/// <param name="Kinds">Restrict to these kinds; null or empty for all.</param>
public sealed record SearchQuery(string Text, IReadOnlyList<NodeKind>? Kinds = null, int First = 10);

/// <summary>A search result. Score: 1 exact name, lower for prefix, token and phonetic matches.</summary>
public sealed record SearchHit(GraphNode Node, double Score);
