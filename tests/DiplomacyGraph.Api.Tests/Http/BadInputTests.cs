using System.Text;
using DiplomacyGraph.Api.Tests.Infrastructure;

namespace DiplomacyGraph.Api.Tests.Http;

/// <summary>Whatever a client sends, the answer is a 2xx or 4xx with a message, never a 5xx.</summary>
public sealed class BadInputTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData("{\"query\": \"query($f: Int) { meetings(first: $f) { totalCount } }\", \"variables\": {\"f\": \"abc\"}}")]
    [InlineData("{\"query\": \"query($f: Int) { meetings(first: $f) { totalCount } }\", \"variables\": {\"f\": 99999999999999}}")]
    [InlineData("{\"query\": \"{ person(id: \\\"\\\") { id } node(id: \\\"person:\\\") { id } }\"}")]
    [InlineData("{\"query\": \"{ search(text: \\\"\\\\u0000\\\\uFFFF ـــ \\\") { id } }\"}")]
    [InlineData("{\"query\": \"{ search(text: \\\"%_*'; DROP TABLE nodes;--\\\") { id } }\"}")]
    [InlineData("{\"query\": \"{ neighborhood(id: \\\"nobody:at-all\\\", depth: 3) { truncated } shortestPath(from: \\\"x\\\", to: \\\"y\\\") { length } }\"}")]
    [InlineData("{\"query\": \"{ bilateralTies(a: \\\"ZZ\\\", b: \\\"\\\") { totalMeetings } countryTies(country: \\\"\\\") { iso } }\"}")]
    [InlineData("{\"query\": \"{ meetings(filter: { participants: [] , place: \\\"\\\" }) { totalCount } }\"}")]
    [InlineData("{\"query\": \"query { a: __typename } mutation { b: __typename }\"}")]
    [InlineData("{\"query\": \"{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }\"}")]
    public async Task Post_oddButWellFormedInput_neverGivesServerError(string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };

        var r = await api.Client.SendGraphQLAsync(request);

        Assert.True((int)r.Status < 500, $"{(int)r.Status}: {r.Body}");
        Assert.False(r.HasErrors && r.FirstErrorCode == "INTERNAL", r.Body);
    }
}
