namespace DiplomacyGraph.Extraction.Pipeline;

/// <summary>Runs components in order; refuses, when built, an order where a component runs before what it needs.</summary>
internal sealed class ExtractionPipeline
{
    private readonly IReadOnlyList<IPipelineComponent> _components;

    public ExtractionPipeline(IEnumerable<IPipelineComponent> components)
    {
        _components = components.ToList();
        var have = DocumentLayer.Text;
        foreach (var c in _components)
        {
            var missing = c.Needs & ~have;
            if (missing != DocumentLayer.None)
                throw new InvalidOperationException($"Pipeline component '{c.Name}' needs {missing}, which no earlier component adds.");
            have |= c.Adds;
        }
    }

    public IReadOnlyList<string> ComponentNames => _components.Select(c => c.Name).ToList();

    public void Run(ExtractionDocument doc, CancellationToken ct)
    {
        foreach (var c in _components)
        {
            ct.ThrowIfCancellationRequested();
            c.Process(doc, ct);
        }
    }
}
