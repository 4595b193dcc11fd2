using DiplomacyGraph.Domain.Errors;
using GraphQL;

namespace DiplomacyGraph.Api.GraphQL;

/// <summary>A GraphQL error the client caused, with a code from <see cref="ErrorCodes"/> and, for inputs, the field path.</summary>
internal sealed class ApiError : ExecutionError
{
    public ApiError(string code, string message, string? field = null)
        : base(message)
    {
        Code = code;
        Field = field;
    }

    /// <summary>Path of the offending input field, e.g. <c>input.url</c>; written to <c>extensions.field</c>.</summary>
    public string? Field { get; }

    public static ApiError InvalidArgument(string argument, string message) => new(ErrorCodes.InvalidArgument, message, argument);
}
