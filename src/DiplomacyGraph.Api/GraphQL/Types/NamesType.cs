using DiplomacyGraph.Domain.Graph;
using GraphQL.Types;

namespace DiplomacyGraph.Api.GraphQL.Types;

/// <summary>Type <c>Names</c>: a node's names in both languages.</summary>
internal sealed class NamesType : ObjectGraphType<Names>
{
    public NamesType()
    {
        Name = "Names";
        Description = "A node's display names in English and Arabic (either may be missing).";
        Field<StringGraphType>("en").Description("English name.").Resolve(c => c.Source.En);
        Field<StringGraphType>("ar").Description("Arabic name.").Resolve(c => c.Source.Ar);
        Field<NonNullGraphType<BooleanGraphType>>("enIsMachineMade")
            .Description("True when the English name is our own transliteration of the Arabic one.")
            .Resolve(c => c.Source.EnIsMachineMade);
    }
}
