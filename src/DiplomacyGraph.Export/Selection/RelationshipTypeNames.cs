namespace DiplomacyGraph.Export.Selection;

/// <summary>The shape of a relationship type name, shared by the selection check and the Cypher writer.</summary>
internal static class RelationshipTypeNames
{
    /// <summary>True for upper snake case: a letter, then letters, digits or underscores.</summary>
    public static bool IsWellFormed(string type)
    {
        if (type.Length == 0 || type[0] is not (>= 'A' and <= 'Z')) return false;
        foreach (var c in type)
        {
            if (c is not ((>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_')) return false;
        }
        return true;
    }
}
