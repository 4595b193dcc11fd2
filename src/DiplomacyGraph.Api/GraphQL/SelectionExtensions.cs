using GraphQL;
using GraphQLParser.AST;

namespace DiplomacyGraph.Api.GraphQL;

/// <summary>
/// What a resolver's selection asks for, so a resolver can skip loading what nobody reads (e.g. edge sources).
/// Looks through inline fragments and named fragments; when it cannot tell, it answers yes.
/// </summary>
internal static class SelectionExtensions
{
    private const int MaxFragmentNesting = 16;

    /// <summary>
    /// True when the field being resolved selects the field path <paramref name="path"/> (e.g. <c>"edges", "sources"</c>)
    /// under any fragment, or when that cannot be ruled out.
    /// </summary>
    public static bool MaySelect(this IResolveFieldContext context, params string[] path)
    {
        ArgumentOutOfRangeException.ThrowIfZero(path.Length);
        return context.FieldAst is not { } field || Selects(context.Document, field.SelectionSet, path, 0, 0);
    }

    private static bool Selects(GraphQLDocument document, GraphQLSelectionSet? set, string[] path, int at, int nesting)
    {
        if (set is null) return false;
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField f when f.Name == path[at]:
                    if (at == path.Length - 1 || Selects(document, f.SelectionSet, path, at + 1, nesting)) return true;
                    break;
                case GraphQLInlineFragment inline:
                    if (Selects(document, inline.SelectionSet, path, at, nesting)) return true;
                    break;
                case GraphQLFragmentSpread spread:
                    var definition = document.Definitions.OfType<GraphQLFragmentDefinition>()
                        .FirstOrDefault(d => d.FragmentName.Name == spread.FragmentName.Name);
                    if (definition is null || nesting >= MaxFragmentNesting) return true;
                    if (Selects(document, definition.SelectionSet, path, at, nesting + 1)) return true;
                    break;
            }
        }
        return false;
    }
}
