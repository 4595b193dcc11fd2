using DiplomacyGraph.Api.Services;
using GraphQL;

namespace DiplomacyGraph.Api.GraphQL;

/// <summary>
/// What one GraphQL request carries besides its query: the language names default to (from Accept-Language),
/// whether it may write, and its batch loader. Passed as GraphQL.NET's user context.
/// </summary>
internal sealed class ApiRequestContext(string lang, bool writeAllowed, GraphBatchLoader loader) : Dictionary<string, object?>
{
    /// <summary>"ar" or "en".</summary>
    public string Lang { get; } = lang;

    public bool WriteAllowed { get; } = writeAllowed;

    public GraphBatchLoader Loader { get; } = loader;
}

/// <summary>Access to the <see cref="ApiRequestContext"/> from a resolver.</summary>
internal static class ApiRequestContextExtensions
{
    public static ApiRequestContext Api(this IResolveFieldContext context) =>
        context.UserContext as ApiRequestContext
        ?? throw new InvalidOperationException("GraphQL requests must be executed with an ApiRequestContext as user context.");

    public static GraphBatchLoader Loader(this IResolveFieldContext context) => context.Api().Loader;
}
