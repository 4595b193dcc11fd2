using DiplomacyGraph.Api.Tests.Infrastructure;
using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyGraph.Api.Tests.GraphQL;

/// <summary>
/// The schema, printed as SDL, must equal the checked-in <c>Snapshots/schema.graphql</c>: a schema change is a
/// deliberate, reviewed change. To accept one, run the tests with <c>DG_UPDATE_SNAPSHOTS=1</c> and commit the file.
/// </summary>
public sealed class SchemaSnapshotTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public void Schema_printedAsSdl_matchesSnapshot()
    {
        var schema = api.Services.GetRequiredService<ISchema>();
        var sdl = schema.Print(new PrintOptions { IncludeDescriptions = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";
        var path = SnapshotPath();

        if (Environment.GetEnvironmentVariable("DG_UPDATE_SNAPSHOTS") == "1")
            File.WriteAllText(path, sdl);

        Assert.True(File.Exists(path), $"No snapshot at {path}; run the tests once with DG_UPDATE_SNAPSHOTS=1.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), sdl);
    }

    [Fact]
    public void Schema_everyFieldAndType_hasDescription()
    {
        var schema = api.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var missing = new List<string>();
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && t is not ScalarGraphType || t.Name == "Date"))
        {
            if (string.IsNullOrWhiteSpace(type.Description)) missing.Add(type.Name);
            if (type is IComplexGraphType complex)
                missing.AddRange(complex.Fields.Where(f => string.IsNullOrWhiteSpace(f.Description)).Select(f => type.Name + "." + f.Name));
        }

        Assert.Empty(missing);
    }

    private static string SnapshotPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "DiplomacyGraph.Api.Tests", "Snapshots", "schema.graphql");
            if (Directory.Exists(Path.GetDirectoryName(candidate))) return candidate;
        }
        throw new InvalidOperationException("Could not find tests/DiplomacyGraph.Api.Tests/Snapshots above " + AppContext.BaseDirectory);
    }
}
