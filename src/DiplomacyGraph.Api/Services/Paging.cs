using DiplomacyGraph.Api.GraphQL;
using Microsoft.Extensions.Options;

namespace DiplomacyGraph.Api.Services;

/// <summary>Applies the configured page-size default and cap to a <c>first</c> argument.</summary>
internal sealed class Paging(IOptions<ApiOptions> options)
{
    public int MaxPageSize => options.Value.MaxPageSize;

    /// <summary>The page size to use; an out-of-range <paramref name="first"/> is an INVALID_ARGUMENT error, not silently cut.</summary>
    public int PageSize(int? first, string argument = "first")
    {
        var max = options.Value.MaxPageSize;
        if (first is null) return options.Value.DefaultPageSize;
        if (first < 0 || first > max)
            throw ApiError.InvalidArgument(argument, $"'{argument}' must be between 0 and {max} (got {first}).");
        return first.Value;
    }
}
