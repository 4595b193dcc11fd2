using DiplomacyGraph.Domain.Storage;

namespace DiplomacyGraph.Storage.Tests.Contract;

public abstract partial class GraphStoreContractTests
{
    private async Task<List<string>> MeetingIdsAsync(MeetingQuery q) =>
        [.. (await Store.FindMeetingsAsync(q, Ct)).Meetings.Select(m => m.Id)];

    [Fact]
    public async Task FindMeetingsAsync_allOfParticipants_newestFirstWithTotal()
    {
        var g = await SeedMeetingsAsync();
        var page = await Store.FindMeetingsAsync(new MeetingQuery([g.A, g.B]), Ct);
        Assert.Equal(3, page.TotalCount);
        Assert.Equal([g.M4, g.M3, g.M1], page.Meetings.Select(m => m.Id));
        Assert.Equal([g.M4], await MeetingIdsAsync(new MeetingQuery([g.A, g.B, g.C])));
    }

    [Fact]
    public async Task FindMeetingsAsync_allOfCountries_matchesCaseInsensitively()
    {
        var g = await SeedMeetingsAsync();
        Assert.Equal([g.M4, g.M2], await MeetingIdsAsync(new MeetingQuery(CountryIsos: ["CN", "eg"])));
        Assert.Equal([g.M4, g.M6], await MeetingIdsAsync(new MeetingQuery(CountryIsos: ["kz", "EG"])));
        Assert.Equal([g.M5], await MeetingIdsAsync(new MeetingQuery([g.D], ["RU"])));
    }

    [Fact]
    public async Task FindMeetingsAsync_place_returnsMeetingsHeldThere()
    {
        var g = await SeedMeetingsAsync();
        Assert.Equal([g.M4, g.M1], await MeetingIdsAsync(new MeetingQuery(PlaceId: g.Beijing)));
        Assert.Equal([g.M3], await MeetingIdsAsync(new MeetingQuery([g.B], PlaceId: g.Cairo)));
    }

    [Fact]
    public async Task FindMeetingsAsync_dateBounds_areInclusiveAndExcludeUndated()
    {
        var g = await SeedMeetingsAsync();
        var (first, second) = g.SameDayAscending;
        Assert.Equal([second, first], await MeetingIdsAsync(new MeetingQuery([g.A], From: new DateOnly(2019, 3, 1), To: new DateOnly(2019, 3, 1))));
        Assert.Equal([g.M4, second, first], await MeetingIdsAsync(new MeetingQuery([g.A], From: new DateOnly(2019, 1, 1))));
        Assert.Equal([g.M1, g.M6], await MeetingIdsAsync(new MeetingQuery(To: new DateOnly(2018, 12, 31))));
    }

    [Fact]
    public async Task FindMeetingsAsync_order_putsUndatedLastEitherWay()
    {
        var g = await SeedMeetingsAsync();
        var (first, second) = g.SameDayAscending;
        Assert.Equal([g.M4, second, first, g.M1, g.M5], await MeetingIdsAsync(new MeetingQuery([g.A])));
        Assert.Equal([g.M1, first, second, g.M4, g.M5], await MeetingIdsAsync(new MeetingQuery([g.A], Order: MeetingOrder.DateAscending)));
        Assert.Equal([g.M6, g.M1, first, second, g.M4, g.M5], await MeetingIdsAsync(new MeetingQuery(Order: MeetingOrder.DateAscending)));
    }

    [Fact]
    public async Task FindMeetingsAsync_paging_walksTheSameOrderWithStableTotal()
    {
        var g = await SeedMeetingsAsync();
        var all = await MeetingIdsAsync(new MeetingQuery(First: 100));
        Assert.Equal(6, all.Count);
        var walked = new List<string>();
        for (var offset = 0; offset < 8; offset += 2)
        {
            var page = await Store.FindMeetingsAsync(new MeetingQuery(Offset: offset, First: 2), Ct);
            Assert.Equal(6, page.TotalCount);
            walked.AddRange(page.Meetings.Select(m => m.Id));
        }
        Assert.Equal(all, walked);
        Assert.Equal(g.M5, all[^1]);
        Assert.Equal([g.M1, g.M5], await MeetingIdsAsync(new MeetingQuery([g.A], Offset: 3, First: 5)));
        var countOnly = await Store.FindMeetingsAsync(new MeetingQuery([g.A], First: 0), Ct);
        Assert.Equal(5, countOnly.TotalCount);
        Assert.Empty(countOnly.Meetings);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.FindMeetingsAsync(new MeetingQuery(Offset: -1), Ct));
    }

    [Fact]
    public async Task FindMeetingsAsync_mentionedEntity_findsMeetingsReportedWithIt()
    {
        var g = await SeedMeetingsAsync();
        Assert.Equal([g.M4, g.M1], await MeetingIdsAsync(new MeetingQuery { MentionedEntityId = g.Initiative }));
        Assert.Equal([g.M1], await MeetingIdsAsync(new MeetingQuery(To: new DateOnly(2019, 1, 1)) { MentionedEntityId = g.Initiative }));
    }

    [Fact]
    public async Task FindMeetingsAsync_unknownIds_giveEmptyPage()
    {
        var g = await SeedMeetingsAsync();
        Assert.Equal(0, (await Store.FindMeetingsAsync(new MeetingQuery([g.A, "person:nobody"]), Ct)).TotalCount);
        Assert.Equal(0, (await Store.FindMeetingsAsync(new MeetingQuery(PlaceId: "place:nowhere"), Ct)).TotalCount);
        Assert.Equal(0, (await Store.FindMeetingsAsync(new MeetingQuery(CountryIsos: ["XX"]), Ct)).TotalCount);
        Assert.Equal(0, (await Store.FindMeetingsAsync(new MeetingQuery { MentionedEntityId = "initiative:none" }, Ct)).TotalCount);
    }

    [Fact]
    public async Task GetCounterpartsAsync_person_ranksByMeetingsWithDatesAndMeetingIds()
    {
        var g = await SeedMeetingsAsync();
        var rows = await Store.GetCounterpartsAsync(new CounterpartQuery(g.A), Ct);

        Assert.Equal([g.B, g.C, g.D], rows.Select(r => r.PersonId));
        Assert.Equal(new CounterpartRow(g.B, 3, new DateOnly(2018, 11, 22), new DateOnly(2020, 1, 10), [g.M4, g.M3, g.M1]), rows[0], CounterpartComparer);
        Assert.Equal([g.M4, g.M3, g.M1], rows[0].MeetingIds);
        Assert.Equal([g.M4, g.M2], rows[1].MeetingIds);
        Assert.Equal((1, (DateOnly?)null, (DateOnly?)null), (rows[2].MeetingCount, rows[2].FirstMet, rows[2].LastMet));
        Assert.Equal([g.M5], rows[2].MeetingIds);
    }

    [Fact]
    public async Task GetCounterpartsAsync_dateBoundsAndFirst_filterAndCut()
    {
        var g = await SeedMeetingsAsync();
        var rows = await Store.GetCounterpartsAsync(new CounterpartQuery(g.A, From: new DateOnly(2019, 1, 1)), Ct);
        // B and C both met A twice since 2019, last on the same day: the id decides.
        Assert.Equal(new[] { g.B, g.C }.Order(StringComparer.Ordinal), rows.Select(r => r.PersonId));
        Assert.All(rows, r => Assert.Equal(2, r.MeetingCount));
        Assert.Single(await Store.GetCounterpartsAsync(new CounterpartQuery(g.A, First: 1), Ct));
        Assert.Empty(await Store.GetCounterpartsAsync(new CounterpartQuery("person:nobody"), Ct));
    }

    [Fact]
    public async Task GetCounterpartsAsync_withoutMeetingIds_sameRanksAndCountsNoIds()
    {
        var g = await SeedMeetingsAsync();
        foreach (var q in new[] { new CounterpartQuery(g.A), new CounterpartQuery(g.A, From: new DateOnly(2019, 1, 1)) })
        {
            var full = await Store.GetCounterpartsAsync(q, Ct);
            var lean = await Store.GetCounterpartsAsync(q with { WithMeetingIds = false }, Ct);
            Assert.Equal(full.Select(r => (r.PersonId, r.MeetingCount, r.FirstMet, r.LastMet)), lean.Select(r => (r.PersonId, r.MeetingCount, r.FirstMet, r.LastMet)));
            Assert.All(lean, r => Assert.Empty(r.MeetingIds));
        }
    }

    [Fact]
    public async Task GetCountryTiesAsync_country_ranksPartnersByMeetings()
    {
        var g = await SeedMeetingsAsync();
        var rows = await Store.GetCountryTiesAsync(new CountryTieQuery("cn"), Ct);
        Assert.Equal(
            [new CountryTieRow("KZ", 3, new DateOnly(2018, 11, 22), new DateOnly(2020, 1, 10)), new CountryTieRow("EG", 2, new DateOnly(2019, 3, 1), new DateOnly(2020, 1, 10)), new CountryTieRow("RU", 1, null, null)],
            rows);
        Assert.Equal([new CountryTieRow("KZ", 1, new DateOnly(2018, 11, 22), new DateOnly(2018, 11, 22))],
            await Store.GetCountryTiesAsync(new CountryTieQuery("CN", To: new DateOnly(2018, 12, 31)), Ct));
        // EG met CN and KZ twice each, last on the same day: the ISO code decides.
        Assert.Equal(["CN", "KZ"], (await Store.GetCountryTiesAsync(new CountryTieQuery("EG", First: 2), Ct)).Select(r => r.Iso));
        Assert.Empty(await Store.GetCountryTiesAsync(new CountryTieQuery("XX"), Ct));
    }

    private static readonly IEqualityComparer<CounterpartRow> CounterpartComparer = EqualityComparer<CounterpartRow>.Create(
        (a, b) => a!.PersonId == b!.PersonId && a.MeetingCount == b.MeetingCount && a.FirstMet == b.FirstMet && a.LastMet == b.LastMet
            && a.MeetingIds.SequenceEqual(b.MeetingIds),
        r => r.PersonId.GetHashCode(StringComparison.Ordinal));
}
