using DiplomacyGraph.Domain.Graph;
using Parquet;
using Parquet.Schema;

namespace DiplomacyGraph.Export.Writers;

/// <summary>The columns of <c>edges.parquet</c>: <c>source</c> and <c>target</c> are node ids, as in node-link JSON.</summary>
internal static class ParquetEdgeTable
{
    private static readonly DataField Id = new DataField<string>("id", nullable: false);
    private static readonly DataField Type = new DataField<string>("type", nullable: false);
    private static readonly DataField Source = new DataField<string>("source", nullable: false);
    private static readonly DataField Target = new DataField<string>("target", nullable: false);
    private static readonly DataField[] Known = FlatProperties.EdgeKeys.Select(k => (DataField)new DataField<string>(k, nullable: true)).ToArray();
    private static readonly DataField Properties = new DataField<string>("properties", nullable: true);
    private static readonly ListField SourceArticles = ParquetColumns.StringList("source_articles");
    private static readonly DataField Sources = new DataField<string>("sources", nullable: true);
    private static readonly DataField SourceCount = new DataField<int>("source_count", nullable: false);

    public static readonly ParquetSchema Schema = new(
        new Field[] { Id, Type, Source, Target }.Concat(Known).Concat([Properties, SourceArticles, Sources, SourceCount]));

    public static async Task WriteAsync(ParquetRowGroupWriter group, IReadOnlyList<GraphEdge> rows, CancellationToken ct)
    {
        await ParquetColumns.StringsAsync(group, Id, rows, e => e.Id);
        await ParquetColumns.StringsAsync(group, Type, rows, e => e.Type);
        await ParquetColumns.StringsAsync(group, Source, rows, e => e.From);
        await ParquetColumns.StringsAsync(group, Target, rows, e => e.To);
        for (var i = 0; i < Known.Length; i++)
        {
            var key = FlatProperties.EdgeKeys[i];
            await ParquetColumns.StringsAsync(group, Known[i], rows, e => FlatProperties.Get(e.Properties, key));
        }
        await ParquetColumns.StringsAsync(group, Properties, rows, e => FlatProperties.ExtraJson(e.Properties, FlatProperties.EdgeKeys));
        await ParquetColumns.ListAsync(group, SourceArticles, rows, FlatProperties.SourceArticles);
        await ParquetColumns.StringsAsync(group, Sources, rows, e => e.Sources.Count > 0 ? FlatProperties.SourcesJson(e) : null);
        await group.WriteAsync<int>(SourceCount, rows.Select(e => e.Sources.Count).ToArray(), null, null, ct);
    }
}
