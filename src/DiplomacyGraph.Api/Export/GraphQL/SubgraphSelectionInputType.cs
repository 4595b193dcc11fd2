using DiplomacyGraph.Api.GraphQL.Types;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Export.Selection;
using GraphQL.Types;

namespace DiplomacyGraph.Api.Export.GraphQL;

/// <summary>Input <c>SubgraphSelection</c>: the same selection as <c>/export</c> and <c>dg export</c>.</summary>
internal sealed class SubgraphSelectionInputType : InputObjectGraphType<ExportSelection>
{
    public SubgraphSelectionInputType()
    {
        Name = "SubgraphSelection";
        Description = "Which part of the graph: seeds (+ depth), or a filter (countries, persons, initiatives, from/to), or nothing for the whole graph; kinds and types narrow any of them.";
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("seeds").Description("Seed nodes: ids or names in Arabic or English.");
        Field<IntGraphType>("depth").Description($"Hops from the seeds, 0 to {ExportSelection.MaxDepth} (default 1).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("countries").Description("Meetings involving all these countries (ISO codes or names).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("persons").Description("Meetings in which all these persons took part (ids or names).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("initiatives").Description("Initiatives (ids or names), with meetings reported alongside them.");
        Field<DateScalar>("from").Description("Meetings on or after this date.");
        Field<DateScalar>("to").Description("Meetings on or before this date.");
        Field<ListGraphType<NonNullGraphType<NodeKindEnum>>>("kinds").Description("Keep only nodes of these kinds.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("types").Description("Keep only relationships of these types (e.g. PARTICIPATED_IN).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new ExportSelection
    {
        Seeds = Strings(value, "seeds"),
        Depth = value.TryGetValue("depth", out var d) && d is int depth ? depth : 1,
        Countries = Strings(value, "countries"),
        Persons = Strings(value, "persons"),
        Initiatives = Strings(value, "initiatives"),
        From = value.TryGetValue("from", out var f) ? f as DateOnly? : null,
        To = value.TryGetValue("to", out var t) ? t as DateOnly? : null,
        Kinds = value.TryGetValue("kinds", out var k) && k is IEnumerable<object?> kinds ? kinds.OfType<NodeKind>().Distinct().ToArray() : [],
        Types = Strings(value, "types").Select(s => s.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToArray(),
    };

    private static string[] Strings(IDictionary<string, object?> value, string key) =>
        value.TryGetValue(key, out var v) && v is IEnumerable<object?> items
            ? items.OfType<string>().Select(s => s.Trim()).Distinct(StringComparer.Ordinal).ToArray()
            : [];
}
