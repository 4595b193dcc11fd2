using DiplomacyGraph.Domain.Extraction;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DiplomacyGraph.Extraction.Tests;

public sealed class ExtractionServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(string? gazetteer)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(gazetteer is null ? [] : [new KeyValuePair<string, string?>("Extraction:GazetteerDirectory", gazetteer)])
            .Build();
        return new ServiceCollection().AddExtraction(configuration).BuildServiceProvider();
    }

    [Fact]
    public void AddExtraction_configuredGazetteerFolder_isTheOneUsed()
    {
        using var provider = Build(TestData.GazetteerDirectory);
        Assert.Equal(TestData.GazetteerDirectory, provider.GetRequiredService<IOptions<ExtractionOptions>>().Value.GazetteerDirectory);
        Assert.NotNull(provider.GetRequiredService<IDocumentExtractor>());
    }

    [Fact]
    public void AddExtraction_missingGazetteerFolder_failsWithTheSettingsName()
    {
        using var provider = Build(Path.Combine(Path.GetTempPath(), "dg-no-such-gazetteer-" + Guid.NewGuid().ToString("N")));
        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ExtractionOptions>>().Value);
        Assert.Contains("Extraction:GazetteerDirectory", e.Message, StringComparison.Ordinal);
    }
}
