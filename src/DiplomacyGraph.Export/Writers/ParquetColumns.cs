using Parquet;
using Parquet.Schema;

namespace DiplomacyGraph.Export.Writers;

/// <summary>Column writers shared by the node and edge tables: nullable strings and lists of strings.</summary>
internal static class ParquetColumns
{
    public static ListField StringList(string name) => new(name, new DataField<string>("element", nullable: false));

    public static Task StringsAsync<T>(ParquetRowGroupWriter group, DataField field, IReadOnlyList<T> rows, Func<T, string?> value) =>
        group.WriteAsync(field, rows.Select(value).ToArray(), null);

    /// <summary>
    /// A list column as Parquet stores it: the elements flattened, with a repetition level per entry (0 starts a row)
    /// and a definition level saying whether the entry is an element or marks an empty list. Writing the levels
    /// ourselves keeps an empty list empty; the library's null-based shortcut would make it a list holding one null.
    /// </summary>
    public static Task ListAsync<T>(ParquetRowGroupWriter group, ListField field, IReadOnlyList<T> rows, Func<T, IEnumerable<string>> items)
    {
        var item = (DataField)field.Item;
        var present = item.MaxDefinitionLevel;
        var values = new List<ReadOnlyMemory<char>>(rows.Count);
        var definitions = new List<int>(rows.Count);
        var repetitions = new List<int>(rows.Count);
        foreach (var row in rows)
        {
            var first = true;
            foreach (var value in items(row))
            {
                values.Add(value.AsMemory());
                definitions.Add(present);
                repetitions.Add(first ? 0 : 1);
                first = false;
            }
            if (first)
            {
                definitions.Add(present - 1);
                repetitions.Add(0);
            }
        }
        return group.WriteAllPartsAsync<ReadOnlyMemory<char>>(item, values.ToArray(), definitions.ToArray(), repetitions.ToArray(), CancellationToken.None);
    }
}
