namespace DiplomacyGraph.Domain.Storage;

/// <summary>Partner countries of <see cref="Iso"/> by meetings that involve both.</summary>
public sealed record CountryTieQuery(string Iso, DateOnly? From = null, DateOnly? To = null, int First = 20);

/// <summary>A partner country and how many meetings tie it to the queried one.</summary>
public sealed record CountryTieRow(string Iso, int MeetingCount, DateOnly? FirstMet, DateOnly? LastMet);
