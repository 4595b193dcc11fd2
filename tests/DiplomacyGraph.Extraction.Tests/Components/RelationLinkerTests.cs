namespace DiplomacyGraph.Extraction.Tests.Components;

public sealed class RelationLinkerTests
{
    private static readonly DateOnly Date = new(2022, 5, 10);

    [Fact]
    public void Link_partnershipNamingTwoCountries_isPartnerOfThemWithItsKind()
    {
        var g = TestData.Extract("China and Kazakhstan agreed to deepen their comprehensive strategic partnership.", "en", Date);
        var r = Assert.Single(g.Relations, r => r.Type == "PARTNER_OF");
        Assert.Equal(["China", "Kazakhstan"], new[] { r.From, r.To }.Order(StringComparer.Ordinal));
        Assert.Equal("comprehensive strategic partnership", r.Kind);
    }

    [Fact]
    public void Link_partnershipBetweenTheTwoCountries_isBetweenTheStorysCountries_notOthersInTheSentence()
    {
        var g = TestData.Extract("الجزائر - استقبل الرئيس الجزائري عبد المجيد تبون وزير الخارجية الروسي سيرغي لافروف، وأكد أن الجزائر وروسيا تربطهما علاقات تاريخية.\nوتناولت المحادثات سبل تعزيز الشراكة الاستراتيجية بين البلدين، إلى جانب الأزمة في أوكرانيا والوضع في ليبيا.", "ar", Date);
        var r = Assert.Single(g.Relations, r => r.Type == "PARTNER_OF");
        Assert.Equal(["Algeria", "Russia"], new[] { r.From, r.To }.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Link_partnershipWithThreeCountriesEquallyNamed_isNotGuessed()
    {
        var g = TestData.Extract("Egypt, Jordan and Iraq held talks. The leaders praised the strategic partnership.", "en", Date);
        Assert.DoesNotContain(g.Relations, r => r.Type == "PARTNER_OF");
    }
}
