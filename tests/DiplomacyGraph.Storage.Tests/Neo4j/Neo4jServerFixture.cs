using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using DiplomacyGraph.Storage.Neo4j;
using DiplomacyGraph.Storage.Options;

namespace DiplomacyGraph.Storage.Tests.Neo4j;

/// <summary>
/// A Neo4j server for the contract suite: the one named by NEO4J_URL (with NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE)
/// when set; otherwise a <c>neo4j:5.26</c> container started through Testcontainers when a Docker engine answers;
/// otherwise none, and <see cref="SkipReason"/> says why.
/// </summary>
public sealed class Neo4jServerFixture : IAsyncLifetime
{
    private const string Image = "neo4j:5.26";
    private IContainer? _container;

    /// <summary>Connection settings of the server in use, or null when there is none.</summary>
    public Neo4jStoreOptions? Options { get; private set; }

    /// <summary>Why the Neo4j tests cannot run here, or null when they can.</summary>
    public string? SkipReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var url = Environment.GetEnvironmentVariable("NEO4J_URL");
        if (!string.IsNullOrWhiteSpace(url))
        {
            Options = new Neo4jStoreOptions
            {
                Url = url,
                User = Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j",
                Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
                Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") is { Length: > 0 } db ? db : "neo4j",
            };
            return;
        }

        if (await DockerProbe.WhyUnavailableAsync(TimeSpan.FromSeconds(3)) is { } why)
        {
            SkipReason = $"Neo4j contract tests need NEO4J_URL or a Docker engine; {why}.";
            return;
        }

        var password = "dg-" + Guid.NewGuid().ToString("N")[..16];
        _container = new ContainerBuilder(Image)
            .WithEnvironment("NEO4J_AUTH", "neo4j/" + password)
            .WithPortBinding(7474, assignRandomHostPort: true)
            .WithWaitStrategy(Wait.ForUnixContainer()
                .UntilInternalTcpPortIsAvailable(7474)
                .UntilHttpRequestIsSucceeded(r => r.ForPort(7474).ForPath("/")))
            .Build();
        await _container.StartAsync();
        Options = new Neo4jStoreOptions
        {
            Url = $"http://{_container.Hostname}:{_container.GetMappedPublicPort(7474)}",
            User = "neo4j",
            Password = password,
        };
    }

    public async ValueTask DisposeAsync()
    {
        if (_container is not null) await _container.DisposeAsync();
    }
}
