using DiplomacyGraph.Domain.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyGraph.Storage.Tests.Neo4j;

public sealed class Neo4jRegistrationTests
{
    private static ServiceProvider Build(params (string Key, string? Value)[] settings)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
        return new ServiceCollection().AddLogging().AddGraphStore(config).BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    [Fact]
    public async Task AddGraphStore_neo4jProvider_registersOneNeo4jStore()
    {
        await using var provider = Build(("GraphStore:Provider", "Neo4j"), ("GraphStore:Neo4j:Url", "http://localhost:7474"),
            ("GraphStore:Neo4j:User", "neo4j"), ("GraphStore:Neo4j:Password", "secret-pw"));

        var store = provider.GetRequiredService<IGraphStore>();

        Assert.Equal("neo4j", store.Name);
        Assert.Same(store, provider.GetRequiredService<IGraphStore>());
    }

    [Fact]
    public void AddNeo4jGraphStore_withoutUrl_failsWithTheSettingName()
    {
        using var provider = new ServiceCollection().AddNeo4jGraphStore().BuildServiceProvider();

        var ex = Assert.Throws<ArgumentException>(() => provider.GetRequiredService<IGraphStore>());

        Assert.Contains("GraphStore:Neo4j:Url", ex.Message, StringComparison.Ordinal);
    }
}
