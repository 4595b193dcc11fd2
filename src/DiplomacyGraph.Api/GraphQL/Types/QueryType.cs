using DiplomacyGraph.Api.Services;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;
using GraphQL;
using GraphQL.Types;

namespace DiplomacyGraph.Api.GraphQL.Types;

/// <summary>Type <c>Query</c>: the read entry points. Each field hands its arguments to a service.</summary>
internal sealed class QueryType : ObjectGraphType
{
    public QueryType(EntityService entities, MeetingService meetings, TiesService ties, TraversalService traversal, Paging paging, StatsService stats)
    {
        Name = "Query";
        Description = "Reads. Every name argument accepts Arabic or English and any spelling the graph knows.";

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("search")
            .Description("Nodes whose names match the text, best first; tolerant of Arabic normalisation and transliteration.")
            .Argument<NonNullGraphType<StringGraphType>>("text", "What to look for, in Arabic or English.")
            .Argument<ListGraphType<NonNullGraphType<NodeKindEnum>>>("kinds", "Only nodes of these kinds.")
            .Argument<IntGraphType>("first", "How many results (default 10).")
            .ResolveAsync(async c => await entities.SearchAsync(
                c.GetArgument<string>("text"), c.GetArgument<List<NodeKind>?>("kinds"),
                paging.PageSize(c.GetArgument<int?>("first") ?? 10), c.CancellationToken).ConfigureAwait(false));

        Lookup<PersonType>("person", NodeKind.Person, entities);
        Lookup<CountryType>("country", NodeKind.Country, entities);
        Lookup<PlaceType>("place", NodeKind.Place, entities);
        Lookup<InitiativeType>("initiative", NodeKind.Initiative, entities);
        Lookup<OrganizationType>("organization", NodeKind.Organization, entities);
        Lookup<EventType>("event", NodeKind.Event, entities);
        Lookup<MeetingType>("meeting", NodeKind.Meeting, entities);
        Field<EntityInterface>("node")
            .Description("Any node by id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The node id.")
            .ResolveAsync(async c => await entities.FindAsync(c.GetArgument<string>("id"), null, null, c.CancellationToken).ConfigureAwait(false));

        Field<NonNullGraphType<MeetingConnectionType>>("meetings")
            .Description("Meetings matching a filter, as a Relay connection. The top-level participant/country/from/to arguments are shorthands for the filter's.")
            .Argument<MeetingFilterInputType>("filter", "Conditions that must all hold.")
            .Argument<StringGraphType>("participant", "Shorthand for filter.participant.")
            .Argument<StringGraphType>("country", "Shorthand for filter.country.")
            .Argument<DateScalar>("from", "Shorthand for filter.from.")
            .Argument<DateScalar>("to", "Shorthand for filter.to.")
            .Argument<MeetingOrderEnum>("orderBy", "Order (default newest first).")
            .Argument<IntGraphType>("first", "Page size (default and maximum are configured).")
            .Argument<StringGraphType>("after", "Cursor after which the page starts.")
            .ResolveAsync(async c => await meetings.FindAsync(
                FilterOf(c), c.GetArgument("orderBy", MeetingOrder.DateDescending), paging.PageSize(c.GetArgument<int?>("first")),
                c.GetArgument<string?>("after"), c.Loader(), c.CancellationToken).ConfigureAwait(false));

        Field<NonNullGraphType<MeetingConnectionType>>("metBetween")
            .Description("The meetings two persons both took part in.")
            .Argument<NonNullGraphType<StringGraphType>>("a", "First person (name or id).")
            .Argument<NonNullGraphType<StringGraphType>>("b", "Second person (name or id).")
            .Argument<DateScalar>("from", "On or after this date.")
            .Argument<DateScalar>("to", "On or before this date.")
            .Argument<IntGraphType>("first", "Page size.")
            .Argument<StringGraphType>("after", "Cursor after which the page starts.")
            .ResolveAsync(async c => await meetings.FindAsync(
                MeetingFilter.None with { Participants = [c.GetArgument<string>("a"), c.GetArgument<string>("b")], From = c.GetArgument<DateOnly?>("from"), To = c.GetArgument<DateOnly?>("to") },
                MeetingOrder.DateDescending, paging.PageSize(c.GetArgument<int?>("first")), c.GetArgument<string?>("after"), c.Loader(), c.CancellationToken).ConfigureAwait(false));

        Field<BilateralTiesType>("bilateralTies")
            .Description("Meetings involving both countries over time, bucketed for charts (empty buckets included). Null when a country is unknown.")
            .Argument<NonNullGraphType<StringGraphType>>("a", "First country (ISO code, name or id).")
            .Argument<NonNullGraphType<StringGraphType>>("b", "Second country (ISO code, name or id).")
            .Argument<DateScalar>("from", "First day of the series (default: first meeting).")
            .Argument<DateScalar>("to", "Last day of the series (default: latest meeting).")
            .Argument<GranularityEnum>("granularity", "Bucket width (default MONTH).")
            .ResolveAsync(async c => await ties.BilateralAsync(
                c.GetArgument<string>("a"), c.GetArgument<string>("b"), c.GetArgument<DateOnly?>("from"), c.GetArgument<DateOnly?>("to"),
                c.GetArgument("granularity", TieGranularity.Month), c.CancellationToken).ConfigureAwait(false));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountryTieType>>>>("countryTies")
            .Description("Partner countries of a country, ranked by meetings involving both.")
            .Argument<NonNullGraphType<StringGraphType>>("country", "The country (ISO code, name or id).")
            .Argument<DateScalar>("from", "On or after this date.")
            .Argument<DateScalar>("to", "On or before this date.")
            .Argument<IntGraphType>("first", "How many partners.")
            .ResolveAsync(async c => await ties.PartnersAsync(
                c.GetArgument<string>("country"), c.GetArgument<DateOnly?>("from"), c.GetArgument<DateOnly?>("to"),
                paging.PageSize(c.GetArgument<int?>("first")), c.CancellationToken).ConfigureAwait(false));

        Field<SubgraphType>("neighborhood")
            .Description("Nodes and relationships within 'depth' hops of a node (edges followed both ways). Null when the node is unknown.")
            .Argument<NonNullGraphType<StringGraphType>>("id", "Start node (id or name).")
            .Argument<IntGraphType>("depth", "Hops, 1 to 3 (default 1).")
            .Argument<ListGraphType<NonNullGraphType<NodeKindEnum>>>("kinds", "Only pass through and return nodes of these kinds.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("relationshipTypes", "Only follow these relationship types.")
            .ResolveAsync(async c => await traversal.NeighborhoodAsync(
                c.GetArgument<string>("id"), c.GetArgument("depth", 1), c.GetArgument<List<NodeKind>?>("kinds"),
                c.GetArgument<List<string>?>("relationshipTypes"), c.MaySelect("edges", "sources"), c.CancellationToken).ConfigureAwait(false));

        Field<PathType>("shortestPath")
            .Description("A shortest chain of relationships from one node to another (e.g. how Nazarbayev is connected to Sisi). Null when none within maxHops. A search that would read more relationships than the server allows (Api:MaxPathSearchEdges) stops with a LIMIT_EXCEEDED error rather than give a longer path.")
            .Argument<NonNullGraphType<StringGraphType>>("from", "Start node (id or name).")
            .Argument<NonNullGraphType<StringGraphType>>("to", "End node (id or name).")
            .Argument<IntGraphType>("maxHops", "Longest path considered, 1 to 6 (default 6).")
            .Argument<ListGraphType<NonNullGraphType<NodeKindEnum>>>("via", "Intermediate nodes must be of these kinds.")
            .ResolveAsync(async c => await traversal.ShortestPathAsync(
                c.GetArgument<string>("from"), c.GetArgument<string>("to"), c.GetArgument("maxHops", TraversalService.MaxHops),
                c.GetArgument<List<NodeKind>?>("via"), c.MaySelect("edges", "sources"), c.CancellationToken).ConfigureAwait(false));

        Field<NonNullGraphType<StatsType>>("stats")
            .Description("Size of the graph: nodes per kind and relationships.")
            .ResolveAsync(async c => await stats.GetStatsAsync(c.CancellationToken).ConfigureAwait(false));

        Export.GraphQL.SubgraphField.AddTo(this);
    }

    private void Lookup<TType>(string name, NodeKind kind, EntityService entities)
        where TType : IGraphType =>
        Field<TType>(name)
            .Description($"Looks up one {kind} by id or by name (Arabic or English, any known spelling); null when none matches.")
            .Argument<IdGraphType>("id", "The node id.")
            .Argument<StringGraphType>("name", "A name in Arabic or English.")
            .ResolveAsync(async c => await entities.FindAsync(c.GetArgument<string?>("id"), c.GetArgument<string?>("name"), kind, c.CancellationToken).ConfigureAwait(false));

    private static MeetingFilter FilterOf(IResolveFieldContext c)
    {
        var f = c.GetArgument<Dictionary<string, object?>?>("filter") ?? [];
        var participants = new List<string>();
        if (f.GetValueOrDefault("participant") is string p) participants.Add(p);
        if (f.GetValueOrDefault("participants") is IEnumerable<object?> ps) participants.AddRange(ps.OfType<string>());
        if (c.GetArgument<string?>("participant") is { } p2) participants.Add(p2);
        var countries = new List<string>();
        if (f.GetValueOrDefault("country") is string co) countries.Add(co);
        if (c.GetArgument<string?>("country") is { } co2) countries.Add(co2);
        return new MeetingFilter(
            participants, countries, f.GetValueOrDefault("place") as string, f.GetValueOrDefault("initiative") as string,
            c.GetArgument<DateOnly?>("from") ?? f.GetValueOrDefault("from") as DateOnly?,
            c.GetArgument<DateOnly?>("to") ?? f.GetValueOrDefault("to") as DateOnly?);
    }
}
