using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;

namespace DiplomacyGraph.Export.Selection;

/// <summary>
/// Resolves a seed or filter selection into a subgraph held in memory (bounded by a node cap), sorted by id so
/// two exports of the same selection are byte-identical. Every edge kept has both ends in the node set.
/// </summary>
internal sealed class SubgraphResolver(IGraphStore store)
{
    private const int Chunk = 500;
    private const int MeetingPage = 500;

    private readonly NodeReferenceResolver _refs = new(store);

    public async Task<Subgraph> ResolveAsync(ExportSelection selection, int maxNodes, CancellationToken ct) =>
        selection.Mode == SelectionMode.Seeds
            ? await SeedsAsync(selection, maxNodes, ct)
            : await FilterAsync(selection, maxNodes, ct);

    private async Task<Subgraph> SeedsAsync(ExportSelection selection, int maxNodes, CancellationToken ct)
    {
        var nodes = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        var edges = new Dictionary<string, GraphEdge>(StringComparer.Ordinal);
        var kinds = selection.Kinds.Count > 0 ? selection.Kinds : null;
        var types = selection.Types.Count > 0 ? selection.Types : null;
        foreach (var seed in selection.Seeds)
        {
            var start = await _refs.ResolveAsync(seed, "seed", null, ct);
            var part = await store.GetNeighborhoodAsync(new NeighborhoodQuery(start.Id, selection.Depth, kinds, types, maxNodes + 1), ct);
            if (part.Truncated) throw TooLarge(maxNodes, $"the neighbourhood of '{seed}' at depth {selection.Depth}");
            nodes.TryAdd(start.Id, start);
            foreach (var n in part.Nodes) nodes.TryAdd(n.Id, n);
            foreach (var e in part.Edges) edges.TryAdd(e.Id, e);
            if (nodes.Count > maxNodes) throw TooLarge(maxNodes, "the seeds' neighbourhoods");
        }
        return Build(nodes, edges.Values, selection);
    }

    private async Task<Subgraph> FilterAsync(ExportSelection selection, int maxNodes, CancellationToken ct)
    {
        var persons = new List<string>();
        foreach (var p in selection.Persons) persons.Add((await _refs.ResolveAsync(p, "person", [NodeKind.Person], ct)).Id);
        var initiatives = new List<string>();
        foreach (var i in selection.Initiatives) initiatives.Add((await _refs.ResolveAsync(i, "initiative", [NodeKind.Initiative], ct)).Id);
        var countries = new List<GraphNode>();
        foreach (var c in selection.Countries) countries.Add(await ResolveCountryAsync(c, ct));

        var core = new HashSet<string>(persons.Concat(initiatives).Concat(countries.Select(c => c.Id)), StringComparer.Ordinal);
        var meetings = new HashSet<string>(StringComparer.Ordinal);
        var mentioned = initiatives.Count > 0 ? initiatives.Cast<string?>().ToList() : [null];
        foreach (var initiative in mentioned)
        {
            for (var offset = 0; ; offset += MeetingPage)
            {
                var page = await store.FindMeetingsAsync(new MeetingQuery(
                    persons.Count > 0 ? persons : null, countries.Count > 0 ? countries.Select(c => c.Iso ?? c.Id).ToList() : null,
                    null, selection.From, selection.To, MeetingOrder.DateAscending, offset, MeetingPage)
                { MentionedEntityId = initiative }, ct);
                foreach (var m in page.Meetings) meetings.Add(m.Id);
                if (meetings.Count > maxNodes) throw TooLarge(maxNodes, "the meetings matching the filter");
                if (page.Meetings.Count < MeetingPage) break;
            }
        }

        // The matched meetings and initiatives bring their direct neighbours: participants, place, sources, proposers.
        var ids = new HashSet<string>(core, StringComparer.Ordinal);
        ids.UnionWith(meetings);
        foreach (var chunk in meetings.Concat(initiatives).Chunk(Chunk))
        {
            foreach (var e in await store.GetEdgesAsync(new EdgeQuery(chunk, EdgeDirection.Both), ct))
            {
                ids.Add(e.From);
                ids.Add(e.To);
            }
            if (ids.Count > maxNodes) throw TooLarge(maxNodes, "the meetings matching the filter and their neighbours");
        }

        var nodes = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(Chunk))
        {
            foreach (var (id, node) in await store.GetNodesAsync(chunk, ct)) nodes[id] = node;
        }
        var edges = new Dictionary<string, GraphEdge>(StringComparer.Ordinal);
        var types = selection.Types.Count > 0 ? selection.Types : null;
        foreach (var chunk in nodes.Keys.Chunk(Chunk))
        {
            foreach (var e in await store.GetEdgesAsync(new EdgeQuery(chunk, EdgeDirection.Outgoing, types), ct))
            {
                if (nodes.ContainsKey(e.To)) edges.TryAdd(e.Id, e);
            }
        }
        return Build(nodes, edges.Values, selection);
    }

    private async Task<GraphNode> ResolveCountryAsync(string reference, CancellationToken ct)
    {
        var text = reference.Trim();
        if (text.Length == 2 && text.All(char.IsAsciiLetter))
        {
            var id = NodeIds.Country(text);
            var found = await store.GetNodesAsync([id], ct);
            if (found.TryGetValue(id, out var node)) return node;
            throw new ExportException(ExportErrorCodes.UnknownSeed, $"unknown country '{reference}': no Country node has this ISO code.");
        }
        return await _refs.ResolveAsync(text, "country", [NodeKind.Country], ct);
    }

    /// <summary>Applies the kind and type filters, drops edges with a missing end, and sorts by id.</summary>
    private static Subgraph Build(Dictionary<string, GraphNode> nodes, IEnumerable<GraphEdge> edges, ExportSelection selection)
    {
        var kept = nodes.Values
            .Where(n => selection.Kinds.Count == 0 || selection.Kinds.Contains(n.Kind))
            .OrderBy(n => n.Id, StringComparer.Ordinal)
            .ToList();
        var keptIds = kept.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var keptEdges = edges
            .Where(e => keptIds.Contains(e.From) && keptIds.Contains(e.To))
            .Where(e => selection.Types.Count == 0 || selection.Types.Contains(e.Type, StringComparer.Ordinal))
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        return new Subgraph(kept, keptEdges);
    }

    private static ExportException TooLarge(int max, string what) =>
        new(ExportErrorCodes.TooLarge, $"{what} holds more than {max} nodes; narrow the selection (smaller depth, kinds, types or dates) or export the whole graph.");
}
