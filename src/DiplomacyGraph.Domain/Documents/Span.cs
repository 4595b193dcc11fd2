namespace DiplomacyGraph.Domain.Documents;

/// <summary>UTF-16 offsets into the article body: [Start, End).</summary>
public sealed record Span(int Start, int End)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public int Length => End - Start;
}
