namespace DiplomacyGraph.Storage;

/// <summary>
/// A batch that no store may write: an empty id, an edge whose end exists neither in the store nor in the batch,
/// an id reused with another kind or other ends, a malformed relationship type. Nothing of the batch was written.
/// </summary>
public sealed class InvalidGraphBatchException : ArgumentException
{
    public InvalidGraphBatchException(string message)
        : base(message)
    {
    }
}
