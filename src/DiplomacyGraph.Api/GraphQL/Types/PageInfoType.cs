using DiplomacyGraph.Api.Services;
using DiplomacyGraph.Domain.Graph;
using GraphQL.Types;

namespace DiplomacyGraph.Api.GraphQL.Types;

/// <summary>Type <c>PageInfo</c> (Relay).</summary>
internal sealed class PageInfoType : ObjectGraphType<Connection<GraphNode>>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Relay paging information.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("More rows after this page.").Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Description("Rows before this page.").Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Description("Cursor of the first row of the page.").Resolve(c => c.Source.Items.Count > 0 ? c.Source.CursorAt(0) : null);
        Field<StringGraphType>("endCursor").Description("Cursor of the last row of the page; pass it as 'after' for the next page.")
            .Resolve(c => c.Source.Items.Count > 0 ? c.Source.CursorAt(c.Source.Items.Count - 1) : null);
    }
}
