namespace DiplomacyGraph.Domain.Graph;

/// <summary>Relationship type names (upper snake case), as in the document-graph spec plus the structural ones.</summary>
public static class RelationshipTypes
{
    // Structural: a meeting's shape and an office.
    public const string ParticipatedIn = "PARTICIPATED_IN";   // Person -> Meeting
    public const string HeldIn = "HELD_IN";                   // Meeting -> Place
    public const string ReportedIn = "REPORTED_IN";           // Meeting -> Article
    public const string HoldsOffice = "HOLDS_OFFICE";         // Person -> Country, property "title"
    public const string LocatedIn = "LOCATED_IN";             // Place -> Country
    public const string Mentions = "MENTIONS";                // Article -> entity

    // Read from text.
    public const string Proposed = "PROPOSED";
    public const string Launched = "LAUNCHED";
    public const string AlignedWith = "ALIGNED_WITH";
    public const string Discussed = "DISCUSSED";
    public const string PartnerOf = "PARTNER_OF";
    public const string ConveyedGreetings = "CONVEYED_GREETINGS";
    public const string Supports = "SUPPORTS";
    public const string SpokeAt = "SPOKE_AT";

    /// <summary>Relations whose direction carries no meaning.</summary>
    public static bool IsSymmetric(string type) => type is AlignedWith or PartnerOf or "MET";
}
