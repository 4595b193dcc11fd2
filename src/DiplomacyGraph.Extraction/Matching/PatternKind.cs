namespace DiplomacyGraph.Extraction.Matching;

/// <summary>What a matched form stands for.</summary>
internal enum PatternKind
{
    Entity,
    Demonym,
    Title,
    Honorific,
    MeetingCue,
    MeetingBlocker,
    RelationCue,
}
