using System.Runtime.CompilerServices;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;

namespace DiplomacyGraph.Api.Tests.Export;

/// <summary>A store whose edge scan breaks after the first edge, as a lost database connection would mid-export.</summary>
internal sealed class FailingScanStore(IGraphStore inner) : DelegatingGraphStore(inner)
{
    public override async IAsyncEnumerable<GraphEdge> ScanEdgesAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var e in Inner.ScanEdgesAsync(ct))
        {
            yield return e;
            throw new IOException("simulated: the store went away mid-scan");
        }
    }
}
