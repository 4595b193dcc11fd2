namespace DiplomacyGraph.Bench.Api;

/// <summary>The queries the issue names: a person's meetings page, counterparts, metBetween, bilateral ties by month over 10 years, neighborhood depth 2, shortestPath.</summary>
internal static class Scenarios
{
    public static IReadOnlyList<Scenario> For(SyntheticGraph graph, int seed)
    {
        var random = new Random(seed + 1);
        var zipf = new Zipf(graph.Persons, 1.05);
        // Persons as users ask about them: mostly the frequent ones, as the Zipf draw makes them.
        var asked = Enumerable.Range(0, 256).Select(_ => SyntheticGraph.PersonId(zipf.Next(random))).ToArray();
        var uniform = Enumerable.Range(0, 256).Select(_ => SyntheticGraph.PersonId(random.Next(graph.Persons))).ToArray();
        var pairs = graph.SampledPairs.Count > 0 ? graph.SampledPairs : [(0, 1)];
        var countryPairs = new[] { (0, 1), (0, 2), (1, 2), (0, 3), (2, 5), (1, 4), (3, 7), (0, 10) };

        return
        [
            new("person meetings page (20)",
                "query($p: ID!) { person(id: $p) { meetings(first: 20) { totalCount pageInfo { endCursor } nodes { date place { name } participants { name } } } } }",
                i => new { p = asked[i % asked.Length] }),
            new("counterparts (top 20)",
                "query($p: ID!) { person(id: $p) { counterparts(first: 20) { person { name } meetingCount firstMet lastMet } } }",
                i => new { p = asked[i % asked.Length] }),
            new("metBetween",
                "query($a: String!, $b: String!) { metBetween(a: $a, b: $b, first: 20) { totalCount nodes { date place { name } } } }",
                i => new { a = SyntheticGraph.PersonId(pairs[i % pairs.Count].A), b = SyntheticGraph.PersonId(pairs[i % pairs.Count].B) }),
            new("bilateralTies month x 10y",
                "query($a: String!, $b: String!) { bilateralTies(a: $a, b: $b, from: \"2010-01-01\", to: \"2019-12-31\", granularity: MONTH) { totalMeetings buckets { period meetingCount } } }",
                i => new { a = SyntheticGraph.Iso(countryPairs[i % countryPairs.Length].Item1), b = SyntheticGraph.Iso(countryPairs[i % countryPairs.Length].Item2) }),
            new("neighborhood depth 2",
                "query($p: String!) { neighborhood(id: $p, depth: 2) { truncated nodes { id kind } edges { type fromId toId } } }",
                i => new { p = uniform[i % uniform.Length] }),
            new("shortestPath <= 6 hops",
                "query($a: String!, $b: String!) { shortestPath(from: $a, to: $b, maxHops: 6) { length nodes { id } } }",
                i => new { a = uniform[i % uniform.Length], b = uniform[(i * 7 + 3) % uniform.Length] }),
            new("search by name",
                "query($t: String!) { search(text: $t, first: 5) { id name } }",
                i => new { t = "Person " + (i % graph.Persons).ToString("00000", System.Globalization.CultureInfo.InvariantCulture) }),
        ];
    }
}
