using Parquet;
using Parquet.Schema;

namespace DiplomacyGraph.Export.Writers;

/// <summary>Column writers shared by the node and edge tables: nullable strings and lists of strings.</summary>
internal static class ParquetColumns
{
    public static ListField StringList(string name) => new(name, new DataField<string>("element", nullable: true));

    public static Task StringsAsync<T>(ParquetRowGroupWriter group, DataField field, IReadOnlyList<T> rows, Func<T, string?> value) =>
        group.WriteAsync(field, rows.Select(value).ToArray(), null);

    /// <summary>
    /// A list column as Parquet stores it: all elements flattened, a repetition level per element (0 starts a row).
    /// An empty list is a single null element at level 0, which readers turn back into an empty list.
    /// </summary>
    public static Task ListAsync<T>(ParquetRowGroupWriter group, ListField field, IReadOnlyList<T> rows, Func<T, IEnumerable<string>> items)
    {
        var values = new List<string?>(rows.Count);
        var levels = new List<int>(rows.Count);
        foreach (var row in rows)
        {
            var start = values.Count;
            foreach (var item in items(row))
            {
                values.Add(item);
                levels.Add(values.Count == start + 1 ? 0 : 1);
            }
            if (values.Count == start)
            {
                values.Add(null);
                levels.Add(0);
            }
        }
        return group.WriteAsync((DataField)field.Item, values, levels.ToArray());
    }
}
