using System.Collections;
using System.Runtime.InteropServices;

namespace DiplomacyGraph.Extraction.Pipeline;

/// <summary>
/// A run of <see cref="ExtractionDocument.PersonRefs"/> (what <see cref="ExtractionDocument.PersonRefsBetween"/>
/// returns), read in place. A list, not an iterator: the rules call ToList, Any, FirstOrDefault, Select and Take
/// on it, and LINQ answers those from a list's count and indexer (one list of the right size, no enumerator), where
/// an iterator made each of them walk it. Like a compiler's iterator it is its own first enumerator, so a foreach or
/// a filter over it allocates nothing more.
/// </summary>
internal sealed class PersonRefRange : IList<(int Token, DocEntity Person)>, IReadOnlyList<(int Token, DocEntity Person)>, IEnumerator<(int Token, DocEntity Person)>
{
    private readonly List<(int Token, DocEntity Person)> _refs;
    private readonly int _start;
    private readonly int _count;

    // The thread that made it may use it as its own first enumerator (as a compiler's iterator does); then _index is
    // where that enumeration stands.
    private readonly int _threadId = Environment.CurrentManagedThreadId;
    private bool _enumerated;
    private int _index = -1;

    public PersonRefRange(List<(int Token, DocEntity Person)> refs, int start, int count)
    {
        _refs = refs;
        _start = start;
        _count = count;
    }

    public int Count => _count;

    public bool IsReadOnly => true;

    public (int Token, DocEntity Person) this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_count, nameof(index));
            return _refs[_start + index];
        }
        set => throw new NotSupportedException();
    }

    public void CopyTo((int Token, DocEntity Person)[] array, int arrayIndex) =>
        CollectionsMarshal.AsSpan(_refs).Slice(_start, _count).CopyTo(array.AsSpan(arrayIndex));

    public int IndexOf((int Token, DocEntity Person) item)
    {
        var i = _refs.IndexOf(item, _start, _count);
        return i < 0 ? -1 : i - _start;
    }

    public bool Contains((int Token, DocEntity Person) item) => IndexOf(item) >= 0;

    public IEnumerator<(int Token, DocEntity Person)> GetEnumerator()
    {
        if (!_enumerated && _threadId == Environment.CurrentManagedThreadId)
        {
            _enumerated = true;
            return this;
        }
        var again = new PersonRefRange(_refs, _start, _count);
        again._enumerated = true;
        return again;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public (int Token, DocEntity Person) Current => _refs[_start + _index];

    object IEnumerator.Current => Current;

    public bool MoveNext()
    {
        if (_index + 1 >= _count)
        {
            _index = _count;
            return false;
        }
        _index++;
        return true;
    }

    public void Reset() => _index = -1;

    public void Dispose()
    {
    }

    public void Add((int Token, DocEntity Person) item) => throw new NotSupportedException();

    public void Clear() => throw new NotSupportedException();

    public void Insert(int index, (int Token, DocEntity Person) item) => throw new NotSupportedException();

    public bool Remove((int Token, DocEntity Person) item) => throw new NotSupportedException();

    public void RemoveAt(int index) => throw new NotSupportedException();
}
