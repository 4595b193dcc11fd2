using DiplomacyGraph.Extraction.Pipeline;

namespace DiplomacyGraph.Extraction.Components;

/// <summary>The key that tells one meeting's persons from another's.</summary>
internal sealed partial class MeetingFinder
{
    // The persons' ids in ordinal order, joined by "|": the same string a Select, Order and Join made, from one array
    // sorted in place (equal ids join alike in any order) instead of an ordering's buffers and iterators per group.
    private static string MeetingKey(List<DocEntity> persons)
    {
        var ids = new string[persons.Count];
        for (var i = 0; i < ids.Length; i++) ids[i] = persons[i].Id;
        Array.Sort(ids, StringComparer.Ordinal);
        return string.Join('|', ids);
    }
}
