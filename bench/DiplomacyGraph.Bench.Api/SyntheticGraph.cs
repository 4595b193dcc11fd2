using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;

namespace DiplomacyGraph.Bench.Api;

/// <summary>
/// A synthetic diplomatic graph with realistic skew: persons and countries drawn by Zipf (a few leaders meet very
/// often), meetings of two persons from different countries over 2010–2019, two places per country, one article per
/// 20 meetings. Everything is derived from the seed, so the benchmark knows which ids exist.
/// </summary>
internal sealed class SyntheticGraph(BenchOptions options)
{
    public const int FullPersons = 20_000;
    public const int FullMeetings = 1_000_000;
    public const int CountryCount = 200;
    private const int MeetingsPerBatch = 20_000;
    private static readonly DateOnly FirstDay = new(2010, 1, 1);
    private const int Days = 3652;

    public int Persons { get; } = Math.Max(200, (int)(FullPersons * options.Scale));
    public int Meetings { get; } = Math.Max(1000, (int)(FullMeetings * options.Scale));

    public static string PersonId(int rank) => NodeIds.Entity(NodeKind.Person, PersonName(rank));
    public static string Iso(int rank) => string.Create(CultureInfo.InvariantCulture, $"{(char)('A' + (rank / 26))}{(char)('A' + (rank % 26))}");
    private static string PersonName(int rank) => string.Create(CultureInfo.InvariantCulture, $"Person {rank:00000}");
    private static string PlaceId(int country, int i) => NodeIds.Entity(NodeKind.Place, $"Place {Iso(country)} {i}");
    private static string ArticleId(int i) => NodeIds.Article(string.Create(CultureInfo.InvariantCulture, $"bench article {i}"));

    /// <summary>Pairs of persons that met, recorded while generating (for metBetween).</summary>
    public List<(int A, int B)> SampledPairs { get; } = [];

    public async Task<bool> EnsureAsync(IGraphStore store)
    {
        var marker = options.Db + ".json";
        var expected = JsonSerializer.Serialize(new { options.Scale, options.Seed, Persons, Meetings });
        if (!options.Regenerate && File.Exists(options.Db) && File.Exists(marker) && File.ReadAllText(marker) == expected)
        {
            foreach (var _ in Generate(null)) { } // replays the random sequence to recover the sampled pairs
            return false;
        }
        foreach (var f in new[] { options.Db, options.Db + "-wal", options.Db + "-shm", marker })
            if (File.Exists(f)) File.Delete(f);
        await store.InitializeAsync().ConfigureAwait(false);
        var sw = Stopwatch.StartNew();
        await store.WriteAsync(Entities()).ConfigureAwait(false);
        var written = 0;
        foreach (var batch in Generate(store))
        {
            await store.WriteAsync(batch).ConfigureAwait(false);
            written += batch.Nodes.Count(n => n.Kind == NodeKind.Meeting);
            Console.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\r  generated {written:N0}/{Meetings:N0} meetings in {sw.Elapsed.TotalSeconds:F0} s   "));
        }
        Console.Error.WriteLine();
        File.WriteAllText(marker, expected);
        return true;
    }

    private GraphBatch Entities()
    {
        var nodes = new List<GraphNode>();
        var edges = new List<GraphEdge>();
        var source = new EdgeSource(ArticleId(0), "https://example.org/bench/0", "bench-0.txt", "en", "Seed facts.", 0, 11);
        for (var c = 0; c < CountryCount; c++)
        {
            nodes.Add(new GraphNode(NodeIds.Country(Iso(c)), NodeKind.Country, new Names($"Country {Iso(c)}", $"دولة {Iso(c)}"), []) { Iso = Iso(c) });
            for (var i = 0; i < 2; i++)
            {
                nodes.Add(new GraphNode(PlaceId(c, i), NodeKind.Place, new Names($"Place {Iso(c)} {i}", $"مكان {Iso(c)} {i}"), []) { CountryIso = Iso(c) });
                edges.Add(new GraphEdge(NodeIds.Edge(RelationshipTypes.LocatedIn, PlaceId(c, i), NodeIds.Country(Iso(c))), RelationshipTypes.LocatedIn, PlaceId(c, i), NodeIds.Country(Iso(c))) { Sources = [source] });
            }
        }
        nodes.Add(new GraphNode(ArticleId(0), NodeKind.Article, Names.Empty, []));
        for (var p = 0; p < Persons; p++)
        {
            nodes.Add(new GraphNode(PersonId(p), NodeKind.Person, new Names(PersonName(p), string.Create(CultureInfo.InvariantCulture, $"الشخص {p:00000}")), []));
            var country = NodeIds.Country(Iso(PersonCountry(p)));
            edges.Add(new GraphEdge(NodeIds.Edge(RelationshipTypes.HoldsOffice, PersonId(p), country, "Minister"), RelationshipTypes.HoldsOffice, PersonId(p), country)
            {
                Properties = new Dictionary<string, string> { ["title"] = "Minister" },
                Sources = [source],
            });
        }
        return new GraphBatch(nodes, edges);
    }

    /// <summary>Country of a person: a fixed pseudo-random Zipf draw per person.</summary>
    public int PersonCountry(int person) => _countryOfPerson.Value[person];

    private readonly Lazy<int[]> _countryOfPerson = new(() =>
    {
        var random = new Random(options.Seed ^ 0x5eed);
        var zipf = new Zipf(CountryCount, 0.9);
        var n = Math.Max(200, (int)(FullPersons * options.Scale));
        var result = new int[n];
        for (var i = 0; i < n; i++) result[i] = i < CountryCount ? i : zipf.Next(random);
        return result;
    });

    private IEnumerable<GraphBatch> Generate(IGraphStore? store)
    {
        var random = new Random(options.Seed);
        var zipf = new Zipf(Persons, 1.05);
        var nodes = new List<GraphNode>();
        var edges = new List<GraphEdge>();
        for (var m = 0; m < Meetings; m++)
        {
            var a = zipf.Next(random);
            int b;
            do b = zipf.Next(random); while (b == a || PersonCountry(b) == PersonCountry(a));
            var date = FirstDay.AddDays(random.Next(Days));
            var place = PlaceId(random.Next(2) == 0 ? PersonCountry(a) : PersonCountry(b), random.Next(2));
            if (SampledPairs.Count < 200 && random.Next(50) == 0) SampledPairs.Add((a, b));
            if (store is null) continue;

            var article = ArticleId(1 + (m / 20));
            if (m % 20 == 0)
                nodes.Add(new GraphNode(article, NodeKind.Article, Names.Empty, [])
                {
                    Date = date,
                    Properties = new Dictionary<string, string> { ["file"] = $"bench-{1 + (m / 20)}.txt", ["lang"] = m % 40 == 0 ? "ar" : "en" },
                });
            var id = NodeIds.Meeting([PersonId(a), PersonId(b)], date, article);
            nodes.Add(new GraphNode(id, NodeKind.Meeting, Names.Empty, []) { Date = date, Countries = [Iso(PersonCountry(a)), Iso(PersonCountry(b))] });
            var source = new EdgeSource(article, null, $"bench-{1 + (m / 20)}.txt", "en", $"{PersonName(a)} met {PersonName(b)}.", 0, 30);
            edges.Add(Edge(RelationshipTypes.ParticipatedIn, PersonId(a), id, source));
            edges.Add(Edge(RelationshipTypes.ParticipatedIn, PersonId(b), id, source));
            edges.Add(Edge(RelationshipTypes.HeldIn, id, place, source));
            edges.Add(Edge(RelationshipTypes.ReportedIn, id, article, source));
            if (nodes.Count >= MeetingsPerBatch)
            {
                yield return new GraphBatch(nodes, edges);
                nodes = [];
                edges = [];
            }
        }
        if (store is not null && nodes.Count > 0) yield return new GraphBatch(nodes, edges);
    }

    private static GraphEdge Edge(string type, string from, string to, EdgeSource source) =>
        new(NodeIds.Edge(type, from, to), type, from, to) { Sources = [source] };
}
