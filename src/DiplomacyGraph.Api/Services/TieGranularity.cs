namespace DiplomacyGraph.Api.Services;

/// <summary>Width of a bilateral-ties bucket.</summary>
internal enum TieGranularity
{
    Day,
    Week,
    Month,
    Quarter,
    Year,
}
