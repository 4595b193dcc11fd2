using DiplomacyGraph.Domain.Graph;
using GraphQL;
using GraphQL.Types;

namespace DiplomacyGraph.Api.GraphQL.Types;

/// <summary>Type <c>Office</c>: a HOLDS_OFFICE relationship seen from either end.</summary>
internal sealed class OfficeType : ObjectGraphType<GraphEdge>
{
    public OfficeType()
    {
        Name = "Office";
        Description = "An office a person holds for a country (e.g. President of CN), with where it was read.";
        Field<NonNullGraphType<StringGraphType>>("title")
            .Description("Canonical English title, e.g. \"President\" or \"Prime Minister\".")
            .Resolve(c => c.Source.Properties.TryGetValue("title", out var t) ? t : string.Empty);
        Field<CountryType>("country").Description("The country the office is of.").Resolve(c => c.Loader().Node(c.Source.To));
        Field<PersonType>("person").Description("The office holder.").Resolve(c => c.Loader().Node(c.Source.From));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources").Description("Where the office was read.").Resolve(c => c.Source.Sources);
    }
}
