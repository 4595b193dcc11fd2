namespace DiplomacyGraph.Extraction.Pipeline;

/// <summary>What a component needs on the document before it runs, and what it adds.</summary>
[Flags]
public enum DocumentLayer
{
    None = 0,
    Text = 1,
    Tokens = 1 << 1,
    Sentences = 1 << 2,
    Mentions = 1 << 3,
    Dateline = 1 << 4,
    Titles = 1 << 5,
    Persons = 1 << 6,
    Coreference = 1 << 7,
    Meetings = 1 << 8,
    Relations = 1 << 9,
}
