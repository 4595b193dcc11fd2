namespace DiplomacyGraph.Extraction.Gazetteer;

/// <summary>An office a gazetteer person held, with its date range (open ends are null).</summary>
public sealed record GazetteerOffice(string Title, string Country, DateOnly? From, DateOnly? To)
{
    public bool HeldOn(DateOnly date) => (From is null || From <= date) && (To is null || date <= To);
}
