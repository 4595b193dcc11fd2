using System.Globalization;
using DiplomacyGraph.Api.Tests.Infrastructure;

namespace DiplomacyGraph.Api.Tests.GraphQL;

/// <summary>Dates, period labels and name look-ups do not depend on the server's culture (ar-SA uses a Hijri calendar; tr-TR folds i/I differently).</summary>
public sealed class CultureTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData("ar-SA")]
    [InlineData("tr-TR")]
    public async Task Queries_underOtherCultures_giveInvariantDatesAndLabels(string culture)
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var r = (await api.Client.GraphQLAsync("""
                { person(name: "XI JINPING") { id meetings(to: "2018-12-31") { nodes { date } } }
                  bilateralTies(a: "cn", b: "kz", from: "2018-11-01", to: "2018-12-31", granularity: MONTH) { buckets { period start end } } }
                """)).AssertOk();

            Assert.Equal(TestGraph.Xi, r.Data.GetProperty("person").GetProperty("id").GetString());
            Assert.Equal("2018-11-22", r.Data.GetProperty("person").GetProperty("meetings").GetProperty("nodes")[0].GetProperty("date").GetString());
            var buckets = r.Data.GetProperty("bilateralTies").GetProperty("buckets");
            Assert.Equal("2018-11", buckets[0].GetProperty("period").GetString());
            Assert.Equal("2018-12-31", buckets[1].GetProperty("end").GetString());
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }
}
