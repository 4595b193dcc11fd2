using System.Net.Sockets;

namespace DiplomacyGraph.Storage.Tests.Neo4j;

/// <summary>
/// Answers "is a Docker engine reachable?" within a few seconds: a GET /_ping on DOCKER_HOST (tcp or unix) or on the
/// default socket. Testcontainers' own discovery is not used for this because it can wait a long time on a dead endpoint.
/// </summary>
internal static class DockerProbe
{
    private const string DefaultSocket = "/var/run/docker.sock";

    public static async Task<string?> WhyUnavailableAsync(TimeSpan timeout)
    {
        var host = Environment.GetEnvironmentVariable("DOCKER_HOST");
        string? socket = null;
        Uri? tcp = null;
        if (string.IsNullOrWhiteSpace(host)) socket = DefaultSocket;
        else if (host.StartsWith("unix://", StringComparison.Ordinal)) socket = host["unix://".Length..];
        else if (host.StartsWith("tcp://", StringComparison.Ordinal)) tcp = new Uri("http://" + host["tcp://".Length..]);
        else return $"DOCKER_HOST '{host}' is neither unix:// nor tcp://";
        if (socket is not null && !File.Exists(socket)) return $"no Docker engine: {socket} does not exist and DOCKER_HOST is not set";

        using var handler = new SocketsHttpHandler();
        if (socket is not null)
        {
            handler.ConnectCallback = async (_, ct) =>
            {
                var s = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                try
                {
                    await s.ConnectAsync(new UnixDomainSocketEndPoint(socket), ct);
                    return new NetworkStream(s, ownsSocket: true);
                }
                catch
                {
                    s.Dispose();
                    throw;
                }
            };
        }
        using var http = new HttpClient(handler) { Timeout = timeout };
        try
        {
            using var r = await http.GetAsync(new Uri(tcp ?? new Uri("http://docker"), "/_ping"));
            return r.IsSuccessStatusCode ? null : $"the Docker engine answered /_ping with {(int)r.StatusCode}";
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or SocketException)
        {
            return $"no Docker engine answered on {(object?)tcp ?? socket} within {timeout.TotalSeconds:0}s ({ex.GetType().Name})";
        }
    }
}
