using DiplomacyGraph.Storage.Neo4j;

namespace DiplomacyGraph.Storage.Tests.Neo4j;

public sealed class Neo4jConnectionSettingsTests
{
    [Theory]
    [InlineData("http://localhost:7474")]
    [InlineData("http://localhost:7474/")]
    public void QueryUri_withOrWithoutSlash_isDbQueryV2(string url)
    {
        var s = Neo4jConnectionSettings.Parse(url);
        Assert.Equal("http://localhost:7474/db/neo4j/query/v2", s.QueryUri.AbsoluteUri);
        Assert.Equal("http://localhost:7474/db/neo4j/query/v2/tx", s.TransactionUri.AbsoluteUri);
        Assert.Equal("http://localhost:7474/db/neo4j/query/v2/tx/lyU", s.TransactionUriFor("lyU").AbsoluteUri);
    }

    [Fact]
    public void Parse_userInfoInUrl_becomesCredentialsAndLeavesUrl()
    {
        var s = Neo4jConnectionSettings.Parse("http://neo4j:verysecret@db.example:7474", "graph");
        Assert.Equal("neo4j", s.User);
        Assert.Equal("verysecret", s.Password);
        Assert.Equal("http://db.example:7474/db/graph/query/v2", s.QueryUri.AbsoluteUri);
        Assert.Equal("bmVvNGo6dmVyeXNlY3JldA==", s.Authorization()!.Parameter);
    }

    [Theory]
    [InlineData("localhost:7474")]
    [InlineData("bolt://localhost:7687")]
    [InlineData("not a url")]
    public void Parse_notHttpUrl_throwsClearError(string url)
    {
        var ex = Assert.Throws<ArgumentException>(() => Neo4jConnectionSettings.Parse(url));
        Assert.Contains("http", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Authorization_noCredentials_isNone() => Assert.Null(Neo4jConnectionSettings.Parse("http://localhost:7474").Authorization());

    [Fact]
    public void Authorization_nonAsciiPassword_isUtf8Base64() =>
        Assert.Equal(Convert.ToBase64String("neo4j:كلمة"u8.ToArray()),
            Neo4jConnectionSettings.Parse("http://localhost:7474", user: "neo4j", password: "كلمة").Authorization()!.Parameter);
}
