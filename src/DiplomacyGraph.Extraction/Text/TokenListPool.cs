namespace DiplomacyGraph.Extraction.Text;

/// <summary>
/// One token list per thread, handed back by the extractor once a document is done: the largest allocation of
/// a document (a few bytes per character) is then made once per thread, not once per document. Lists grown by
/// a very long text are not kept, so memory stays flat.
/// </summary>
internal static class TokenListPool
{
    private const int MaxKeptCapacity = 1 << 16;

    [ThreadStatic]
    private static List<Token>? t_list;

    /// <summary>An empty list: this thread's kept one, or a new one.</summary>
    public static List<Token> Rent()
    {
        var list = t_list ?? [];
        t_list = null;
        return list;
    }

    /// <summary>Hands back a list nothing refers to any more.</summary>
    public static void Return(List<Token> list)
    {
        if (list.Capacity > MaxKeptCapacity) return;
        list.Clear();
        t_list = list;
    }
}
