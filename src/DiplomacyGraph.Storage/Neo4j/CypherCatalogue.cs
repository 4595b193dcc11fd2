using System.Text.RegularExpressions;
using DiplomacyGraph.Domain.Graph;

namespace DiplomacyGraph.Storage.Neo4j;

/// <summary>
/// Every Cypher statement the Neo4j store can send, by name. Nothing else is ever sent: values travel as parameters,
/// and labels and relationship types come only from <see cref="CypherWhitelist"/>, so no user text becomes Cypher.
/// <c>dg cypher --list</c> prints this table and CI lints each entry with Neo4j's own parser.
/// </summary>
internal static partial class CypherCatalogue
{
    public const string Ping = "read.ping";
    public const string StatsNodes = "read.stats.nodes";
    public const string StatsEdges = "read.stats.edges";
    public const string NodesById = "read.nodes.by_id";
    public const string Search = "read.search";
    public const string EdgesOut = "read.edges.outgoing";
    public const string EdgesIn = "read.edges.incoming";
    public const string EdgesOutBare = "read.edges.outgoing.without_sources";
    public const string EdgesInBare = "read.edges.incoming.without_sources";
    public const string Meetings = "read.meetings";
    public const string MeetingDateCounts = "read.meetings.count_by_date";
    public const string Counterparts = "read.counterparts";
    public const string CountryTies = "read.country_ties";
    public const string Neighbors = "read.neighbors";
    public const string ShortestPaths = "read.shortest_paths";
    public const string ScanNodes = "scan.nodes";
    public const string FetchNodesForWrite = "write.nodes.fetch";
    public const string FetchEdgesForWrite = "write.edges.fetch";

    public static string MergeNodes(NodeKind kind) => "write.nodes.merge." + CypherWhitelist.Label(kind);

    public static string MergeEdges(string type) => "write.edges.merge." + CypherWhitelist.RelationshipType(type);

    public static string ScanEdgesOf(string type) => "scan.edges." + CypherWhitelist.RelationshipType(type);

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Table = new(Build);

    /// <summary>Name → statement, in a stable order (schema first, then writes, then reads).</summary>
    public static IReadOnlyDictionary<string, string> All => Table.Value;

    /// <summary>Names of the schema statements, in the order <see cref="Neo4jGraphStore.InitializeAsync"/> runs them.</summary>
    public static IEnumerable<string> SchemaNames => All.Keys.Where(k => k.StartsWith("schema.", StringComparison.Ordinal));

    public static string Get(string name) =>
        All.TryGetValue(name, out var text) ? text : throw new KeyNotFoundException($"No Cypher statement named '{name}' in the catalogue.");

    private static IReadOnlyDictionary<string, string> Build()
    {
        var t = new List<KeyValuePair<string, string>>();
        void Add(string name, string cypher) => t.Add(new(name, OneLine(cypher)));

        Add("schema.constraint.node_id", "CREATE CONSTRAINT node_id_unique IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE");
        foreach (var kind in Enum.GetValues<NodeKind>())
        {
            var label = CypherWhitelist.Label(kind);
            Add("schema.constraint." + label + "_id", $"CREATE CONSTRAINT {label.ToLowerInvariant()}_id_unique IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE");
        }
        Add("schema.index.node_kind", "CREATE INDEX node_kind IF NOT EXISTS FOR (n:Node) ON (n.kind)");
        Add("schema.index.node_name_en", "CREATE INDEX node_name_en IF NOT EXISTS FOR (n:Node) ON (n.nameKeyEn)");
        Add("schema.index.node_name_ar", "CREATE INDEX node_name_ar IF NOT EXISTS FOR (n:Node) ON (n.nameKeyAr)");
        Add("schema.index.country_iso", "CREATE INDEX country_iso IF NOT EXISTS FOR (n:Country) ON (n.iso)");
        Add("schema.index.meeting_date", "CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date)");
        Add("schema.index.article_date", "CREATE INDEX article_date IF NOT EXISTS FOR (n:Article) ON (n.date)");
        Add("schema.fulltext.node_names",
            "CREATE FULLTEXT INDEX node_names IF NOT EXISTS FOR (n:Node) ON EACH [n.nameEn, n.nameAr, n.searchText] " +
            "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}}");
        foreach (var type in CypherWhitelist.RelationshipTypes)
            Add("schema.index.rel_id." + type, $"CREATE INDEX rel_{type.ToLowerInvariant()}_id IF NOT EXISTS FOR ()-[r:{type}]-() ON (r.id)");

        Add(FetchNodesForWrite, "UNWIND $ids AS id MATCH (n:Node {id: id}) RETURN n");
        foreach (var kind in Enum.GetValues<NodeKind>())
            Add(MergeNodes(kind), $"UNWIND $rows AS row MERGE (n:Node {{id: row.id}}) SET n:{CypherWhitelist.Label(kind)}, n += row.props");
        // By id alone, whatever the stored ends and type, so that an id reused with other ends is caught; one
        // index seek per whitelisted type (relationship indexes are per type).
        Add(FetchEdgesForWrite,
            "UNWIND $ids AS id CALL (id) { " +
            string.Join(" UNION ", CypherWhitelist.RelationshipTypes.Select(t => $"MATCH (a:Node)-[r:{t} {{id: id}}]->(b:Node) RETURN r, a.id AS fromId, b.id AS toId")) +
            " } RETURN r, fromId, toId");
        foreach (var type in CypherWhitelist.RelationshipTypes)
            Add(MergeEdges(type),
                $"UNWIND $rows AS row MATCH (a:Node {{id: row.from}}) MATCH (b:Node {{id: row.to}}) MERGE (a)-[r:{type} {{id: row.id}}]->(b) SET r += row.props");

        Add(Ping, "RETURN 1 AS ok");
        Add(StatsNodes, "MATCH (n:Node) RETURN n.kind AS kind, count(n) AS count");
        Add(StatsEdges, "MATCH (:Node)-[r]->(:Node) RETURN count(r) AS count");
        Add(NodesById, "UNWIND $ids AS id MATCH (n:Node {id: id}) RETURN n");
        Add(Search, """
            MATCH (n:Node)
            WHERE size($kinds) = 0 OR n.kind IN $kinds
            WITH n, CASE
              WHEN $key IN n.searchKeys THEN 0
              WHEN any(k IN n.searchKeys WHERE k STARTS WITH $key) THEN 2
              WHEN size($tokens) > 0 AND all(t IN $tokens WHERE t IN n.nameTokens) THEN 3
              WHEN $phonetic <> '' AND $phonetic IN n.phoneticKeys THEN 4
            END AS tier
            WHERE tier IS NOT NULL
            RETURN n, tier ORDER BY tier, n.id LIMIT $cap
            """);
        Add(EdgesOut, """
            UNWIND $ids AS id MATCH (a:Node {id: id})-[r]->(b:Node)
            WHERE size($types) = 0 OR type(r) IN $types
            RETURN r, a.id AS fromId, b.id AS toId
            """);
        Add(EdgesIn, """
            UNWIND $ids AS id MATCH (a:Node)-[r]->(b:Node {id: id})
            WHERE size($types) = 0 OR type(r) IN $types
            RETURN r, a.id AS fromId, b.id AS toId
            """);
        // The same edges without their sources: the provenance JSON is most of an edge's bytes.
        Add(EdgesOutBare, """
            UNWIND $ids AS id MATCH (a:Node {id: id})-[r]->(b:Node)
            WHERE size($types) = 0 OR type(r) IN $types
            RETURN r.id AS id, type(r) AS type, r.propsJson AS propsJson, a.id AS fromId, b.id AS toId
            """);
        Add(EdgesInBare, """
            UNWIND $ids AS id MATCH (a:Node)-[r]->(b:Node {id: id})
            WHERE size($types) = 0 OR type(r) IN $types
            RETURN r.id AS id, type(r) AS type, r.propsJson AS propsJson, a.id AS fromId, b.id AS toId
            """);
        Add(Meetings, """
            MATCH (m:Meeting)
            WHERE ($from IS NULL OR m.date >= $from) AND ($to IS NULL OR m.date <= $to)
              AND all(c IN $countries WHERE c IN m.countryKeys)
              AND all(p IN $participants WHERE p IN [(q:Node)-[:PARTICIPATED_IN]->(m) | q.id])
              AND ($place IS NULL OR EXISTS { MATCH (m)-[:HELD_IN]->(:Node {id: $place}) })
              AND ($mentioned IS NULL OR EXISTS { MATCH (m)-[:REPORTED_IN]->(:Node)-[:MENTIONS]->(:Node {id: $mentioned}) })
            WITH m
            ORDER BY m.date IS NULL,
              CASE WHEN $ascending THEN m.date END ASC, CASE WHEN $ascending THEN NULL ELSE m.date END DESC,
              CASE WHEN $ascending THEN m.id END ASC, CASE WHEN $ascending THEN NULL ELSE m.id END DESC
            WITH collect(m) AS ms
            RETURN size(ms) AS total, ms[$offset..$end] AS page
            """);
        // The same filter as read.meetings, aggregated per date on the server so that a ten-year series moves one row
        // per date, not every meeting; participants are matched only when the caller asks for them.
        Add(MeetingDateCounts, """
            MATCH (m:Meeting)
            WHERE m.date IS NOT NULL AND ($from IS NULL OR m.date >= $from) AND ($to IS NULL OR m.date <= $to)
              AND all(c IN $countries WHERE c IN m.countryKeys)
              AND all(p IN $participants WHERE p IN [(q:Node)-[:PARTICIPATED_IN]->(m) | q.id])
              AND ($place IS NULL OR EXISTS { MATCH (m)-[:HELD_IN]->(:Node {id: $place}) })
              AND ($mentioned IS NULL OR EXISTS { MATCH (m)-[:REPORTED_IN]->(:Node)-[:MENTIONS]->(:Node {id: $mentioned}) })
            OPTIONAL MATCH (person:Node)-[:PARTICIPATED_IN]->(m) WHERE $withPersons
            WITH m.date AS date, count(DISTINCT m) AS meetings, collect(DISTINCT person.id) AS persons
            RETURN date, meetings, persons ORDER BY date
            """);
        Add(Counterparts, """
            MATCH (p:Node {id: $id})-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(o:Node)
            WHERE o.id <> $id AND ($from IS NULL OR m.date >= $from) AND ($to IS NULL OR m.date <= $to)
            RETURN DISTINCT o.id AS person, m.id AS meeting, m.date AS date
            """);
        Add(CountryTies, """
            MATCH (m:Meeting)
            WHERE $iso IN m.countryKeys AND ($from IS NULL OR m.date >= $from) AND ($to IS NULL OR m.date <= $to)
            RETURN m.id AS meeting, m.date AS date, m.countryKeys AS countries
            """);
        Add(Neighbors, """
            UNWIND $ids AS id MATCH (a:Node {id: id})-[r]-(b:Node)
            WHERE (size($types) = 0 OR type(r) IN $types) AND (size($kinds) = 0 OR b.kind IN $kinds OR b.id = $start)
            RETURN DISTINCT r, a.id AS via, startNode(r).id AS fromId, endNode(r).id AS toId, b AS node
            """);
        // The kind filter sits inside the quantified pattern so it is a pre-filter (applied before the shortest paths are
        // chosen); the hop limit is a post-filter on purpose: a shortest path longer than MaxHops means "no path".
        Add(ShortestPaths, """
            MATCH p = ALL SHORTEST (a:Node {id: $from}) (()-[]-(x:Node) WHERE size($via) = 0 OR x.kind IN $via OR x.id = $to){1,6} (b:Node {id: $to})
            WHERE length(p) <= $maxHops
            RETURN nodes(p) AS nodes, [r IN relationships(p) | [r, startNode(r).id, endNode(r).id]] AS rels
            LIMIT $cap
            """);
        Add(ScanNodes, "MATCH (n:Node) WHERE n.id > $after RETURN n ORDER BY n.id LIMIT $limit");
        // One keyset scan per relationship type: each is served in id order by that type's r.id index, and the store
        // merges the streams, instead of sorting every relationship of the graph for every page.
        foreach (var type in CypherWhitelist.RelationshipTypes)
            Add(ScanEdgesOf(type), $"MATCH (a:Node)-[r:{type}]->(b:Node) WHERE r.id > $after RETURN r, a.id AS fromId, b.id AS toId ORDER BY r.id LIMIT $limit");

        var dict = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in t) dict.Add(k, v);
        return new OrderedView(t.Select(p => p.Key).ToList(), dict);
    }

    // The Query API documentation asks for statements without literal line breaks.
    private static string OneLine(string cypher) => Spaces().Replace(cypher.Trim(), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>A read-only dictionary that enumerates in insertion order.</summary>
    private sealed class OrderedView(IReadOnlyList<string> order, Dictionary<string, string> map) : IReadOnlyDictionary<string, string>
    {
        public string this[string key] => map[key];
        public IEnumerable<string> Keys => order;
        public IEnumerable<string> Values => order.Select(k => map[k]);
        public int Count => order.Count;
        public bool ContainsKey(string key) => map.ContainsKey(key);
        public bool TryGetValue(string key, out string value) => map.TryGetValue(key, out value!);
        public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => order.Select(k => new KeyValuePair<string, string>(k, map[k])).GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
