using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Storage;

namespace DiplomacyGraph.Storage.Tests.Neo4j;

/// <summary>Fault injection: a real store whose <see cref="WriteAsync"/> fails from the given call on, as a dropped server would.</summary>
internal sealed class FailingStore(IGraphStore inner, int failFromWrite) : DelegatingGraphStore(inner)
{
    public int Writes { get; private set; }

    public override Task<WriteResult> WriteAsync(GraphBatch batch, CancellationToken ct = default) =>
        ++Writes >= failFromWrite ? throw new IOException("connection lost") : Inner.WriteAsync(batch, ct);
}
