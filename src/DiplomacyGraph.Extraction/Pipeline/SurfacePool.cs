namespace DiplomacyGraph.Extraction.Pipeline;

/// <summary>
/// One string per surface form written lately, per thread: a story's entities are new, but the forms that name them
/// (Egypt, الرئيس عبد الفتاح السيسي) come back story after story, and each entity's first surface in a story was a new
/// substring. A hit costs a hash of the characters in place. Bounded: when full it starts again empty, so memory
/// stays flat.
/// </summary>
internal static class SurfacePool
{
    private const int MaxEntries = 1 << 13;

    // Longer spans are rarely names and seldom repeat.
    private const int MaxPooledLength = 80;

    [ThreadStatic]
    private static HashSet<string>? t_surfaces;

    /// <summary>text[start..end), as the string this thread made for it before when there is one.</summary>
    public static string Of(string text, int start, int end)
    {
        var surface = text.AsSpan(start, end - start);
        if (surface.Length > MaxPooledLength) return text[start..end];
        var surfaces = t_surfaces ??= new HashSet<string>(StringComparer.Ordinal);
        if (surfaces.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(surface, out var pooled)) return pooled;
        if (surfaces.Count >= MaxEntries) surfaces.Clear();
        pooled = surface.ToString();
        surfaces.Add(pooled);
        return pooled;
    }
}
