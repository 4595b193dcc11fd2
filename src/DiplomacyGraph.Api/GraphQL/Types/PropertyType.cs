using GraphQL.Types;

namespace DiplomacyGraph.Api.GraphQL.Types;

/// <summary>Type <c>Property</c>: one key and value of a relationship.</summary>
internal sealed class PropertyType : ObjectGraphType<KeyValuePair<string, string>>
{
    public PropertyType()
    {
        Name = "Property";
        Description = "A property of a relationship, e.g. title of HOLDS_OFFICE or kind of PARTNER_OF.";
        Field<NonNullGraphType<StringGraphType>>("key").Description("Property name.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("value").Description("Property value.").Resolve(c => c.Source.Value);
    }
}
