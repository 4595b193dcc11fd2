namespace DiplomacyGraph.Api.Services;

/// <summary>One page of a Relay connection: the rows, where the page starts and how many rows match in total.</summary>
internal sealed record Connection<T>(IReadOnlyList<T> Items, int Offset, int TotalCount)
{
    public static Connection<T> Empty { get; } = new([], 0, 0);

    public bool HasNextPage => Offset + Items.Count < TotalCount;

    public bool HasPreviousPage => Offset > 0;

    public string CursorAt(int index) => Cursor.Encode(Offset + index);
}
