namespace DiplomacyGraph.Domain.Graph;

/// <summary>The kinds of node in the graph. Entity kinds first; Meeting and Article are structural.</summary>
public enum NodeKind
{
    Person,
    Country,
    Place,
    Initiative,
    Organization,
    Event,
    Meeting,
    Article,
}
