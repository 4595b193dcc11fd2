using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;

namespace DiplomacyGraph.Storage.Tests.Contract;

public abstract partial class GraphStoreContractTests
{
    private async Task<List<(DateOnly Date, int Count, string Persons)>> DateCountsAsync(MeetingQuery filter, bool withPersons = false) =>
        [.. (await Store.CountMeetingsByDateAsync(new MeetingDateCountQuery(filter, withPersons), Ct))
            .Select(d => (d.Date, d.MeetingCount, string.Join(",", d.PersonIds)))];

    [Fact]
    public async Task CountMeetingsByDateAsync_countries_countsPerDateOldestFirst()
    {
        var g = await SeedMeetingsAsync();
        Assert.Equal(
            [(new DateOnly(2018, 11, 22), 1, ""), (new DateOnly(2019, 3, 1), 1, ""), (new DateOnly(2020, 1, 10), 1, "")],
            await DateCountsAsync(new MeetingQuery(CountryIsos: ["CN", "kz"])));
        // Two meetings on one day count 2; the undated meeting of A is not counted.
        Assert.Equal(
            [(new DateOnly(2018, 11, 22), 1, ""), (new DateOnly(2019, 3, 1), 2, ""), (new DateOnly(2020, 1, 10), 1, "")],
            await DateCountsAsync(new MeetingQuery([g.A])));
    }

    [Fact]
    public async Task CountMeetingsByDateAsync_withPersons_listsDistinctParticipantsInIdOrder()
    {
        var g = await SeedMeetingsAsync();
        string Ids(params string[] ids) => string.Join(",", ids.Order(StringComparer.Ordinal));
        Assert.Equal(
            [(new DateOnly(2019, 3, 1), 2, Ids(g.A, g.B, g.C)), (new DateOnly(2020, 1, 10), 1, Ids(g.A, g.B, g.C))],
            await DateCountsAsync(new MeetingQuery([g.A], From: new DateOnly(2019, 1, 1)), withPersons: true));
        Assert.Equal(
            [(new DateOnly(2017, 5, 5), 1, Ids(g.B, g.C)), (new DateOnly(2018, 11, 22), 1, Ids(g.A, g.B))],
            await DateCountsAsync(new MeetingQuery(To: new DateOnly(2018, 12, 31)), withPersons: true));
    }

    [Fact]
    public async Task CountMeetingsByDateAsync_sameFilterAsFindMeetings_agreesWithIt()
    {
        var g = await SeedMeetingsAsync();
        MeetingQuery[] filters =
        [
            new(), new([g.A, g.B]), new(CountryIsos: ["EG"]), new(PlaceId: g.Beijing), new([g.B], PlaceId: g.Cairo),
            new(From: new DateOnly(2019, 3, 1), To: new DateOnly(2019, 3, 1)),
            new() { MentionedEntityId = g.Initiative },
        ];
        foreach (var f in filters)
        {
            var page = await Store.FindMeetingsAsync(f with { First = 100 }, Ct);
            var expected = page.Meetings.Where(m => m.Date is not null).GroupBy(m => m.Date!.Value).OrderBy(x => x.Key)
                .Select(x => (x.Key, x.Count(), "")).ToList();
            Assert.Equal(expected, await DateCountsAsync(f));
        }
    }

    [Fact]
    public async Task CountMeetingsByDateAsync_unknownNode_isEmpty()
    {
        await SeedMeetingsAsync();
        Assert.Empty(await DateCountsAsync(new MeetingQuery(["person:nobody"]), withPersons: true));
        Assert.Empty(await DateCountsAsync(new MeetingQuery(CountryIsos: ["ZZ"])));
    }

    [Fact]
    public async Task CountMeetingsByDateAsync_meetingDatedAndWidenedLater_countsUnderItsNewDateAndCountries()
    {
        var b = new TestGraphBuilder();
        var a = b.Person("A Person");
        var c = b.Person("C Person");
        var m = b.Meeting(null, [a, c], ["CN", "KZ"]);
        await Store.WriteAsync(b.Build(), Ct);
        Assert.Empty(await DateCountsAsync(new MeetingQuery(CountryIsos: ["CN", "KZ"])));
        var undated = await Store.FindMeetingsAsync(new MeetingQuery([a]), Ct);
        Assert.Equal((1, m), (undated.TotalCount, Assert.Single(undated.Meetings).Id));

        var day = new DateOnly(2021, 2, 3);
        await Store.WriteAsync(new GraphBatch([new GraphNode(m, NodeKind.Meeting, Names.Empty, []) { Countries = ["EG"], Date = day }], []), Ct);

        Assert.Equal([(day, 1, "")], await DateCountsAsync(new MeetingQuery(CountryIsos: ["kz", "CN"])));
        Assert.Equal([(day, 1, "")], await DateCountsAsync(new MeetingQuery(CountryIsos: ["EG", "CN"], From: day, To: day)));
        Assert.Equal([m], (await Store.FindMeetingsAsync(new MeetingQuery(CountryIsos: ["KZ", "EG"], From: day), Ct)).Meetings.Select(x => x.Id));
        // A person's totals follow the date: the meeting now pages as a dated one, once.
        await Store.WriteAsync(b.Build(), Ct);
        var dated = await Store.FindMeetingsAsync(new MeetingQuery([c], First: 5), Ct);
        Assert.Equal((1, m), (dated.TotalCount, Assert.Single(dated.Meetings).Id));
        Assert.Equal(1, (await Store.FindMeetingsAsync(new MeetingQuery([c], From: day), Ct)).TotalCount);
        Assert.Empty((await Store.FindMeetingsAsync(new MeetingQuery([c], First: 5, Offset: 1), Ct)).Meetings);
    }
}
