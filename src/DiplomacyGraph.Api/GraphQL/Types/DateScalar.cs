using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;

namespace DiplomacyGraph.Api.GraphQL.Types;

/// <summary>Scalar <c>Date</c>: a calendar day written <c>yyyy-MM-dd</c>. Anything else is rejected with a message saying so.</summary>
internal sealed class DateScalar : ScalarGraphType
{
    public DateScalar()
    {
        Name = "Date";
        Description = "A calendar date, ISO 8601 'yyyy-MM-dd' (e.g. \"2018-11-22\").";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue s => Parse((string)s.Value),
        _ => throw Invalid(value.ToString() ?? value.Kind.ToString()),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        DateOnly d => d,
        string s => Parse(s),
        _ => throw Invalid(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "?"),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime dt => DateOnly.FromDateTime(dt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        string s => Parse(s).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => ThrowSerializationError(value),
    };

    private static DateOnly Parse(string s) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : throw Invalid(s);

    private static FormatException Invalid(string s) =>
        new($"Invalid Date '{s}': expected a real calendar day written yyyy-MM-dd, e.g. \"2018-11-22\".");
}
