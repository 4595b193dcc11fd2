using DiplomacyGraph.Domain.Graph;
using Parquet;
using Parquet.Schema;

namespace DiplomacyGraph.Export.Writers;

/// <summary>The columns of <c>nodes.parquet</c>, the same names as the other formats.</summary>
internal static class ParquetNodeTable
{
    private static readonly DataField Id = new DataField<string>("id", nullable: false);
    private static readonly DataField Kind = new DataField<string>("kind", nullable: false);
    private static readonly DataField NameEn = new DataField<string>("name_en", nullable: true);
    private static readonly DataField NameAr = new DataField<string>("name_ar", nullable: true);
    private static readonly DataField NameEnMachine = new DataField<bool>("name_en_machine", nullable: false);
    private static readonly ListField Aliases = ParquetColumns.StringList("aliases");
    private static readonly DataField Iso = new DataField<string>("iso", nullable: true);
    private static readonly DataField CountryIso = new DataField<string>("country_iso", nullable: true);
    private static readonly DataField Date = new DataField<DateOnly?>("date", nullable: true);
    private static readonly ListField Countries = ParquetColumns.StringList("countries");
    private static readonly DataField[] Known = FlatProperties.NodeKeys.Select(k => (DataField)new DataField<string>(k, nullable: true)).ToArray();
    private static readonly DataField Properties = new DataField<string>("properties", nullable: true);

    public static readonly ParquetSchema Schema = new(
        new Field[] { Id, Kind, NameEn, NameAr, NameEnMachine, Aliases, Iso, CountryIso, Date, Countries }.Concat(Known).Append(Properties));

    public static async Task WriteAsync(ParquetRowGroupWriter group, IReadOnlyList<GraphNode> rows, CancellationToken ct)
    {
        await ParquetColumns.StringsAsync(group, Id, rows, n => n.Id);
        await ParquetColumns.StringsAsync(group, Kind, rows, n => n.Kind.ToString());
        await ParquetColumns.StringsAsync(group, NameEn, rows, n => n.Names.En);
        await ParquetColumns.StringsAsync(group, NameAr, rows, n => n.Names.Ar);
        await group.WriteAsync<bool>(NameEnMachine, rows.Select(n => n.Names.EnIsMachineMade).ToArray(), null, null, ct);
        await ParquetColumns.ListAsync(group, Aliases, rows, n => n.Aliases);
        await ParquetColumns.StringsAsync(group, Iso, rows, n => n.Iso);
        await ParquetColumns.StringsAsync(group, CountryIso, rows, n => n.CountryIso);
        await group.WriteAsync<DateOnly>(Date, rows.Select(n => n.Date).ToArray(), null, null, ct);
        await ParquetColumns.ListAsync(group, Countries, rows, n => n.Countries);
        for (var i = 0; i < Known.Length; i++)
        {
            var key = FlatProperties.NodeKeys[i];
            await ParquetColumns.StringsAsync(group, Known[i], rows, n => FlatProperties.Get(n.Properties, key));
        }
        await ParquetColumns.StringsAsync(group, Properties, rows, n => FlatProperties.ExtraJson(n.Properties, FlatProperties.NodeKeys));
    }
}
