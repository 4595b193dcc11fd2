using GraphQL.Types;

namespace DiplomacyGraph.Api.GraphQL.Types;

/// <summary>Enum <c>Lang</c>: the two languages every name has.</summary>
internal sealed class LangEnum : EnumerationGraphType
{
    public LangEnum()
    {
        Name = "Lang";
        Description = "A display language for names.";
        Add("AR", "ar", "Arabic.");
        Add("EN", "en", "English.");
    }
}
