using System.Globalization;
using DiplomacyGraph.Domain.Graph;

namespace DiplomacyGraph.Bench.Export;

/// <summary>
/// A synthetic graph shaped like the real one and generated on the fly (nothing held in memory): persons with
/// Arabic and English names, meetings with dates and countries, and PARTICIPATED_IN / HOLDS_OFFICE / MET edges
/// each carrying one source with an Arabic evidence sentence.
/// </summary>
internal sealed class SyntheticGraphGenerator(int nodeCount, int edgeCount)
{
    private const string Evidence = "التقى الرئيس الصيني شي جين بينغ رئيس الوزراء القازاقي باقيتجان ساغينتاييف في بكين يوم الخميس.";
    private static readonly string[] Isos = ["CN", "KZ", "EG", "RU", "US", "FR", "SA", "AE", "TR", "IN"];

    public int NodeCount => nodeCount;

    public int EdgeCount => edgeCount;

    public async IAsyncEnumerable<GraphNode> Nodes()
    {
        for (var i = 0; i < nodeCount; i++)
        {
            yield return i % 4 == 0
                ? new GraphNode(MeetingId(i), NodeKind.Meeting, Names.Empty, [])
                {
                    Date = new DateOnly(2010, 1, 1).AddDays(i % 5000),
                    Countries = [Isos[i % Isos.Length], Isos[(i / 7) % Isos.Length]],
                }
                : new GraphNode(PersonId(i), NodeKind.Person, new Names("Person " + i.ToString(CultureInfo.InvariantCulture), "الشخص " + i.ToString(CultureInfo.InvariantCulture)), ["P. " + i.ToString(CultureInfo.InvariantCulture)]);
        }
        await Task.CompletedTask;
    }

    public async IAsyncEnumerable<GraphEdge> Edges()
    {
        for (var i = 0; i < edgeCount; i++)
        {
            // Endpoints are ids of generated nodes; the mix of types mimics the real graph.
            var a = (int)((i * 2654435761L) % nodeCount);
            var b = (int)((i * 40503L + 17) % nodeCount);
            var from = Id(a);
            var to = Id(b);
            var type = i % 3 == 0 ? RelationshipTypes.ParticipatedIn : i % 3 == 1 ? RelationshipTypes.HoldsOffice : "MET";
            var source = new EdgeSource("article:" + (i % 100_000).ToString("x12", CultureInfo.InvariantCulture), "http://example.org/" + (i % 100_000).ToString(CultureInfo.InvariantCulture), null, "ar", Evidence, 0, Evidence.Length);
            yield return new GraphEdge("edge:" + i.ToString("x16", CultureInfo.InvariantCulture), type, from, to)
            {
                Properties = type == RelationshipTypes.HoldsOffice ? new Dictionary<string, string> { ["title"] = "President" } : new Dictionary<string, string>(),
                Sources = [source],
            };
        }
        await Task.CompletedTask;
    }

    private static string Id(int i) => i % 4 == 0 ? MeetingId(i) : PersonId(i);

    private static string MeetingId(int i) => "meeting:" + i.ToString("x16", CultureInfo.InvariantCulture);

    private static string PersonId(int i) => "person:p" + i.ToString(CultureInfo.InvariantCulture);
}
