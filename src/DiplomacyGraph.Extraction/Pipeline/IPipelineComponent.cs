namespace DiplomacyGraph.Extraction.Pipeline;

/// <summary>One step of extraction over an <see cref="ExtractionDocument"/> (spaCy's pipeline component).</summary>
internal interface IPipelineComponent
{
    string Name { get; }

    DocumentLayer Needs { get; }

    DocumentLayer Adds { get; }

    void Process(ExtractionDocument doc, CancellationToken ct);
}
